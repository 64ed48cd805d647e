import type { VoteMatrix } from '../votes/voteMatrix.js';
import { agreement, coincidence, identicalAgreement } from './agreement.js';
import { cohenKappa, scottPi, sScore } from './similarity.js';
import { category } from './voteTable.js';

/** Every vote measure for a set of dyad-years, as columns. Undefined values are NaN. */
export interface DyadYearMeasures {
  length: number;
  year: Int16Array;
  /** Column indices into the matrix's `countries`; a < b for all-dyad runs. */
  a: Int32Array;
  b: Int32Array;
  /** Roll calls on which both cast a vote (yes, abstain or no). */
  votes: Int32Array;
  agreement: Float64Array;
  identical: Float64Array;
  s: Float64Array;
  kappa: Float64Array;
  pi: Float64Array;
  coincidence: Float64Array;
}

function allocate(n: number): DyadYearMeasures {
  return {
    length: 0,
    year: new Int16Array(n),
    a: new Int32Array(n),
    b: new Int32Array(n),
    votes: new Int32Array(n),
    agreement: new Float64Array(n),
    identical: new Float64Array(n),
    s: new Float64Array(n),
    kappa: new Float64Array(n),
    pi: new Float64Array(n),
    coincidence: new Float64Array(n),
  };
}

function push(out: DyadYearMeasures, year: number, a: number, b: number, t: Int32Array, n: number): void {
  const k = out.length++;
  out.year[k] = year;
  out.a[k] = a;
  out.b[k] = b;
  out.votes[k] = n;
  out.agreement[k] = agreement(t);
  out.identical[k] = identicalAgreement(t);
  out.s[k] = sScore(t);
  out.kappa[k] = cohenKappa(t);
  out.pi[k] = scottPi(t);
  out.coincidence[k] = coincidence(t);
}

function trim(out: DyadYearMeasures): DyadYearMeasures {
  const n = out.length;
  return {
    length: n,
    year: out.year.slice(0, n),
    a: out.a.slice(0, n),
    b: out.b.slice(0, n),
    votes: out.votes.slice(0, n),
    agreement: out.agreement.slice(0, n),
    identical: out.identical.slice(0, n),
    s: out.s.slice(0, n),
    kappa: out.kappa.slice(0, n),
    pi: out.pi.slice(0, n),
    coincidence: out.coincidence.slice(0, n),
  };
}

/** Row ranges [start, end) of each year; the matrix's rows are ordered by year, then date. */
export function yearRanges(m: VoteMatrix): { year: number; start: number; end: number }[] {
  const out: { year: number; start: number; end: number }[] = [];
  for (let r = 0; r < m.years.length; r++) {
    const last = out[out.length - 1];
    if (last && last.year === m.years[r]) last.end = r + 1;
    else {
      if (last && m.years[r] < last.year) throw new RangeError('vote matrix rows are not in year order');
      out.push({ year: m.years[r], start: r, end: r + 1 });
    }
  }
  return out;
}

/** Bits set in each 16-bit value: two table reads beat the bit-twiddling popcount in V8. */
const bits16 = (() => {
  const t = new Uint8Array(65536);
  for (let i = 1; i < 65536; i++) t[i] = (i & 1) + t[i >>> 1];
  return t;
})();

/**
 * All dyad-years of the matrix with at least `minVotes` common votes. Each state's votes in a
 * year are packed into three bitsets (yes, abstain, no); a dyad's 3x3 table is nine popcounts of
 * ANDed words (16-bit table lookups), so the whole record (~1.4 million dyad-years) takes well under a second.
 */
