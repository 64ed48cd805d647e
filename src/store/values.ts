import { InputError } from '../errors.js';
import type { Estimate, FreedomStatus } from '../values/valuesRecord.js';
import { cachedPerStore } from './load.js';
import type { Store } from './open.js';
import { rebuildHint } from './readManifest.js';

/** One state-year of the values dataset: V-Dem and Freedom House side by side (either may be missing). */
export interface ValuesRow {
  country: string;
  year: number;
  polyarchy: Estimate | null;
  libdem: Estimate | null;
  freedomStatus: FreedomStatus | null;
  politicalRights: number | null;
  civilLiberties: number | null;
  /** Lines of the publishers' files the row came from (null where that source has no row). */
  vdemLine: number | null;
  freedomHouseLine: number | null;
}

export const valuesFiles = {
  vdem: 'values/vdem_simple_1789_2024.csv.gz',
  freedomHouse: 'values/freedom_house_fiw_1972_2024.csv',
} as const;

const estimate = (value: unknown, low: unknown, high: unknown): Estimate | null =>
  value === null ? null : { value: Number(value), low: Number(low), high: Number(high) };

/**
 * Every state-year with V-Dem or Freedom House figures, ordered by country and year; read once per store
 * (about 14,000 rows). Entities with no state id are not returned.
 */
export async function loadValues(store: Store): Promise<readonly ValuesRow[]> {
  const key = 'values:rows';
  return cachedPerStore(store, key, async () => {
    for (const t of ['vdem', 'freedom_house']) {
      if (!store.has(t)) {
        throw new InputError(`the snapshot has no ${t} table`, {
          location: { field: t },
          hint: rebuildHint,
          kind: 'unavailable',
        });
      }
    }
    const rows = (
      await store.connection.runAndReadAll(
        `SELECT coalesce(v.country, f.country) AS country, coalesce(v.year, f.year)::INTEGER AS year,
           v.polyarchy, v.polyarchy_low, v.polyarchy_high, v.libdem, v.libdem_low, v.libdem_high,
           f.status, f.political_rights::INTEGER AS pr, f.civil_liberties::INTEGER AS cl,
           v.source_line AS vdem_line, f.source_line AS fh_line
         FROM (SELECT * FROM vdem WHERE country IS NOT NULL) v
         FULL OUTER JOIN (SELECT * FROM freedom_house WHERE country IS NOT NULL) f
           ON v.country = f.country AND v.year = f.year
         ORDER BY 1, 2`,
      )
    ).getRowObjectsJS();
    const out: ValuesRow[] = rows.map((r) => ({
      country: String(r.country),
      year: Number(r.year),
      polyarchy: estimate(r.polyarchy, r.polyarchy_low, r.polyarchy_high),
      libdem: estimate(r.libdem, r.libdem_low, r.libdem_high),
      freedomStatus: (r.status as FreedomStatus | null) ?? null,
      politicalRights: r.pr === null ? null : Number(r.pr),
      civilLiberties: r.cl === null ? null : Number(r.cl),
      vdemLine: r.vdem_line === null ? null : Number(r.vdem_line),
      freedomHouseLine: r.fh_line === null ? null : Number(r.fh_line),
    }));
    return out;
  });
}
