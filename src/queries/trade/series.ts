// One country's trade year by year, with the tilt between two poles (`bearing trade KEN --series`).
import type { Country } from '../../countries/country.js';
import {
  checkFlowKind,
  summarizeTrade,
  type TradeFlowKind,
  type TradeSummary,
  type TradeTotals,
} from '../../measures/tradeSummary.js';
import { resolvePoles } from '../../params/poles.js';
import type { Pole } from '../../poles/pole.js';
import type { Store } from '../../store/open.js';
import { countryFlows, tradeExtent, tradeGroups, worldRows } from '../../store/trade.js';
import { finite, partnerFlowsOf, resolveCountry, resolveRange, yearRuns } from './common.js';
import { type PoleInfo, poleIds, poleInfo } from './poles.js';

/** One year of a trade series: its totals, and the measures over partners (null where undefined: no trade, no partner). */
export interface TradeSeriesRow extends TradeTotals {
  year: number;
  /** Partner states with a non-zero value of the flow. */
  partners: number;
  hhi: number | null;
  effectivePartners: number | null;
  /** The flow's value with each pole (US$ millions), its share of the flow total, and the tilt. */
  firstValue: number;
  secondValue: number;
  firstShare: number | null;
  secondShare: number | null;
  tilt: number | null;
}

export interface TradeSeriesResult {
  country: string;
  countryName: string;
  flow: TradeFlowKind;
  poles: [PoleInfo, PoleInfo];
  from: number;
  to: number;
  rows: TradeSeriesRow[];
  coverageNote: string;
}

export interface TradeSeriesOptions {
  /** `USA,CHN` (default), `EU,CHN`, ... or two parsed poles. */
  poles?: string | readonly [Pole, Pole];
  from?: number;
  to?: number;
  flow?: TradeFlowKind;
}

function seriesRow(year: number, s: TradeSummary): TradeSeriesRow {
  return {
    year,
    exports: s.exports,
    exportsBasis: s.exportsBasis,
    imports: s.imports,
    importsBasis: s.importsBasis,
    total: s.total,
    balance: s.balance,
    partners: s.partners,
    hhi: finite(s.hhi),
    effectivePartners: finite(s.effectivePartners),
    firstValue: s.firstValue,
    secondValue: s.secondValue,
    firstShare: finite(s.firstShare),
    secondShare: finite(s.secondShare),
    tilt: finite(s.tilt),
  };
}

/**
 * A country's trade year by year: totals (and where they come from), concentration over partner
 * states (HHI, effective number of partners), each pole's share of the flow and the tilt between them.
 */
export async function tradeSeries(
  store: Store,
  country: string | Country,
  options: TradeSeriesOptions = {},
): Promise<TradeSeriesResult> {
  const c = resolveCountry(store, country);
  const flow = checkFlowKind(options.flow ?? 'total');
  const [first, second] = resolvePoles(store.concordance, options.poles);
  const { from, to } = await resolveRange(store, options);
  const groups = await tradeGroups(store);
  const rows = await countryFlows(store, c.id, from, to);
  const world = await worldRows(store, c.id, from, to);
  const out: TradeSeriesRow[] = [];
  for (const { year, start, end } of yearRuns(rows.map((r) => r.year))) {
    const w = world.get(year);
    const summary = summarizeTrade({
      flows: partnerFlowsOf(rows.slice(start, end)),
      worldExports: w?.exports ?? Number.NaN,
      worldImports: w?.imports ?? Number.NaN,
      flow,
      first: poleIds(first, year, groups),
      second: poleIds(second, year, groups),
    });
    out.push(seriesRow(year, summary));
  }
  return {
    country: c.id,
    countryName: c.name,
    flow,
    poles: [poleInfo(first), poleInfo(second)],
    from,
    to,
    rows: out,
    coverageNote: (await tradeExtent(store)).note,
  };
}
