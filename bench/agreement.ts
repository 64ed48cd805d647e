import { allDyadYears } from '../src/measures/dyadYears.js';
import { openStore } from '../src/store/open.js';
import { loadVoteMatrix } from '../src/store/votes.js';

/**
 * All dyad-years of the whole record (1946-2026: Voeten, UNDL, DGACM), all measures: the bitset kernel against the same computation
 * as a DuckDB SQL self-join on the votes table, in the same process.
 */
export async function run(): Promise<void> {
  const store = await openStore({ materialize: true });
  try {
    let t = performance.now();
    const matrix = await loadVoteMatrix(store);
    const loadMs = performance.now() - t;
    allDyadYears(matrix); // warm-up (JIT)
    const times: number[] = [];
    let n = 0;
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      n = allDyadYears(matrix).length;
      times.push(performance.now() - t);
    }
    const kernel = Math.min(...times);
    const sql = `
      WITH v AS (SELECT v.rcid, r.year, v.country, v.vote - 1 AS k FROM votes v JOIN rollcalls r USING (rcid) WHERE v.vote <= 3),
      t AS (
        SELECT a.year, a.country AS a, b.country AS b, count(*) AS n,
          sum(abs(a.k - b.k)) AS d,
          sum(CASE WHEN a.k = b.k THEN 1 ELSE 0 END) AS same,
          sum(CASE WHEN a.k = b.k AND a.k <> 1 THEN 1 ELSE 0 END) AS yn_same,
          sum(CASE WHEN abs(a.k - b.k) = 2 THEN 1 ELSE 0 END) AS yn_opp,
          sum(CASE WHEN a.k = 0 THEN 1 ELSE 0 END) AS a0, sum(CASE WHEN a.k = 1 THEN 1 ELSE 0 END) AS a1, sum(CASE WHEN a.k = 2 THEN 1 ELSE 0 END) AS a2,
          sum(CASE WHEN b.k = 0 THEN 1 ELSE 0 END) AS b0, sum(CASE WHEN b.k = 1 THEN 1 ELSE 0 END) AS b1, sum(CASE WHEN b.k = 2 THEN 1 ELSE 0 END) AS b2
        FROM v a JOIN v b ON a.rcid = b.rcid AND a.country < b.country
        GROUP BY ALL)
      SELECT count(*) AS dyads, sum(1 - d / n / 2) AS agreement, sum(1 - d / n) AS s,
        sum(1 - (d / n) / nullif((a0 * b1 + a1 * b0 + a1 * b2 + a2 * b1 + 2 * (a0 * b2 + a2 * b0)) / (n * n), 0)) AS kappa,
        sum(1 - (d / n) / nullif(((a0 + b0) * (a1 + b1) * 2 + (a1 + b1) * (a2 + b2) * 2 + 4 * (a0 + b0) * (a2 + b2)) / (4.0 * n * n), 0)) AS pi,
        sum(yn_same / nullif(yn_same + yn_opp, 0)) AS coincidence
      FROM t`;
    t = performance.now();
    const r = await store.connection.runAndReadAll(sql);
    const sqlMs = performance.now() - t;
    const dyads = Number(r.getRowObjectsJS()[0].dyads);
    console.log(
      `vote matrix: ${matrix.rollcalls.length} roll calls x ${matrix.countries.length} states, loaded in ${loadMs.toFixed(0)} ms`,
    );
    console.log(`bitset kernel: ${n} dyad-years, all measures, best of 5: ${kernel.toFixed(0)} ms`);
    console.log(`DuckDB self-join: ${dyads} dyad-years, same measures: ${sqlMs.toFixed(0)} ms`);
    console.log(`ratio: ${(sqlMs / kernel).toFixed(1)}x faster than SQL`);
  } finally {
    store.close();
  }
}
