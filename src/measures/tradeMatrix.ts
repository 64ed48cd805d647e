import { InputError } from '../errors.js';
import { tilt } from './tilt.js';
import type { TradeFlowKind } from './tradeSummary.js';

/**
 * The measures of summarizeTrade (tradeSummary.ts) for every country of one year at once, over a
 * dense n x n matrix of exports (row reporter, column partner; NaN = no row). Same definitions,
 * same order of summation, so the figures are identical to the per-country path; this one avoids
 * building partner lists and sets for each of the ~11,000 country-years.
 */
export interface TradeYearInput {
  n: number;
  /** exports[r * n + p]: exports reported by r to p, US$ millions, NaN when not published. */
  exports: Float64Array;
  /** 1 for states, 0 for non-aggregate groups (never a row of the output). */
  isState: Uint8Array;
  /** World rows per index (NaN when not published). */
  worldExports: Float64Array;
  worldImports: Float64Array;
  /** 1 where the index belongs to the first / second pole this year. */
  first: Uint8Array;
  second: Uint8Array;
  flow: TradeFlowKind;
}

export interface TradeYearMeasures {
  /** Indexes of the countries measured (states with at least one flow). */
  country: Int32Array;
  exports: Float64Array;
  /** Index into totalBases: 0 sum of partners, 1 World row, 2 none reported. */
  exportsBasis: Uint8Array;
  imports: Float64Array;
  importsBasis: Uint8Array;
  partners: Int32Array;
  hhi: Float64Array;
  firstValue: Float64Array;
  secondValue: Float64Array;
  firstShare: Float64Array;
  secondShare: Float64Array;
  tilt: Float64Array;
}

export function tradeYearMeasures(input: TradeYearInput): TradeYearMeasures {
  const { n, exports: m, isState, flow } = input;
  if (m.length !== n * n) {
    throw new InputError(`exports matrix must have ${n} x ${n} cells, got ${m.length}`, {
      location: { field: 'exports' },
    });
  }
  const countries: number[] = [];
  const active = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    for (let p = 0; p < n; p++) {
      if (!Number.isNaN(m[c * n + p])) {
        active[c] = 1;
        active[p] = 1;
      }
    }
  }
  for (let c = 0; c < n; c++) if (active[c] && isState[c]) countries.push(c);
  const k = countries.length;
  const out: TradeYearMeasures = {
    country: Int32Array.from(countries),
    exports: new Float64Array(k),
    exportsBasis: new Uint8Array(k),
    imports: new Float64Array(k),
    importsBasis: new Uint8Array(k),
    partners: new Int32Array(k),
    hhi: new Float64Array(k),
    firstValue: new Float64Array(k),
    secondValue: new Float64Array(k),
    firstShare: new Float64Array(k),
    secondShare: new Float64Array(k),
    tilt: new Float64Array(k),
  };
  const values = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    const c = countries[j];
    let sumE = 0;
    let sumI = 0;
    let rowsE = 0;
    let rowsI = 0;
    let stateTotal = 0;
    let count = 0;
    let fv = 0;
    let sv = 0;
    for (let p = 0; p < n; p++) {
      values[p] = Number.NaN;
      if (p === c) continue;
      const e = m[c * n + p];
      const i = m[p * n + c];
      if (Number.isNaN(e) && Number.isNaN(i)) continue;
      if (!Number.isNaN(e)) {
        sumE += e;
        rowsE++;
      }
      if (!Number.isNaN(i)) {
        sumI += i;
        rowsI++;
      }
      const v =
        flow === 'exports' ? e : flow === 'imports' ? i : Number.isNaN(e) ? i : Number.isNaN(i) ? e : e + i;
      if (Number.isNaN(v)) continue;
      if (isState[p] && v > 0) {
        values[p] = v;
        stateTotal += v;
        count++;
      }
      if (input.first[p]) fv += v;
      if (input.second[p]) sv += v;
    }
    let h = Number.NaN;
    if (count > 0 && stateTotal > 0) {
      h = 0;
      for (let p = 0; p < n; p++) {
        if (Number.isNaN(values[p])) continue;
        const s = values[p] / stateTotal;
        h += s * s;
      }
    }
    const we = input.worldExports[c];
    const wi = input.worldImports[c];
    const ex = Number.isNaN(we) ? sumE : we;
    const im = Number.isNaN(wi) ? sumI : wi;
    const denominator = flow === 'exports' ? ex : flow === 'imports' ? im : ex + im;
    out.exports[j] = ex;
    out.exportsBasis[j] = !Number.isNaN(we) ? 1 : rowsE > 0 ? 0 : 2;
    out.imports[j] = im;
    out.importsBasis[j] = !Number.isNaN(wi) ? 1 : rowsI > 0 ? 0 : 2;
    out.partners[j] = count;
    out.hhi[j] = h;
    out.firstValue[j] = fv;
    out.secondValue[j] = sv;
    out.firstShare[j] = denominator > 0 ? fv / denominator : Number.NaN;
    out.secondShare[j] = denominator > 0 ? sv / denominator : Number.NaN;
    out.tilt[j] = tilt(fv, sv);
  }
  return out;
}
