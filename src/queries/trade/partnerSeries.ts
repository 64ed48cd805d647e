// One partner over time: its value, share and rank among a country's partner states, year by year
// (`bearing trade KEN --partner CHN --series`, GET /trade/{country}/partner/{partner}).
import type { Country } from '../../countries/country.js';
import { InputError } from '../../errors.js';
import {
  checkFlowKind,
  flowTotal,
  flowValues,
  rankDescending,
  type TradeFlowKind,
  tradeTotals,
} from '../../measures/tradeSummary.js';
import type { Store } from '../../store/open.js';
import { countryFlows, tradeExtent, tradeFileFor, worldRows } from '../../store/trade.js';
import { partnerFlowsOf, resolveRange, yearRuns } from './common.js';

/** One year. A year the partner has no published flow is missing (nulls), never zero. */
export interface PartnerYearRow {
  year: number;
  /** The partner's value of the flow, US$ millions. */
  value: number | null;
  /** Of the country's total of the flow (World row, else the sum over partners). */
  share: number | null;
  /** 1 = the largest partner state that year (ties share the better rank). */
  rank: number | null;
  /** Partner states with a value that year (what the rank is out of). */
  partners: number;
  /** The publisher lines of the partner's two flows that year. */
  lines: number[];
}

export interface PartnerSeriesResult {
  country: string;
  countryName: string;
  partner: string;
  partnerName: string;
  flow: TradeFlowKind;
  from: number;
  to: number;
  rows: PartnerYearRow[];
  /** The years with a figure, and where they come from. */
  coverageNote: string;
  sources: { file: string; note: string }[];
}

export async function tradePartnerSeries(
  store: Store,
  country: Country,
  partner: Country,
  options: { flow?: TradeFlowKind; from?: number; to?: number } = {},
): Promise<PartnerSeriesResult> {
  if (partner.id === country.id) {
    throw new InputError(`the partner must be another country than ${country.id}`, {
      location: { field: 'partner' },
    });
  }
  const flow = checkFlowKind(options.flow ?? 'total');
  const { from, to } = await resolveRange(store, options);
  const all = (await countryFlows(store, country.id, from, to)).filter((r) => r.isState);
  const world = await worldRows(store, country.id, from, to);
  const extent = await tradeExtent(store);
  const out: PartnerYearRow[] = [];
  const files = new Set<string>();
  for (const { year, start, end } of yearRuns(all.map((r) => r.year))) {
    const rows = all.slice(start, end);
    const flows = partnerFlowsOf(rows);
    const w = world.get(year);
    const values = flowValues(flows, flow);
    const positive = Float64Array.from(values, (v) => (v > 0 ? v : Number.NaN));
    const { rank } = rankDescending(positive);
    const total = flowTotal(tradeTotals(flows, w?.exports ?? Number.NaN, w?.imports ?? Number.NaN), flow);
    const i = rows.findIndex((r) => r.partner === partner.id);
    const value = i < 0 || Number.isNaN(values[i]) ? null : values[i];
    const r = i < 0 ? undefined : rows[i];
    files.add(tradeFileFor(year, extent));
    out.push({
      year,
      value,
      share: value === null || !(total > 0) ? null : value / total,
      rank: i < 0 || rank[i] === 0 ? null : rank[i],
      partners: positive.filter((v) => !Number.isNaN(v)).length,
      lines: r ? [r.exportsLine, r.importsLine].filter((l): l is number => l !== null) : [],
    });
  }
  return {
    country: country.id,
    countryName: country.name,
    partner: partner.id,
    partnerName: partner.name,
    flow,
    from,
    to,
    rows: out,
    coverageNote: extent.note,
    sources: [...files].map((file) => ({
      file,
      note: `${country.id}->${partner.id} exports and ${partner.id}->${country.id} exports (mirror imports); lines per year in rows[].lines`,
    })),
  };
}
