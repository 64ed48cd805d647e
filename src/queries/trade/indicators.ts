// Every state's trade series at once, over a dense matrix (the bulk path of the bearing).
import { tradeYearMeasures } from '../../measures/tradeMatrix.js';
import { checkFlowKind, type TradeFlowKind, totalBases } from '../../measures/tradeSummary.js';
import { resolvePoles } from '../../params/poles.js';
import type { Store } from '../../store/open.js';
import { loadAllTradeFlows, tradeExtent, tradeGroups } from '../../store/trade.js';
import { finite, resolveRange, yearRuns } from './common.js';
import { type PoleInfo, poleIds, poleInfo } from './poles.js';
import type { TradeSeriesOptions, TradeSeriesRow } from './series.js';

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
  for (const { year, start, end } of yearRuns(all.year)) {
    if (year < from || year > to) continue;
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
