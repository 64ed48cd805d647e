import type { YearBasis } from '../params/yearBasis.js';
import type { Store } from './open.js';
import { yearColumn } from './votes.js';

/** Years the sponsor lists cover under a year basis; null without the table or rows. */
export async function sponsorshipYears(
  store: Pick<Store, 'connection' | 'has'>,
  basis: YearBasis = 'calendar',
): Promise<{ from: number; to: number } | null> {
  if (!store.has('sponsorships')) return null;
  const y = yearColumn(basis);
  const [row] = (
    await store.connection.runAndReadAll(`SELECT min(${y})::INTEGER, max(${y})::INTEGER FROM sponsorships`)
  ).getRows();
  return row[0] === null ? null : { from: Number(row[0]), to: Number(row[1]) };
}

/** Each year's adopted resolutions as their sponsor lists (ids sorted), years from..to inclusive. */
export async function loadSponsorLists(
  store: Pick<Store, 'connection'>,
  from: number,
  to: number,
  basis: YearBasis = 'calendar',
): Promise<Map<number, string[][]>> {
  const y = yearColumn(basis);
  const reader = await store.connection.runAndReadAll(
    `SELECT ${y}::INTEGER AS y, resolution, list(country ORDER BY country) AS sponsors
     FROM sponsorships WHERE ${y} BETWEEN $1 AND $2 GROUP BY ALL ORDER BY y, resolution`,
    [from, to],
  );
  const byYear = new Map<number, string[][]>();
  for (const [yr, , sponsors] of reader.getRowsJS()) {
    const k = Number(yr);
    byYear.set(k, [...(byYear.get(k) ?? []), (sponsors as string[]).map(String)]);
  }
  return byYear;
}
