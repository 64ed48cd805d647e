import { agreement, coincidence, identicalAgreement } from './agreement.js';
import { cohenKappa, scottPi, sScore } from './similarity.js';
import type { VoteMatrix } from './voteMatrix.js';
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

/** Row ranges [start, end) of each calendar year; the matrix's rows are in date order. */
export function yearRanges(m: VoteMatrix): { year: number; start: number; end: number }[] {
  const out: { year: number; start: number; end: number }[] = [];
  for (let r = 0; r < m.years.length; r++) {
    const last = out[out.length - 1];
    if (last && last.year === m.years[r]) last.end = r + 1;
    else {
      if (last && m.years[r] < last.year) throw new RangeError('vote matrix rows are not in date order');
      out.push({ year: m.years[r], start: r, end: r + 1 });
    }
  }
  return out;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * All dyad-years of the matrix with at least `minVotes` common votes. Each state's votes in a
 * year are packed into three bitsets (yes, abstain, no); a dyad's 3x3 table is nine popcounts of
 * ANDed words, so the whole record (~1.4 million dyad-years) takes well under a second.
 */
export function allDyadYears(m: VoteMatrix, minVotes = 1): DyadYearMeasures {
  const nc = m.countries.length;
  const ranges = yearRanges(m);
  let capacity = 0;
  for (const _ of ranges) capacity += (nc * (nc - 1)) / 2;
  const out = allocate(Math.min(capacity, 4_000_000));
  const t = new Int32Array(9);
  for (const { year, start, end } of ranges) {
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
    for (let ia = 0; ia < active.length; ia++) {
      const a = active[ia];
      for (let ib = ia + 1; ib < active.length; ib++) {
        const b = active[ib];
        let n = 0;
        for (let x = 0; x < 3; x++) {
          const ax = (a * 3 + x) * words;
          for (let y = 0; y < 3; y++) {
            const by = (b * 3 + y) * words;
            let count = 0;
            for (let w = 0; w < words; w++) count += popcount(bits[ax + w] & bits[by + w]);
            t[3 * x + y] = count;
            n += count;
          }
        }
        if (n >= minVotes && n > 0) {
          if (out.length === out.year.length) throw new RangeError('dyad-year capacity exceeded');
          push(out, year, a, b, t, n);
        }
      }
    }
  }
  return trim(out);
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
