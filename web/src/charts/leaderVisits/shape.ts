import type { LeaderVisitCount } from '../../../../src/api/types';
import type { ChartData, ChartView } from '../types';

export type LeaderVisitBar = {
  year: number;
  /** Facet: the pole's name. */
  pole: string;
  direction: 'out' | 'in';
  /** The traveller's level, as a visit type of the shared palette. */
  kind: string;
  stays: number;
  /** Drawn value: stays out above the axis, stays in below it. */
  signed: number;
};

export type LeaderVisitsData = ChartData<LeaderVisitBar> & {
  poles: string[];
  kinds: string[];
  /** Years each pole's record covers (no bar outside them is "missing", not zero). */
  coverage: Record<string, [number, number]>;
};

const poleNames: Record<string, string> = { USA: 'United States', CHN: 'China' };
export const levelKinds = {
  head: 'head of state or government',
  foreignMinister: 'foreign minister',
  other: 'other official',
} as const;

/** One bar segment per year, pole, direction and level with at least one stay; null without any. */
export function shapeLeaderVisits(counts: LeaderVisitCount[], view: ChartView): LeaderVisitsData | null {
  const rows: LeaderVisitBar[] = [];
  const coverage: Record<string, [number, number]> = {};
  for (const c of counts) {
    const pole = poleNames[c.pole] ?? c.pole;
    const span = coverage[pole] ?? [c.year, c.year];
    coverage[pole] = [Math.min(span[0], c.year), Math.max(span[1], c.year)];
    for (const key of ['head', 'foreignMinister', 'other'] as const) {
      const n = c[key];
      if (n > 0)
        rows.push({
          year: c.year,
          pole,
          direction: c.direction,
          kind: levelKinds[key],
          stays: n,
          signed: c.direction === 'out' ? n : -n,
        });
    }
  }
  if (rows.length === 0) return null;
  rows.sort(
    (a, b) => a.year - b.year || a.pole.localeCompare(b.pole) || a.direction.localeCompare(b.direction),
  );
  const poles = Object.keys(coverage);
  const count = (pole: string, d: 'out' | 'in') =>
    rows.filter((r) => r.pole === pole && r.direction === d).reduce((s, r) => s + r.stays, 0);
  const words = poles.map(
    (p) =>
      `${p} (${coverage[p][0]}-${coverage[p][1]}): ${count(p, 'out')} stays of its leaders in ${view.countryName}, ${count(p, 'in')} of ${view.countryName}'s in ${p}`,
  );
  return {
    rows,
    columns: ['year', 'pole', 'direction', 'kind', 'stays'],
    subtitle: `Above the line: the pole's leaders in ${view.countryName}; below: ${view.countryName}'s leaders received. Coloured by the traveller's level. China's record covers ${coverage.China ? `${coverage.China[0]}-${coverage.China[1]}` : 'no years'}; no bar outside it means no record, not no visit.`,
    summary: `Leader-level visits with both poles. ${words.join('; ')}.`,
    poles,
    kinds: Object.values(levelKinds).filter((k) => rows.some((r) => r.kind === k)),
    coverage,
  };
}
