import { InputError } from '../../errors.js';
import { composite, type Stance } from '../../measures/bearing/composite.js';
import type { Dimension } from '../../measures/bearing/dimensions.js';
import type { Store } from '../../store/open.js';
import { defaultWeights, dimensionIds } from '../dimensions/index.js';
import { poleSide } from '../dimensions/poleSide.js';
import type { BearingOptions } from './profile.js';
import { bearingWorld, worldYears } from './world.js';

export interface RankRow {
  /** 1.. for ranked states; null for a state listed but not ranked (a pole's member, or too few dimensions). */
  rank: number | null;
  country: string;
  name: string;
  year: number;
  position: number | null;
  balance: number | null;
  spread: number | null;
  stance: Stance | null;
  /** null when enough dimensions; else "partial: finance only". */
  coverage: string | null;
  /** Member of the first (0) or second (1) pole that year, else null. */
  pole: 0 | 1 | null;
  /** Position per dimension id, null when missing. */
  dimensions: Record<Dimension, number | null>;
  /** Dimensions carried forward, with the year their data come from. */
  carried: { id: Dimension; dataYear: number }[];
}

export interface RankOptions extends BearingOptions {
  year: number;
  by?: 'position' | 'balance';
  /** List the poles' own members too (unranked). Default false. */
  includePoles?: boolean;
  /** List states with too few dimensions too (unranked, with their coverage label). Default false. */
  includePartial?: boolean;
  /** Only states on this continent / in this World Bank region (case-insensitive). */
  continent?: string;
  region?: string;
}

/**
 * States in a year, ordered by position (first pole first) or by balance (most balanced first). Only states
 * outside the poles with enough dimensions for a stance are ranked; the others are left out, or listed after
 * the ranked ones with rank null when asked.
 */
export async function bearingRank(store: Store, options: RankOptions): Promise<RankRow[]> {
  const weights = options.weights ?? defaultWeights();
  const world = await bearingWorld(store, options.poles, { carryForward: options.carryForward ?? 0 });
  const states = world.get(options.year);
  if (!states) {
    const ys = worldYears(world);
    throw new InputError(`no data in ${options.year}: data from ${ys[0]} to ${ys[ys.length - 1]}`, {
      location: { field: 'year' },
    });
  }
  const matches = (value: string | null | undefined, wanted: string | undefined) =>
    wanted === undefined || (value ?? '').toLowerCase() === wanted.toLowerCase();
  const rows: RankRow[] = [];
  for (const cy of states.values()) {
    const country = store.concordance.get(cy.country);
    if (!matches(country?.continent, options.continent) || !matches(country?.region, options.region))
      continue;
    const c = composite(cy.readings, weights);
    const side = poleSide(options.poles, cy.country, options.year);
    const ranked = side < 0 && c.coverage.enough;
    if (!ranked && !(side >= 0 ? options.includePoles : options.includePartial)) continue;
    rows.push({
      rank: ranked ? 0 : null,
      country: cy.country,
      name: country?.name ?? cy.country,
      year: options.year,
      position: c.position,
      balance: c.balance,
      spread: c.spread,
      stance: c.stance,
      coverage: c.coverage.label,
      pole: side === -1 ? null : side,
      dimensions: Object.fromEntries(dimensionIds.map((d) => [d, cy.readings[d]?.position ?? null])),
      carried: dimensionIds
        .filter((d) => cy.readings[d]?.carried)
        .map((d) => ({ id: d, dataYear: cy.readings[d].dataYear })),
    });
  }
  if (options.continent !== undefined || options.region !== undefined) {
    if (
      rows.length === 0 &&
      ![...states.keys()].some((id) => {
        const c = store.concordance.get(id);
        return matches(c?.continent, options.continent) && matches(c?.region, options.region);
      })
    )
      throw new InputError(`no state in ${options.continent ?? options.region}`, {
        location: { field: options.continent !== undefined ? 'continent' : 'region' },
        hint: 'a continent (Africa, Asia, Europe, ...) or a World Bank region (Sub-Saharan Africa, ...)',
      });
  }
  const key = (r: RankRow) => (options.by === 'balance' ? -(r.balance ?? -1) : (r.position ?? 2));
  rows.sort(
    (a, b) =>
      Number(a.rank === null) - Number(b.rank === null) ||
      key(a) - key(b) ||
      a.country.localeCompare(b.country),
  );
  let n = 0;
  for (const r of rows) if (r.rank !== null) r.rank = ++n;
  return rows;
}

/** A rank row flat, one column per dimension (CSV, the API, the map). */
export function flatRankRow(r: RankRow): Record<string, number | string | null> {
  return {
    rank: r.rank,
    country: r.country,
    name: r.name,
    year: r.year,
    position: r.position,
    balance: r.balance,
    spread: r.spread,
    stance: r.stance,
    coverage: r.coverage,
    pole: r.pole,
    ...r.dimensions,
    carried: r.carried.length ? r.carried.map((c) => `${c.id} from ${c.dataYear}`).join(', ') : null,
  };
}

/** The columns of `flatRankRow`, in order (registry-derived). */
export const rankColumns = (): string[] => [
  'rank',
  'country',
  'name',
  'year',
  'position',
  'balance',
  'spread',
  'stance',
  'coverage',
  'pole',
  ...dimensionIds,
  'carried',
];
