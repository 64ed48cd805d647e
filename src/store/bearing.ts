import { bearingWorldTable } from './bearingTables.js';
import type { Store } from './open.js';
import { quoteIdentifier } from './sql.js';

/** One precomputed reading: a state's reading on one dimension in one year (figures as JSON text). */
export interface StoredReading {
  year: number;
  country: string;
  dimension: string;
  position: number | null;
  engagement: number | null;
  dataYear: number;
  source: string;
  figures: string;
}

/**
 * The precomputed readings stored under an input key for a pair of poles, in their order; empty when
 * the snapshot has none for them (absent dataset, other poles, or computed from other tables).
 */
export async function readStoredReadings(
  store: Pick<Store, 'connection' | 'has'>,
  key: string,
  poles: string,
): Promise<StoredReading[]> {
  if (!store.has(bearingWorldTable.name)) return [];
  const r = await store.connection.runAndReadAll(
    `SELECT year::INTEGER, country, dimension, position, engagement, data_year::INTEGER, source, figures
     FROM ${quoteIdentifier(bearingWorldTable.name)} WHERE input_key = $1 AND poles = $2 ORDER BY ordinal`,
    [key, poles],
  );
  const columns = r.getColumnsJS();
  // No rows: DuckDB gives no columns at all.
  if (columns.length === 0) return [];
  const [year, country, dimension, position, engagement, dataYear, source, figures] = columns;
  const rows: StoredReading[] = new Array(year.length);
  for (let i = 0; i < year.length; i++) {
    rows[i] = {
      year: year[i] as number,
      country: country[i] as string,
      dimension: dimension[i] as string,
      position: position[i] as number | null,
      engagement: engagement[i] as number | null,
      dataYear: dataYear[i] as number,
      source: source[i] as string,
      figures: figures[i] as string,
    };
  }
  return rows;
}