export function allDyadYears(m: VoteMatrix, minVotes = 1): DyadYearMeasures {
  const nc = m.countries.length;
  const ranges = yearRanges(m);
  // Pack each year first: the states active in it bound the number of dyad-years exactly.
  const years = ranges.map(({ year, start, end }) => {
    const words = Math.ceil((end - start) / 32);
    const bits = new Uint32Array(nc * 3 * words);
    const active: number[] = [];
    for (let c = 0; c < nc; c++) {
      let any = false;
      for (let r = start; r < end; r++) {
        const k = category(m.votes[r * nc + c]);
        if (k < 0) continue;
        const bit = r - start;
        bits[(c * 3 + k) * words + (bit >>> 5)] |= 1 << (bit & 31);
        any = true;
      }
      if (any) active.push(c);
    }
    return { year, words, bits, active };
  });
  let capacity = 0;
  for (const y of years) capacity += (y.active.length * (y.active.length - 1)) / 2;
  const out = allocate(capacity);
  let k = 0;
  for (const { year, words, bits, active } of years) {
    for (let ia = 0; ia < active.length; ia++) {
      const a = active[ia];
      const ay = a * 3 * words;
      const aa = ay + words;
      const an = aa + words;
      for (let ib = ia + 1; ib < active.length; ib++) {
        const b = active[ib];
        const by = b * 3 * words;
        const ba = by + words;
        const bn = ba + words;
        // The nine cells of the 3x3 table in one pass over the words.
        let c00 = 0;
        let c01 = 0;
        let c02 = 0;
        let c10 = 0;
        let c11 = 0;
        let c12 = 0;
        let c20 = 0;
        let c21 = 0;
        let c22 = 0;
        for (let w = 0; w < words; w++) {
          const xy = bits[ay + w];
          const xa = bits[aa + w];
          const xn = bits[an + w];
          const yy = bits[by + w];
          const ya = bits[ba + w];
          const yn = bits[bn + w];
          let v = xy & yy;
          c00 += bits16[v & 0xffff] + bits16[v >>> 16];
          v = xy & ya;
          c01 += bits16[v & 0xffff] + bits16[v >>> 16];
          v = xy & yn;
          c02 += bits16[v & 0xffff] + bits16[v >>> 16];
          v = xa & yy;
          c10 += bits16[v & 0xffff] + bits16[v >>> 16];
          v = xa & ya;
          c11 += bits16[v & 0xffff] + bits16[v >>> 16];
          v = xa & yn;
          c12 += bits16[v & 0xffff] + bits16[v >>> 16];
          v = xn & yy;
          c20 += bits16[v & 0xffff] + bits16[v >>> 16];
          v = xn & ya;
          c21 += bits16[v & 0xffff] + bits16[v >>> 16];
          v = xn & yn;
          c22 += bits16[v & 0xffff] + bits16[v >>> 16];
        }
        const n = c00 + c01 + c02 + c10 + c11 + c12 + c20 + c21 + c22;
        if (n < minVotes || n === 0) continue;
        // The measures of agreement.ts and similarity.ts, inlined on the nine counts (the tests check
        // that both give the same figures).
        const diag = c00 + c11 + c22;
        const adjacent = c01 + c10 + c12 + c21;
        const opposite = c02 + c20;
        const dObserved = (adjacent + 2 * opposite) / n;
        const r0 = c00 + c01 + c02;
        const r1 = c10 + c11 + c12;
        const r2 = c20 + c21 + c22;
        const k0 = c00 + c10 + c20;
        const k1 = c01 + c11 + c21;
        const k2 = c02 + c12 + c22;
        const dKappa = (r0 * k1 + r1 * k0 + r1 * k2 + r2 * k1 + 2 * (r0 * k2 + r2 * k0)) / (n * n);
        const p0 = (r0 + k0) / (2 * n);
        const p1 = (r1 + k1) / (2 * n);
        const p2 = (r2 + k2) / (2 * n);
        const dPi = 2 * (p0 * p1 + p1 * p2) + 4 * p0 * p2;
        const yesNo = c00 + c22;
        out.year[k] = year;
        out.a[k] = a;
        out.b[k] = b;
        out.votes[k] = n;
        out.agreement[k] = (diag + 0.5 * adjacent) / n;
        out.identical[k] = diag / n;
        out.s[k] = 1 - dObserved;
        out.kappa[k] = dKappa === 0 ? Number.NaN : 1 - dObserved / dKappa;
        out.pi[k] = dPi === 0 ? Number.NaN : 1 - dObserved / dPi;
        out.coincidence[k] = yesNo / (yesNo + opposite);
        k++;
      }
    }
  }
  out.length = k;
  return k === capacity ? out : trim(out);
}

/** Dyad-years of one state against each of `partners` (column indices), year by year. */
export function partnerYears(m: VoteMatrix, country: number, partners: readonly number[]): DyadYearMeasures {
  const nc = m.countries.length;
  const ranges = yearRanges(m);
  const out = allocate(ranges.length * partners.length);
  const t = new Int32Array(9);
  for (const p of partners) {
    for (const { year, start, end } of ranges) {
      t.fill(0);
      let n = 0;
      for (let r = start; r < end; r++) {
        const x = category(m.votes[r * nc + country]);
        const y = category(m.votes[r * nc + p]);
        if (x >= 0 && y >= 0) {
          t[3 * x + y]++;
          n++;
        }
      }
      if (n > 0) push(out, year, country, p, t, n);
    }
  }
  return trim(out);
}
