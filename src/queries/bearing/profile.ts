import { InputError } from '../../errors.js';
import { type Composite, composite, type Stance } from '../../measures/bearing/composite.js';
import type { Coverage } from '../../measures/bearing/coverage.js';
import type { Dimension, Weights } from '../../measures/bearing/dimensions.js';
import { sensitivity } from '../../measures/bearing/sensitivity.js';
import type { Pole } from '../../poles/pole.js';
import type { Store } from '../../store/open.js';
import { defaultWeights, dimensionIds, providers } from '../dimensions/index.js';
import { headline } from './headline.js';
import { bearingWorld, type CountryYear, worldYears } from './world.js';

/** One dimension of a profile's year: the reading, its data year, whether carried, its figures and words. */
export type DimensionDetail = Record<string, number | string | boolean | null> & {
  position: number | null;
  engagement: number | null;
  dataYear: number;
  carried: boolean;
  source: string;
  /** The figures in words (the provider's `describe`), when it has one. */
  words: string | null;
};

export interface ProfileYear extends Composite {
  year: number;
  dimensions: Record<
    Dimension,
    { position: number | null; engagement: number | null; dataYear: number | null; carried: boolean }
  >;
}

export interface Profile {
  country: string;
  name: string;
  year: number;
  poles: [string, string];
  position: number | null;
  balance: number | null;
  spread: number | null;
  stance: Stance | null;
  hedging: Composite['hedging'];
  coverage: Coverage;
  headline: string;
  weights: Weights;
  /** Dimensions carried forward into this year, with the year their data come from. */
  carried: { id: Dimension; dataYear: number }[];
  carryForward: number;
  dimensions: Record<Dimension, DimensionDetail | null>;
  sensitivity: {
    dimension: Dimension;
    factor: number;
    position: number | null;
    balance: number | null;
    stance: Stance | null;
  }[];
  series: ProfileYear[];
}

export interface BearingOptions {
  poles: [Pole, Pole];
  weights?: Weights;
  /** Fill a missing dimension from up to N earlier years, saying so (0 or absent: never). */
  carryForward?: number;
}

/** The readings of one country-year in the registry's order: null for a missing dimension. */
function detailOf(cy: CountryYear, poles: readonly [Pole, Pole]): Record<Dimension, DimensionDetail | null> {
  const names: [string, string] = [poles[0].name, poles[1].name];
  return Object.fromEntries(
    providers.map((p) => {
      const r = cy.readings[p.id];
      if (!r) return [p.id, null];
      const detail: DimensionDetail = {
        ...r.figures,
        position: r.position,
        engagement: r.engagement,
        dataYear: r.dataYear,
        carried: r.carried,
        source: r.source,
        words: p.describe ? p.describe(r, names) : null,
      };
      return [p.id, detail];
    }),
  );
}

/** The bearing of one country: a year in detail, and the series over every year with data. */
export async function bearingProfile(
  store: Store,
  country: string,
  options: BearingOptions & { year?: number },
): Promise<Profile> {
  const weights = options.weights ?? defaultWeights();
  const carry = options.carryForward ?? 0;
  const world = await bearingWorld(store, options.poles, { carryForward: carry });
  const years = worldYears(world).filter((y) => world.get(y)!.has(country));
  if (years.length === 0) {
    throw new InputError(`no data for ${country} between ${options.poles[0].id} and ${options.poles[1].id}`, {
      location: { field: 'country' },
      kind: 'unknown',
    });
  }
  const series: ProfileYear[] = years.map((y) => {
    const cy = world.get(y)!.get(country)!;
    const dims = Object.fromEntries(
      dimensionIds.map((d) => {
        const r = cy.readings[d];
        return [
          d,
          {
            position: r?.position ?? null,
            engagement: r?.engagement ?? null,
            dataYear: r?.dataYear ?? null,
            carried: r?.carried ?? false,
          },
        ];
      }),
    );
    return { year: y, ...composite(cy.readings, weights), dimensions: dims };
  });
  // Default year: the latest with the most weighted dimensions.
  const year =
    options.year ??
    [...series].sort((a, b) => b.coverage.used.length - a.coverage.used.length || b.year - a.year)[0].year;
  const cy = world.get(year)?.get(country);
  if (!cy) {
    const covered = providers
      .map((p) => {
        const ys = years.filter((y) => world.get(y)!.get(country)!.readings[p.id]);
        return ys.length ? `${p.id} ${ys[0]}-${ys[ys.length - 1]}` : '';
      })
      .filter(Boolean)
      .join(', ');
    throw new InputError(`no data for ${country} in ${year}: ${covered}`, {
      location: { field: 'year' },
      hint: 'ask for a year with data, or carry the latest figures forward with --carry-forward N (API carryForward)',
    });
  }
  const c = composite(cy.readings, weights);
  const name = store.concordance.get(country)?.name ?? country;
  const carried = dimensionIds
    .filter((d) => cy.readings[d]?.carried)
    .map((d) => ({ id: d, dataYear: cy.readings[d].dataYear }));
  return {
    country,
    name,
    year,
    poles: [options.poles[0].id, options.poles[1].id],
    position: c.position,
    balance: c.balance,
    spread: c.spread,
    stance: c.stance,
    hedging: c.hedging,
    coverage: c.coverage,
    headline: headline(name, year, c, cy.readings, options.poles, weights, carried),
    weights: c.weights,
    carried,
    carryForward: carry,
    dimensions: detailOf(cy, options.poles),
    sensitivity: sensitivity(cy.readings, weights).map((s) => ({
      dimension: s.dimension,
      factor: s.factor,
      position: s.result.position,
      balance: s.result.balance,
      stance: s.result.stance,
    })),
    series,
  };
}

/**
 * The profile's series as flat rows: composite and each dimension's position per year (tables, CSV), with
 * the poles on every row and the coverage label (null when enough dimensions). `year` keeps one year.
 */
export function profileSeriesRows(p: Profile, year?: number): Record<string, number | string | null>[] {
  return p.series
    .filter((y) => year === undefined || y.year === year)
    .map((y) => ({
      country: p.country,
      year: y.year,
      first: p.poles[0],
      second: p.poles[1],
      position: y.position,
      balance: y.balance,
      spread: y.spread,
      stance: y.stance,
      coverage: y.coverage.label,
      ...Object.fromEntries(dimensionIds.map((d) => [d, y.dimensions[d].position])),
      carried: dimensionIds.filter((d) => y.dimensions[d].carried).join(' ') || null,
    }));
}

/** The columns of `profileSeriesRows`, in order (registry-derived). */
export const profileSeriesColumns = (): string[] => [
  'country',
  'year',
  'first',
  'second',
  'position',
  'balance',
  'spread',
  'stance',
  'coverage',
  ...dimensionIds,
  'carried',
];
