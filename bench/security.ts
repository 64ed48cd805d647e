import { parsePoles } from '../src/poles/pole.js';
import { armsBySupplier } from '../src/queries/arms.js';
import { securitySeries } from '../src/queries/security.js';
import { openStore } from '../src/store/open.js';

async function timeIt(n: number, f: () => unknown | Promise<unknown>): Promise<number> {
  await f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return Math.min(...times);
}

/**
 * 1. The security dimension for every country-year (USA, CHN): loads, the 5-year arms window, ATOP ties,
 *    US presence and the relative engagement, from a cold cache; against the arms tilt alone as one DuckDB
 *    SQL query over the same table (the floor for the arms part), checked equal.
 * 2. `bearing arms KEN --from 1995 --to 2024` (armsBySupplier) per query.
 */
export async function run(): Promise<void> {
  const store = await openStore({ materialize: true });
  try {
    const poles = parsePoles('USA,CHN', store.concordance);
    let readings = 0;
    const ours = await timeIt(3, async () => {
      for (const k of [...store.cache.keys()]) if (k.startsWith('security:')) store.cache.delete(k);
      const s = await securitySeries(store, poles);
      readings = [...s.values()].reduce((a, m) => a + m.size, 0);
    });
    const sql = `
      WITH y AS (SELECT range::INTEGER AS year FROM range(1950, 2025)),
      w AS (
        SELECT a.recipient, y.year, sum(a.tiv) AS total,
          sum(CASE WHEN a.supplier = 'USA' THEN a.tiv ELSE 0 END) AS us,
          sum(CASE WHEN a.supplier = 'CHN' THEN a.tiv ELSE 0 END) AS cn
        FROM arms_transfers a JOIN y ON a.year BETWEEN y.year - 4 AND y.year
        WHERE a.recipient_kind = 'state' GROUP BY 1, 2)
      SELECT recipient, year, CASE WHEN us + cn > 0 THEN (cn - us) / (cn + us) END AS tilt FROM w`;
    let rows: Record<string, unknown>[] = [];
    const floor = await timeIt(3, async () => {
      rows = (await store.connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
    });
    const s = await securitySeries(store, poles);
    let checked = 0;
    for (const r of rows) {
      const mine = s.get(Number(r.year))?.get(String(r.recipient));
      if (!mine) continue;
      const a = mine.figures.armsTilt;
      const b = r.tilt === null ? null : Number(r.tilt);
      if ((a === null) !== (b === null) || (a !== null && b !== null && Math.abs(a - b) > 1e-9))
        throw new Error(`arms tilt differs for ${r.recipient} ${r.year}: ${a} vs ${b}`);
      checked++;
    }
    console.log(
      `security dimension, every country-year (${readings} readings, USA,CHN): ${ours.toFixed(0)} ms; arms tilt alone as DuckDB SQL: ${floor.toFixed(0)} ms (${checked} arms tilts checked equal)`,
    );
    const one = await timeIt(20, () => armsBySupplier(store, 'KEN', 1995, 2024));
    console.log(`armsBySupplier(KEN, 1995-2024): ${one.toFixed(1)} ms per query`);
  } finally {
    store.close();
  }
}
