// One country's partners in one year (`bearing trade KEN --year 2020`, GET /trade/{country}).
import type { Country } from '../../countries/country.js';
import { InputError } from '../../errors.js';
import {
  checkFlowKind,
  flowTotal,
  flowValues,
  rankDescending,
  summarizeTrade,
  type TradeFlowKind,
  type TradeTotals,
  tradeTotals,
} from '../../measures/tradeSummary.js';
import { checkYearCovered } from '../../params/years.js';
import type { Store } from '../../store/open.js';
import {
  countryFlows,
  lastTradeYear,
  tradeCoverage,
  tradeExtent,
  tradeFileFor,
  worldRows,
} from '../../store/trade.js';
import { finite, partnerFlowsOf, resolveCountry, type TradeSource } from './common.js';

export interface TradePartnerRow {
  partner: string;
  partnerName: string;
  /** Exports to the partner, as reported by the country (FOB, US$ millions); 0 when no row is published. */
  exports: number;
  /** Mirror imports: the partner's reported exports to the country (FOB, US$ millions); 0 when none. */
  imports: number;
  /** Exports plus mirror imports. */
  total: number;
  /** Exports minus mirror imports. */
  balance: number;
  exportsReported: boolean;
  importsReported: boolean;
  /** The chosen flow's value over the country's total of that flow (World row where published). */
  share: number;
  /** Rank among partner states by the chosen flow, 1 = largest. */
  rank: number;
  sources: TradeSource[];
}

/** A country's partners in one year, with its totals (`TradeTotals`: exports, imports, their basis, total, balance). */
export interface TradePartnersResult extends TradeTotals {
  country: string;
  countryName: string;
  year: number;
  /** The last year of the trade data. */
  latestYear: number;
  /** What the years rest on (DOTS, a user's IMTS file) and that the bundled snapshot ends in 2020. */
  coverageNote: string;
  flow: TradeFlowKind;
  /** The denominator of the shares: the chosen flow's total. */
  flowTotal: number;
  /** Partner states with a non-zero value of the flow. */
  partnerCount: number;
  hhi: number | null;
  effectivePartners: number | null;
  /** The flow's value with IMF groups that are not states (unallocated trade, unions such as Belgium-Luxembourg). */
  otherPartners: number;
  /** Partner states, largest first, cut to `top`. */
  partners: TradePartnerRow[];
  /** The World rows the totals come from, when published. */
  sources: TradeSource[];
}

export interface TradePartnersOptions {
  /** Default: the last year in which the country has trade. */
  year?: number;
  flow?: TradeFlowKind;
  /** Number of partners listed (default 10; 0 lists all). */
  top?: number;
}

/**
 * A country's trading partners in one year: exports as reported, mirror imports, total, balance,
 * share of the country's total of the chosen flow and rank, with the raw lines each figure comes from.
 */
export async function tradePartners(
  store: Store,
  country: string | Country,
  options: TradePartnersOptions = {},
): Promise<TradePartnersResult> {
  const c = resolveCountry(store, country);
  const flow = checkFlowKind(options.flow ?? 'total');
  const top = options.top ?? 10;
  if (!Number.isInteger(top) || top < 0) {
    throw new InputError(`top must be a whole number (0 for all), got ${top}`, {
      location: { field: 'top' },
    });
  }
  const coverage = await tradeCoverage(store);
  const extent = await tradeExtent(store);
  let year = options.year;
  if (year === undefined) {
    const last = await lastTradeYear(store, c.id);
    if (last === null) {
      throw new InputError(`no trade recorded for ${c.id} (${c.name}) in IMF DOTS`, {
        kind: 'unknown',
        location: { field: 'country' },
      });
    }
    year = last;
  }
  checkYearCovered(year, { ...coverage, source: 'IMF DOTS' }, 'year');
  const rows = await countryFlows(store, c.id, year, year);
  const world = (await worldRows(store, c.id, year, year)).get(year);
  const flows = partnerFlowsOf(rows);
  const totals = tradeTotals(flows, world?.exports ?? Number.NaN, world?.imports ?? Number.NaN);
  const summary = summarizeTrade({
    flows,
    worldExports: world?.exports ?? Number.NaN,
    worldImports: world?.imports ?? Number.NaN,
    flow,
    first: new Set(),
    second: new Set(),
  });
  const values = flowValues(flows, flow);
  const stateValues = Float64Array.from(rows, (r, i) =>
    r.isState && values[i] > 0 ? values[i] : Number.NaN,
  );
  const { order, rank } = rankDescending(stateValues);
  const denominator = flowTotal(totals, flow);
  let otherPartners = 0;
  for (const [i, r] of rows.entries()) if (!r.isState && !Number.isNaN(values[i])) otherPartners += values[i];
  const partners: TradePartnerRow[] = [];
  for (const i of order) {
    if (rank[i] === 0) break;
    if (top > 0 && partners.length >= top) break;
    const r = rows[i];
    const exports = Number.isNaN(r.exports) ? 0 : r.exports;
    const imports = Number.isNaN(r.imports) ? 0 : r.imports;
    const lines = [r.exportsLine, r.importsLine].filter((l): l is number => l !== null);
    partners.push({
      partner: r.partner,
      partnerName: store.concordance.get(r.partner)?.name ?? r.partner,
      exports,
      imports,
      total: exports + imports,
      balance: exports - imports,
      exportsReported: r.exportsLine !== null,
      importsReported: r.importsLine !== null,
      share: values[i] / denominator,
      rank: rank[i],
      sources: [
        {
          file: tradeFileFor(year, extent),
          rows: lines,
          note:
            year > extent.dotsTo
              ? `${c.id}->${r.partner} and ${r.partner}->${c.id} ${year}: each flow is the importer's declared imports CIF where published, else the exporter's exports FOB (trade_flows.basis)`
              : `${c.id}->${r.partner} ${year} exports${r.exportsLine === null ? ' (none published)' : ''}; ${r.partner}->${c.id} exports as mirror imports${r.importsLine === null ? ' (none published)' : ''}`,
        },
      ],
    });
  }
  const worldLines = [world?.exportsLine ?? null, world?.importsLine ?? null].filter(
    (l): l is number => l !== null,
  );
  return {
    country: c.id,
    countryName: c.name,
    year,
    latestYear: coverage.to,
    coverageNote: extent.note,
    flow,
    ...totals,
    flowTotal: denominator,
    partnerCount: summary.partners,
    hhi: finite(summary.hhi),
    effectivePartners: finite(summary.effectivePartners),
    otherPartners,
    partners,
    sources: worldLines.length
      ? [
          {
            file: tradeFileFor(year, extent),
            rows: worldLines,
            note: `${c.id}->World exports and World->${c.id} exports (mirror imports)`,
          },
        ]
      : [],
  };
}
