import { createHash } from 'node:crypto';
import type { Pole } from '../../poles/pole.js';
import { readStoredReadings } from '../../store/bearing.js';
import type { Store } from '../../store/open.js';
import type { DimensionFigures } from '../dimensions/provider.js';
import type { BearingWorld, CountryYear, WorldReading } from './types.js';

/**
 * The default poles' world shipped in the snapshot (dataset `bearing`, table `bearing_world`): the build
 * computes it (src/snapshot/datasets/bearing.ts) and the query reads it instead of computing, when it
 * was computed from exactly the tables the store holds.
 *
 * Bump the method version when the readings' code changes (providers, measures, assembly): the key
 * changes, so a snapshot built before is not used (and `npm run build-data -- --only bearing` makes a
 * new one). The test src/queries/bearing/precomputed.test.ts fails when the shipped rows differ from a
 * fresh computation, which is how a forgotten bump shows.
 */
export const bearingMethodVersion = 1;

/**
 * The datasets the providers read (every dataset but the ideal points and the bearing itself): the
 * tables whose checksums make the key, and the datasets whose rebuild rebuilds the bearing.
 */
export const bearingInputDatasets = [
  'countries',
  'unga',
  'trade',
  'visits',
  'diplomacy',
  'debt',
  'debtservice',
  'votingpower',
  'loans',
  'investment',
  'aid',
  'security',
  'values',
] as const;

export interface InputTable {
  dataset: string;
  name: string;
  sha256: string;
}

/** The tables of the input datasets among those given, in a fixed order. */
export function inputTables(tables: readonly InputTable[]): InputTable[] {
  const inputs: readonly string[] = bearingInputDatasets;
  return tables
    .filter((t) => inputs.includes(t.dataset))
    .sort((a, b) => a.dataset.localeCompare(b.dataset) || a.name.localeCompare(b.name));
}

/** The key of a world computed by this method version from these tables. */
export function inputKey(tables: readonly InputTable[]): string {
  const h = createHash('sha256').update(`bearing method ${bearingMethodVersion}\n`);
  for (const t of inputTables(tables)) h.update(`${t.dataset}/${t.name}:${t.sha256}\n`);
  return h.digest('hex').slice(0, 32);
}

/** The key the store's own tables give (from its manifest's checksums, verified at open). */
export function storeInputKey(store: Pick<Store, 'manifest'>): string {
  return inputKey(
    store.manifest.datasets.flatMap((d) =>
      d.tables.map((t) => ({ dataset: d.id, name: t.name, sha256: t.sha256 })),
    ),
  );
}

/**
 * A shipped reading. Its figures (about 12 a reading, 700,000 in all) are parsed from their JSON text
 * when first read: only a profile shows them, and parsing them all would add to every start.
 */
function reading(
  position: number | null,
  engagement: number | null,
  dataYear: number,
  source: string,
  figuresText: string,
): WorldReading {
  const r = { position, engagement, dataYear, source, figures: {} as DimensionFigures, carried: false };
  Object.defineProperty(r, 'figures', {
    enumerable: true,
    configurable: true,
    get(): DimensionFigures {
      const figures = JSON.parse(figuresText) as DimensionFigures;
      Object.defineProperty(r, 'figures', { value: figures, enumerable: true, writable: false });
      return figures;
    },
  });
  // Only worlds without carry-forward are shipped: nothing in them was carried.
  return r;
}

export const polesText = (poles: readonly [Pole, Pole]): string => `${poles[0].id},${poles[1].id}`;

/** The table rows of a world (carry-forward 0), in the world's own order. */
export function worldRows(world: BearingWorld, key: string, poles: string): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const [year, states] of world)
    for (const [country, cy] of states)
      for (const [dimension, r] of Object.entries(cy.readings))
        rows.push([
          key,
          poles,
          rows.length,
          year,
          country,
          dimension,
          r.position,
          r.engagement,
          r.dataYear,
          r.source,
          JSON.stringify(r.figures),
        ]);
  return rows;
}

/**
 * The shipped world for these poles, or null when the snapshot has none computed from the store's
 * tables by this method version (then the caller computes it).
 */
export async function readPrecomputedWorld(
  store: Pick<Store, 'connection' | 'has' | 'manifest'>,
  poles: readonly [Pole, Pole],
): Promise<BearingWorld | null> {
  const rows = await readStoredReadings(store, storeInputKey(store), polesText(poles));
  if (rows.length === 0) return null;
  const world: BearingWorld = new Map();
  let year = Number.NaN;
  let states: Map<string, CountryYear> | undefined;
  let cy: CountryYear | undefined;
  // Rows come in the order written (year, then state, then dimension, as the world was assembled).
  for (const r of rows) {
    if (r.year !== year || !states) {
      year = r.year;
      states = world.get(year);
      if (!states) {
        states = new Map();
        world.set(year, states);
      }
      cy = undefined;
    }
    if (!cy || cy.country !== r.country) {
      cy = states.get(r.country);
      if (!cy) {
        cy = { country: r.country, year, readings: {} };
        states.set(r.country, cy);
      }
    }
    cy.readings[r.dimension] = reading(r.position, r.engagement, r.dataYear, r.source, r.figures);
  }
  return world;
}
