import { composite, thresholds } from '../../measures/bearing/composite.js';
import {
  type Distribution,
  distribution,
  type GroupOrder,
  groupOrder,
  pearson,
} from '../../measures/bearing/validation.js';
import { blocMembers, findBloc } from '../../poles/blocs.js';
import type { Pole } from '../../poles/pole.js';
import type { Store } from '../../store/open.js';
import { defaultWeights, providers } from '../dimensions/index.js';
import { poleSide } from '../dimensions/poleSide.js';
import { defaultIdealPointRequest, idealPoints } from '../idealPoints.js';
import { bearingWorld, worldYears } from './world.js';

/**
 * US treaty allies outside NATO named in the validation (docs/validation.md), with the year their treaty
 * with the US took effect: Japan (1952), South Korea (1954), Australia and New Zealand (ANZUS, 1952).
 */
const pacificAllies: Record<string, number> = { JPN: 1952, KOR: 1954, AUS: 1952, NZL: 1952 };

/** Saturation allowed per dimension-year: at most this share of states at |position| >= 0.95. */
export const saturationLimit = 0.2;

export interface ValidationYear {
  year: number;
  /** States with a stance (enough dimensions) that year. */
  states: number;
  /** US treaty allies < the rest < SCO members on the composite (with the US as the first pole). */
  groups: GroupOrder;
  /** Per group: members leaning to the first pole (<= -lean), to the second (>= +lean), and in all. */
  leaning: { group: string; n: number; toFirst: number; toSecond: number }[];
  /** Pearson r of the composite with (distance to the first pole - distance to the second) in ideal points. */
  idealPointCorrelation: number | null;
  /** Pearson r of the composite with the previous year's, over the states with both. */
  stability: number | null;
  dimensions: Record<string, Distribution & { saturatedBeyondLimit: boolean }>;
}

export interface Validation {
  poles: [string, string];
  years: ValidationYear[];
  summary: {
    yearsWithGroups: number;
    yearsOrdered: number;
    yearsNotOrdered: number[];
    medianIdealPointCorrelation: number | null;
    medianStability: number | null;
    /** Dimension-years with more than `saturationLimit` of states at a pole's end. */
    saturated: { dimension: string; year: number; share: number }[];
  };
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
const med = (xs: number[]) => {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return null;
  return v.length % 2 ? v[v.length >> 1] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

/**
 * The checks of docs/validation.md for the US and China as poles: known groups in order, agreement with
 * ideal points, stability, and no saturated dimension. Every figure comes from the composite with the
 * default weights and the one coverage rule (states with too few dimensions are left out).
 */
export async function validateBearing(
  store: Store,
  poles: [Pole, Pole],
  options: { from?: number; to?: number } = {},
): Promise<Validation> {
  const weights = defaultWeights();
  const world = await bearingWorld(store, poles);
  const nato = findBloc('NATO')!;
  const sco = findBloc('SCO')!;
  const ideal =
    store.has('idealpoints') || store.has('votes')
      ? (await idealPoints(store, defaultIdealPointRequest)).rows
      : [];
  const idealBy = new Map<number, Map<string, number>>();
  for (const r of ideal) {
    const m = idealBy.get(r.year) ?? new Map<string, number>();
    m.set(r.country, r.idealPoint);
    idealBy.set(r.year, m);
  }
  const years: ValidationYear[] = [];
  let previous: Map<string, number> | null = null;
  for (const year of worldYears(world)) {
    if (
      (options.from !== undefined && year < options.from) ||
      (options.to !== undefined && year > options.to)
    ) {
      previous = null;
      continue;
    }
    const states = world.get(year)!;
    const positions = new Map<string, number>();
    for (const cy of states.values()) {
      const c = composite(cy.readings, weights);
      if (c.coverage.enough && c.position !== null) positions.set(cy.country, c.position);
    }
    const natoNow = new Set(blocMembers(nato, year));
    const scoNow = new Set(blocMembers(sco, year));
    const allies: { id: string; position: number }[] = [];
    const rest: { id: string; position: number }[] = [];
    const scoMembers: { id: string; position: number }[] = [];
    for (const [id, position] of positions) {
      if (poleSide(poles, id, year) >= 0) continue;
      if (natoNow.has(id) || (pacificAllies[id] !== undefined && year >= pacificAllies[id]))
        allies.push({ id, position });
      else if (scoNow.has(id)) scoMembers.push({ id, position });
      else rest.push({ id, position });
    }
    const groups = groupOrder([
      { name: 'US treaty allies', members: allies },
      { name: 'rest', members: rest },
      { name: 'SCO members', members: scoMembers },
    ]);
    const leaning = [
      ['US treaty allies', allies],
      ['rest', rest],
      ['SCO members', scoMembers],
    ].map(([group, ms]) => {
      const list = ms as { position: number }[];
      return {
        group: group as string,
        n: list.length,
        toFirst: list.filter((m) => m.position <= -thresholds.lean).length,
        toSecond: list.filter((m) => m.position >= thresholds.lean).length,
      };
    });
    const ip = idealBy.get(year);
    let idealPointCorrelation: number | null = null;
    const first = poles[0].kind === 'country' ? ip?.get(poles[0].id) : undefined;
    const second = poles[1].kind === 'country' ? ip?.get(poles[1].id) : undefined;
    if (ip && first !== undefined && second !== undefined) {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const [id, p] of positions) {
        const x = ip.get(id);
        if (x === undefined || poleSide(poles, id, year) >= 0) continue;
        xs.push(p);
        ys.push(Math.abs(x - first) - Math.abs(x - second));
      }
      idealPointCorrelation = finite(pearson(xs, ys));
    }
    let stability: number | null = null;
    if (previous) {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const [id, p] of positions) {
        const q = previous.get(id);
        if (q === undefined) continue;
        xs.push(q);
        ys.push(p);
      }
      stability = finite(pearson(xs, ys));
    }
    previous = positions;
    const dimensions: ValidationYear['dimensions'] = {};
    for (const { id } of providers) {
      const values = [...states.values()]
        .filter((cy) => poleSide(poles, cy.country, year) < 0)
        .map((cy) => cy.readings[id]?.position)
        .filter((p): p is number => p !== null && p !== undefined);
      if (values.length === 0) continue;
      const d = distribution(values);
      dimensions[id] = { ...d, saturatedBeyondLimit: d.saturated > saturationLimit };
    }
    years.push({
      year,
      states: positions.size,
      groups,
      leaning,
      idealPointCorrelation,
      stability,
      dimensions,
    });
  }
  const withGroups = years.filter((y) => y.groups.medians.filter((m) => m.n > 0).length >= 2);
  return {
    poles: [poles[0].id, poles[1].id],
    years,
    summary: {
      yearsWithGroups: withGroups.length,
      yearsOrdered: withGroups.filter((y) => y.groups.ordered).length,
      yearsNotOrdered: withGroups.filter((y) => !y.groups.ordered).map((y) => y.year),
      medianIdealPointCorrelation: med(years.map((y) => y.idealPointCorrelation ?? Number.NaN)),
      medianStability: med(years.map((y) => y.stability ?? Number.NaN)),
      saturated: years.flatMap((y) =>
        Object.entries(y.dimensions)
          .filter(([, d]) => d.saturatedBeyondLimit)
          .map(([dimension, d]) => ({ dimension, year: y.year, share: d.saturated })),
      ),
    },
  };
}
