import { idealPointsTable } from './idealPointsTables.js';
import type { Store } from './open.js';
import { quoteIdentifier } from './sql.js';

/** A stored estimate: a state-year's ideal point with its 90% interval and the votes behind it. */
export interface StoredIdealPoint {
  year: number;
  country: string;
  idealPoint: number;
  low: number;
  high: number;
  votes: number;
}

/** The precomputed estimate stored under a request key (empty when the snapshot has none for it). */
export async function readIdealPoints(
  store: Pick<Store, 'connection'>,
  key: string,
): Promise<StoredIdealPoint[]> {
  const r = await store.connection.runAndReadAll(
    `SELECT year::INTEGER, country, ideal_point, low, high, votes::INTEGER FROM ${quoteIdentifier(idealPointsTable.name)} WHERE request_key = $1 ORDER BY country, year`,
    [key],
  );
  return r.getRows().map(([year, country, idealPoint, low, high, votes]) => ({
    year: Number(year),
    country: String(country),
    idealPoint: Number(idealPoint),
    low: Number(low),
    high: Number(high),
    votes: Number(votes),
  }));
}

/**
 * Every roll call's description by id (the recurring-resolution groups are read from them), in rcid
 * order: the groups are numbered in the map's order, and an unordered scan (parallel on a large
 * table) numbered them differently from one run to the next, so the estimate's sums ran in another
 * order and idealpoints.parquet changed on every rebuild.
 */
export async function rollCallDescriptions(store: Pick<Store, 'connection'>): Promise<Map<number, string>> {
  const r = await store.connection.runAndReadAll('SELECT rcid, description FROM rollcalls ORDER BY rcid');
  const description = new Map<number, string>();
  for (const [rcid, d] of r.getRows()) description.set(Number(rcid), String(d ?? ''));
  return description;
}

/** A cheap fingerprint of the vote and roll-call tables (one scan in DuckDB, tens of milliseconds). */
export async function votesFingerprint(store: Pick<Store, 'connection'>): Promise<string> {
  const r = await store.connection.runAndReadAll(
    `SELECT (SELECT count(*) || ':' || bit_xor(hash(rcid, country, vote)) FROM votes) || '/' ||
            (SELECT count(*) || ':' || bit_xor(hash(rcid, year, session_year, important, amendment, paragraph, me, nu, di, hr, co, ec, description)) FROM rollcalls)`,
  );
  return String(r.getRows()[0][0]);
}
