import { InputError } from '../errors.js';
import { hhi } from './concentration.js';
import { tilt } from './tilt.js';

/** Which side of trade a measure reads. */
export const tradeFlowKinds = ['total', 'exports', 'imports'] as const;
export type TradeFlowKind = (typeof tradeFlowKinds)[number];

/**
 * One country's flows with its partners in one year, as typed arrays (NaN = no row published).
 * `isState[i]` is false for partners that are IMF groups other than aggregates (unallocated trade,
 * customs unions, areas): they count in the sum over partners but not in concentration or ranks.
 * Aggregates (World, Euro Area, ...) are never partners here.
 */
export interface PartnerFlows {
  partners: readonly string[];
  isState: readonly boolean[];
  /** Exports to the partner as reported by the country, US$ millions. */
  exports: Float64Array;
  /** Mirror imports: the partner's reported exports to the country, US$ millions. */
  imports: Float64Array;
}

/**
 * Where a total comes from: the World row, the sum over partners, or nowhere (no row of that side
 * at all that year: the total is 0 and says so, e.g. the USSR's exports after 1962).
 */
export type TotalBasis = 'world row' | 'sum of partners' | 'none reported';

/** Basis codes of the bulk kernel, indexed by code. */
export const totalBases: readonly TotalBasis[] = ['sum of partners', 'world row', 'none reported'];

export interface TradeTotals {
  exports: number;
  exportsBasis: TotalBasis;
  imports: number;
  importsBasis: TotalBasis;
  total: number;
  balance: number;
}

export interface TradeSummary extends TradeTotals {
  flow: TradeFlowKind;
  /** The denominator of the shares: the chosen flow's total. */
  flowTotal: number;
  /** Partner states with a non-zero value for the flow. */
  partners: number;
  /** Herfindahl-Hirschman index over partner states' values of the flow (0-1). */
  hhi: number;
  effectivePartners: number;
  firstValue: number;
  secondValue: number;
  firstShare: number;
  secondShare: number;
  tilt: number;
}

/**
 * A partner's value for a flow: exports, mirror imports, or their sum (a missing side counts as
 * zero when the other is published; NaN when neither is).
 */
export function flowValue(exports: number, imports: number, flow: TradeFlowKind): number {
  if (flow === 'exports') return exports;
  if (flow === 'imports') return imports;
  if (Number.isNaN(exports)) return imports;
  if (Number.isNaN(imports)) return exports;
  return exports + imports;
}

/** Values of a flow for every partner (NaN where nothing is published). */
export function flowValues(flows: PartnerFlows, flow: TradeFlowKind): Float64Array {
  checkFlows(flows);
  const out = new Float64Array(flows.partners.length);
  for (let i = 0; i < out.length; i++) out[i] = flowValue(flows.exports[i], flows.imports[i], flow);
  return out;
}

/**
 * Exports, imports and total trade: each side from the World row when one is published (pass
 * NaN when not), else the sum over all partners (states and non-aggregate groups). Balance is
 * exports minus imports.
 */
export function tradeTotals(flows: PartnerFlows, worldExports: number, worldImports: number): TradeTotals {
  checkFlows(flows);
  let sumE = 0;
  let sumI = 0;
  let rowsE = 0;
  let rowsI = 0;
  for (let i = 0; i < flows.partners.length; i++) {
    if (!Number.isNaN(flows.exports[i])) {
      sumE += flows.exports[i];
      rowsE++;
    }
    if (!Number.isNaN(flows.imports[i])) {
      sumI += flows.imports[i];
      rowsI++;
    }
  }
  const basis = (world: number, rows: number): TotalBasis =>
    !Number.isNaN(world) ? 'world row' : rows > 0 ? 'sum of partners' : 'none reported';
  const exportsBasis = basis(worldExports, rowsE);
  const importsBasis = basis(worldImports, rowsI);
  const exports = exportsBasis === 'world row' ? worldExports : sumE;
  const imports = importsBasis === 'world row' ? worldImports : sumI;
  return {
    exports,
    exportsBasis,
    imports,
    importsBasis,
    total: exports + imports,
    balance: exports - imports,
  };
}

export function flowTotal(totals: TradeTotals, flow: TradeFlowKind): number {
  return flow === 'exports' ? totals.exports : flow === 'imports' ? totals.imports : totals.total;
}

/**
 * Ranks partners by a value, largest first (1-based, ties share the better rank: 1, 2, 2, 4).
 * Indexes with a NaN value get rank 0 and are listed after the others.
 */
export function rankDescending(values: ArrayLike<number>): { order: Int32Array; rank: Int32Array } {
  const n = values.length;
  const idx = Array.from({ length: n }, (_, i) => i).filter((i) => !Number.isNaN(values[i]));
  idx.sort((a, b) => values[b] - values[a] || a - b);
  const rank = new Int32Array(n);
  for (let k = 0; k < idx.length; k++) {
    rank[idx[k]] = k > 0 && values[idx[k]] === values[idx[k - 1]] ? rank[idx[k - 1]] : k + 1;
  }
  const rest = Array.from({ length: n }, (_, i) => i).filter((i) => Number.isNaN(values[i]));
  return { order: Int32Array.from([...idx, ...rest]), rank };
}

/**
 * Everything the trade series reports for one country-year: totals (with their basis), the
 * concentration of the chosen flow over partner states, and the two poles' values, shares of the
 * flow total and tilt. `first` and `second` are the partner ids each pole stands for that year
 * (member states, plus any customs union all of whose members are in the pole).
 */
export function summarizeTrade(input: {
  flows: PartnerFlows;
  worldExports: number;
  worldImports: number;
  flow: TradeFlowKind;
  first: ReadonlySet<string>;
  second: ReadonlySet<string>;
}): TradeSummary {
  const { flows, flow, first, second } = input;
  const totals = tradeTotals(flows, input.worldExports, input.worldImports);
  const values = flowValues(flows, flow);
  const stateValues: number[] = [];
  let firstValue = 0;
  let secondValue = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    if (flows.isState[i] && v > 0) stateValues.push(v);
    if (first.has(flows.partners[i])) firstValue += v;
    if (second.has(flows.partners[i])) secondValue += v;
  }
  const denominator = flowTotal(totals, flow);
  const h = hhi(stateValues);
  return {
    ...totals,
    flow,
    flowTotal: denominator,
    partners: stateValues.length,
    hhi: h,
    effectivePartners: Number.isNaN(h) ? Number.NaN : 1 / h,
    firstValue,
    secondValue,
    firstShare: denominator > 0 ? firstValue / denominator : Number.NaN,
    secondShare: denominator > 0 ? secondValue / denominator : Number.NaN,
    tilt: tilt(firstValue, secondValue),
  };
}

function checkFlows(flows: PartnerFlows): void {
  const n = flows.partners.length;
  if (flows.exports.length !== n || flows.imports.length !== n || flows.isState.length !== n) {
    throw new InputError('partner flows must have one exports, imports and isState entry per partner', {
      location: { field: 'flows' },
    });
  }
}

export function checkFlowKind(flow: string, field = 'flow'): TradeFlowKind {
  if (!(tradeFlowKinds as readonly string[]).includes(flow)) {
    throw new InputError(`unknown flow '${flow}'`, {
      location: { field },
      hint: `one of ${tradeFlowKinds.join(', ')}`,
    });
  }
  return flow as TradeFlowKind;
}
