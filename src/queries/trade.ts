import type { Country } from '../countries/country.js';
import { InputError } from '../errors.js';
import { tradeYearMeasures } from '../measures/tradeMatrix.js';
import {
  checkFlowKind,
  flowTotal,
  flowValues,
  type PartnerFlows,
  rankDescending,
  summarizeTrade,
  type TotalBasis,
  type TradeFlowKind,
  type TradeSummary,
  totalBases,
  tradeTotals,
} from '../measures/tradeSummary.js';
import { resolvePoles } from '../params/poles.js';
import { type Coverage, checkYearCovered, yearRangeWithin } from '../params/years.js';
import { type Pole, poleMembers } from '../poles/pole.js';
import type { Store } from '../store/open.js';
import {
  type CountryFlowRow,
  countryFlows,
  countryGroupFlows,
  lastTradeYear,
  loadAllTradeFlows,
  type TradeGroupInfo,
  tradeCoverage,
  tradeExtent,
  tradeFileFor,
  tradeGroups,
  worldRows,
} from '../store/trade.js';

/** A publisher file and the lines of it a figure rests on (the shape claims and the API cite). */
export interface TradeSource {
  file: string;
  rows: number[];
  note?: string;
}

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

export interface TradePartnersResult {
  country: string;
  countryName: string;
  year: number;
  /** The last year of the trade data. */
  latestYear: number;
  /** What the years rest on (DOTS, a user's IMTS file) and that the bundled snapshot ends in 2020. */
  coverageNote: string;
  flow: TradeFlowKind;
  exports: number;
  exportsBasis: TotalBasis;
  imports: number;
  importsBasis: TotalBasis;
  total: number;
  balance: number;
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

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

function resolveCountry(store: Store, country: string | Country): Country {
  return typeof country === 'string' ? store.concordance.resolve(country, { field: 'country' }) : country;
}

/** What the trade figures cover, for the coverage checks of src/params/years.ts. */
async function dotsCoverage(store: Store): Promise<Coverage> {
  return { ...(await tradeCoverage(store)), source: 'IMF DOTS' };
}

function partnerFlowsOf(rows: readonly CountryFlowRow[]): PartnerFlows {
  return {
    partners: rows.map((r) => r.partner),
    isState: rows.map((r) => r.isState),
    exports: Float64Array.from(rows, (r) => r.exports),
    imports: Float64Array.from(rows, (r) => r.imports),
  };
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

/** One year of a trade series. Undefined measures (no trade, no partner) are null. */
export interface TradeSeriesRow {
  year: number;
  exports: number;
  exportsBasis: TotalBasis;
  imports: number;
  importsBasis: TotalBasis;
  total: number;
  balance: number;
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

export interface PoleInfo {
  id: string;
  name: string;
  kind: Pole['kind'];
}

export interface TradeSeriesOptions {
  /** `USA,CHN` (default), `EU,CHN`, ... or two parsed poles. */
  poles?: string | readonly [Pole, Pole];
  from?: number;
  to?: number;
  flow?: TradeFlowKind;
}

/** The partner ids a pole stands for in a year: member states, plus unions entirely inside the pole. */
export function poleIds(pole: Pole, year: number, groups: readonly TradeGroupInfo[]): Set<string> {
  const ids = new Set(poleMembers(pole, year));
  for (const g of groups) {
    if (g.kind === 'union' && g.members.length > 0 && g.members.every((m) => ids.has(m))) ids.add(g.id);
  }
  return ids;
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

async function resolveRange(store: Store, options: { from?: number; to?: number }) {
  return yearRangeWithin(options, await dotsCoverage(store));
}

const poleInfo = (p: Pole): PoleInfo => ({ id: p.id, name: p.name, kind: p.kind });

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
  for (let start = 0; start < rows.length; ) {
    const year = rows[start].year;
    let end = start;
    while (end < rows.length && rows[end].year === year) end++;
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
    start = end;
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

export interface TradeIndicatorRow extends TradeSeriesRow {
  country: string;
}

/**
 * The trade series of every state and year at once (the bulk path for the composite bearing and
 * the benchmark): the same measures as tradeSeries, computed year by year over a dense
 * reporter x partner matrix of the whole snapshot (measures/tradeMatrix.ts).
 */
export async function tradeIndicators(
  store: Store,
  options: TradeSeriesOptions = {},
): Promise<{
  flow: TradeFlowKind;
  poles: [PoleInfo, PoleInfo];
  from: number;
  to: number;
  rows: TradeIndicatorRow[];
  coverageNote: string;
}> {
  const flow = checkFlowKind(options.flow ?? 'total');
  const [first, second] = resolvePoles(store.concordance, options.poles);
  const { from, to } = await resolveRange(store, options);
  const groups = await tradeGroups(store);
  const all = await loadAllTradeFlows(store);
  const n = all.ids.length;
  const index = new Map(all.ids.map((id, i) => [id, i]));
  const isState = Uint8Array.from(all.isState, (x) => (x ? 1 : 0));
  const matrix = new Float64Array(n * n);
  const worldExports = new Float64Array(n);
  const worldImports = new Float64Array(n);
  const mask = (ids: Set<string>) => {
    const m = new Uint8Array(n);
    for (const id of ids) {
      const i = index.get(id);
      if (i !== undefined) m[i] = 1;
    }
    return m;
  };
  const out: TradeIndicatorRow[] = [];
  let w = 0;
  for (let start = 0; start < all.year.length; ) {
    const year = all.year[start];
    let end = start;
    while (end < all.year.length && all.year[end] === year) end++;
    if (year < from || year > to) {
      start = end;
      continue;
    }
    matrix.fill(Number.NaN);
    for (let i = start; i < end; i++) matrix[all.reporter[i] * n + all.partner[i]] = all.exports[i];
    worldExports.fill(Number.NaN);
    worldImports.fill(Number.NaN);
    while (w < all.world.year.length && all.world.year[w] < year) w++;
    while (w < all.world.year.length && all.world.year[w] === year) {
      worldExports[all.world.country[w]] = all.world.exports[w];
      worldImports[all.world.country[w]] = all.world.imports[w];
      w++;
    }
    const m = tradeYearMeasures({
      n,
      exports: matrix,
      isState,
      worldExports,
      worldImports,
      first: mask(poleIds(first, year, groups)),
      second: mask(poleIds(second, year, groups)),
      flow,
    });
    for (let j = 0; j < m.country.length; j++) {
      const hhi = m.hhi[j];
      out.push({
        country: all.ids[m.country[j]],
        year,
        exports: m.exports[j],
        exportsBasis: totalBases[m.exportsBasis[j]],
        imports: m.imports[j],
        importsBasis: totalBases[m.importsBasis[j]],
        total: m.exports[j] + m.imports[j],
        balance: m.exports[j] - m.imports[j],
        partners: m.partners[j],
        hhi: finite(hhi),
        effectivePartners: finite(1 / hhi),
        firstValue: m.firstValue[j],
        secondValue: m.secondValue[j],
        firstShare: finite(m.firstShare[j]),
        secondShare: finite(m.secondShare[j]),
        tilt: finite(m.tilt[j]),
      });
    }
    start = end;
  }
  return {
    flow,
    poles: [poleInfo(first), poleInfo(second)],
    from,
    to,
    rows: out,
    coverageNote: (await tradeExtent(store)).note,
  };
}

/** A country's flows with one IMF group (World, Euro Area, "not specified", ...) in a year. */
export interface TradeGroupRow {
  group: string;
  label: string;
  kind: TradeGroupInfo['kind'];
  /** Exports to the group as reported by the country; null when no row is published. */
  exports: number | null;
  /** The group's reported exports to the country (mirror imports); null when none. */
  imports: number | null;
  sources: TradeSource[];
}

/**
 * The IMF groups a country trades with in a year, kept apart from partner states: aggregates
 * (World, Euro Area, Sub-Saharan Africa, ...), unallocated trade, unions and areas.
 */
export async function tradeGroupPartners(
  store: Store,
  country: string | Country,
  options: { year: number },
): Promise<{
  country: string;
  countryName: string;
  year: number;
  groups: TradeGroupRow[];
  coverageNote: string;
}> {
  const c = resolveCountry(store, country);
  checkYearCovered(options.year, await dotsCoverage(store), 'year');
  const extent = await tradeExtent(store);
  const info = new Map((await tradeGroups(store)).map((g) => [g.id, g]));
  const rows = await countryGroupFlows(store, c.id, options.year);
  const order = [...info.keys()];
  rows.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
  return {
    country: c.id,
    countryName: c.name,
    year: options.year,
    coverageNote: extent.note,
    groups: rows.map((r) => ({
      group: r.group,
      label: info.get(r.group)?.label ?? r.group,
      kind: info.get(r.group)?.kind ?? 'aggregate',
      exports: finite(r.exports),
      imports: finite(r.imports),
      sources: [
        {
          file: tradeFileFor(options.year, extent),
          rows: [r.exportsLine, r.importsLine].filter((l): l is number => l !== null),
          note: `${c.id}->${r.group} and ${r.group}->${c.id} ${options.year}`,
        },
      ],
    })),
  };
}
