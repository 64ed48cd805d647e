import { type Voter, votesReadings, votesWords } from '../../measures/bearing/votes.js';
import { allDyadYears, yearRanges } from '../../measures/dyadYears.js';
import { category } from '../../measures/voteTable.js';
import { poleMembers } from '../../poles/pole.js';
import type { Store } from '../../store/open.js';
import { loadVoteMatrix } from '../../store/votes.js';
import { poleSide, put } from './poleSide.js';
import type { DimensionProvider, DimensionSeries } from './provider.js';

export interface VotesFigures {
  /** Mean agreement (Voeten's convention) with the first and second pole's members that year. */
  agreementFirst: number;
  agreementSecond: number;
  /** agreementSecond - agreementFirst. */
  difference: number;
  /** The typical state: the median difference, and the median agreement with each pole. */
  worldMedian: number;
  worldMedianAgreementFirst: number;
  worldMedianAgreementSecond: number;
  /** The poles' own members' mean difference (read as -1 and +1). */
  firstAnchor: number;
  secondAnchor: number;
  /** Share of the year's roll calls the state voted on. */
  participation: number;
  rollCalls: number;
  [key: string]: number;
}

const source =
  'UN General Assembly roll calls: Voeten / unvotes 1946-2019, UN Digital Library 2020-2021, DGACM resolution records from 2022 (data/unga)';

/**
 * Agreement of every pair of states in every year, as one nc x nc matrix per year (NaN where they
 * share no vote): computed once per store from the bitset kernel, then any pair of poles reads it.
 */
async function agreementByYear(store: Store): Promise<Map<number, Float32Array>> {
  const key = 'bearing:agreementByYear';
  const cached = store.cache.get(key) as Map<number, Float32Array> | undefined;
  if (cached) return cached;
  const m = await loadVoteMatrix(store, {});
  const nc = m.countries.length;
  const d = allDyadYears(m);
  const out = new Map<number, Float32Array>();
  for (let i = 0; i < d.length; i++) {
    let cube = out.get(d.year[i]);
    if (!cube) {
      cube = new Float32Array(nc * nc).fill(Number.NaN);
      out.set(d.year[i], cube);
    }
    cube[d.a[i] * nc + d.b[i]] = d.agreement[i];
    cube[d.b[i] * nc + d.a[i]] = d.agreement[i];
  }
  store.cache.set(key, out);
  return out;
}

export const votesProvider: DimensionProvider<VotesFigures> = {
  id: 'votes',
  label: 'UN votes',
  defaultWeight: 1,
  async coverage(store) {
    if (!store.has('votes')) return null;
    const ranges = yearRanges(await loadVoteMatrix(store, {}));
    return ranges.length ? { from: ranges[0].year, to: ranges[ranges.length - 1].year } : null;
  },
  async read(store, poles) {
    const series: DimensionSeries<VotesFigures> = new Map();
    if (!store.has('votes')) return series;
    const m = await loadVoteMatrix(store, {});
    const nc = m.countries.length;
    const col = new Map(m.countries.map((c, i) => [c, i]));
    const byYear = await agreementByYear(store);
    for (const { year, start, end } of yearRanges(m)) {
      const members = poles.map((p) =>
        poleMembers(p, year)
          .filter((id) => col.has(id))
          .map((id) => col.get(id)!),
      );
      const cast = new Int32Array(nc);
      for (let r = start; r < end; r++)
        for (let c = 0; c < nc; c++) if (category(m.votes[r * nc + c]) >= 0) cast[c]++;
      const cube = byYear.get(year);
      // A member agrees with itself; otherwise the pair's agreement that year (NaN: no common vote).
      const agreement = (ms: number[], c: number) => {
        let s = 0;
        let n = 0;
        for (const mb of ms) {
          const a = mb === c ? 1 : (cube?.[mb * nc + c] ?? Number.NaN);
          if (Number.isFinite(a)) {
            s += a;
            n++;
          }
        }
        return n ? s / n : Number.NaN;
      };
      const ids: string[] = [];
      const voters: Voter[] = [];
      for (let c = 0; c < nc; c++) {
        if (cast[c] === 0) continue;
        ids.push(m.countries[c]);
        voters.push({
          agreementFirst: agreement(members[0], c),
          agreementSecond: agreement(members[1], c),
          participation: cast[c] / (end - start),
          side: poleSide(poles, m.countries[c], year),
        });
      }
      const { anchors, readings } = votesReadings(voters);
      readings.forEach((r, i) => {
        if (!Number.isFinite(r.difference)) return;
        put(series, year, ids[i], {
          position: r.position,
          engagement: r.engagement,
          dataYear: year,
          source,
          figures: {
            agreementFirst: voters[i].agreementFirst,
            agreementSecond: voters[i].agreementSecond,
            difference: r.difference,
            worldMedian: anchors.worldMedian,
            worldMedianAgreementFirst: anchors.medianAgreementFirst,
            worldMedianAgreementSecond: anchors.medianAgreementSecond,
            firstAnchor: anchors.firstAnchor,
            secondAnchor: anchors.secondAnchor,
            participation: voters[i].participation,
            rollCalls: end - start,
          },
        });
      });
    }
    return series;
  },
  methods:
    'Mean agreement with each pole\u2019s members in the year\u2019s General Assembly roll calls; the difference is read against the world: the median state at 0, each pole\u2019s members at their end (docs/methods/bearing.md).',
  describe({ position, figures: f }, names) {
    const n = (x: number) => x.toFixed(2);
    return `${votesWords(position, names)}: agreement ${n(f.agreementFirst)} with ${names[0]}, ${n(f.agreementSecond)} with ${names[1]}; the typical state ${n(f.worldMedianAgreementFirst)} and ${n(f.worldMedianAgreementSecond)}`;
  },
};
