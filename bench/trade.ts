import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { tradeIndicators } from '../src/queries/trade/index.js';
import { dotsFile } from '../src/snapshot/datasets/trade.js';
import { parseCsv } from '../src/sources/csv/readCsv.js';
import { resolveDotsLabels } from '../src/sources/imfDots/names.js';
import { parseDots } from '../src/sources/imfDots/parseDots.js';
import { openStore } from '../src/store/open.js';
import { loadAllTradeFlows } from '../src/store/trade.js';

/** Wall and CPU milliseconds of an async step. */
async function timed<T>(f: () => Promise<T> | T): Promise<{ value: T; wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await f();
  const c = process.cpuUsage(c0);
  return { value, wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

const ms = (x: { wall: number; cpu: number }) => `${x.wall.toFixed(0)} ms wall, ${x.cpu.toFixed(0)} ms CPU`;

/**
 * Trade (issue 5): parsing the whole DOTS file (when the raw data are present) against the generic
 * CSV reader; then all reporters, all years, all measures (totals with their basis, HHI, effective
 * partners, USA and CHN shares, tilt) with the dense-matrix kernel against the same figures from
 * one DuckDB SQL query, in the same process, checked equal for Kenya 2020.
 */
export async function run(): Promise<void> {
  const rawDir = resolve(process.env.BEARING_RAW_DIR ?? '../shared/data');
  if (existsSync(join(rawDir, dotsFile))) {
    const text = gunzipSync(readFileSync(join(rawDir, dotsFile))).toString('utf8');
    const store = await openStore({ verify: false });
    try {
      parseDots(text, dotsFile); // warm-up
      const dots = await timed(() => parseDots(text, dotsFile));
      const names = await timed(() => resolveDotsLabels(dots.value, store.concordance));
      const csv = await timed(() => parseCsv(text, dotsFile));
      console.log(
        `parse ${dots.value.line.length.toLocaleString('en')} DOTS rows (${(text.length / 2 ** 20).toFixed(1)} MiB): ${ms(dots)}; ${names.value.length} labels resolved in ${names.wall.toFixed(1)} ms`,
      );
      console.log(
        `baseline, generic parseCsv of the same text (no validation): ${ms(csv)}; ratio ${(csv.cpu / dots.cpu).toFixed(1)}x (CPU)`,
      );
    } finally {
      store.close();
    }
  } else {
    console.log(`raw DOTS file not found under ${rawDir}: parse benchmark skipped`);
  }

  const store = await openStore({ materialize: true });
  try {
    const load = await timed(() => loadAllTradeFlows(store));
    console.log(
      `load all flows from the store: ${load.value.year.length.toLocaleString('en')} rows, ${load.value.ids.length} ids: ${ms(load)}`,
    );
    await tradeIndicators(store); // warm-up
    const runs: { wall: number; cpu: number; value: Awaited<ReturnType<typeof tradeIndicators>> }[] = [];
    for (let i = 0; i < 3; i++) runs.push(await timed(() => tradeIndicators(store, { poles: 'USA,CHN' })));
    const best = runs.reduce((a, b) => (b.cpu < a.cpu ? b : a));
    console.log(
      `kernel: ${best.value.rows.length.toLocaleString('en')} country-years, all measures, best of 3: ${ms(best)}`,
    );
    const sql = `
      WITH g AS (SELECT id FROM trade_names WHERE kind = 'group' AND group_kind <> 'aggregate'),
      f AS (SELECT reporter, partner, year, exports FROM trade_flows
            UNION ALL SELECT reporter, partner, year, exports FROM trade_group_flows
            WHERE reporter IN (SELECT id FROM g) OR partner IN (SELECT id FROM g)),
      d AS (SELECT coalesce(x.reporter, m.partner) AS c, coalesce(x.partner, m.reporter) AS p,
              coalesce(x.year, m.year) AS year, x.exports AS e, m.exports AS i
            FROM f x FULL OUTER JOIN f m ON x.reporter = m.partner AND x.partner = m.reporter AND x.year = m.year),
      v AS (SELECT *, coalesce(e, 0) + coalesce(i, 0) AS t, p NOT IN (SELECT id FROM g) AS state FROM d
            WHERE c IN (SELECT id FROM countries)),
      s AS (SELECT c, year, sum(e) AS se, sum(i) AS si,
              count(*) FILTER (WHERE state AND t > 0) AS partners,
              sum(t * t) FILTER (WHERE state AND t > 0) / (sum(t) FILTER (WHERE state AND t > 0)) ^ 2 AS hhi,
              coalesce(sum(t) FILTER (WHERE p = 'USA'), 0) AS fv, coalesce(sum(t) FILTER (WHERE p = 'CHN'), 0) AS sv
            FROM v GROUP BY c, year),
      w AS (SELECT CASE WHEN reporter = 'world' THEN partner ELSE reporter END AS c, year,
              max(exports) FILTER (WHERE partner = 'world') AS we, max(exports) FILTER (WHERE reporter = 'world') AS wi
            FROM trade_group_flows WHERE reporter = 'world' OR partner = 'world' GROUP BY ALL)
      SELECT s.c AS country, s.year::INTEGER AS year, coalesce(we, se, 0) + coalesce(wi, si, 0) AS total, partners::INTEGER AS partners, hhi,
        1 / hhi AS effective, fv / (coalesce(we, se, 0) + coalesce(wi, si, 0)) AS first_share,
        sv / (coalesce(we, se, 0) + coalesce(wi, si, 0)) AS second_share, (sv - fv) / nullif(sv + fv, 0) AS tilt
      FROM s LEFT JOIN w USING (c, year)`;
    const viaSql = await timed(async () => (await store.connection.runAndReadAll(sql)).getRowObjectsJS());
    console.log(
      `DuckDB SQL, same measures: ${viaSql.value.length.toLocaleString('en')} country-years: ${ms(viaSql)}`,
    );
    console.log(
      `ratio: kernel ${(viaSql.wall / best.wall).toFixed(1)}x faster than SQL (wall), ${(viaSql.cpu / best.cpu).toFixed(1)}x (CPU)`,
    );
    const k = best.value.rows.find((r) => r.country === 'KEN' && r.year === 2020);
    const q = viaSql.value.find((r) => r.country === 'KEN' && r.year === 2020);
    const agree =
      k &&
      q &&
      Math.abs(k.total - Number(q.total)) < 1e-6 &&
      Math.abs((k.hhi ?? 0) - Number(q.hhi)) < 1e-12 &&
      Math.abs((k.tilt ?? 0) - Number(q.tilt)) < 1e-12;
    console.log(
      `check KEN 2020: kernel total ${k?.total.toFixed(1)}, HHI ${k?.hhi?.toFixed(4)}, tilt ${k?.tilt?.toFixed(4)}; SQL ${Number(q?.total).toFixed(1)}, ${Number(q?.hhi).toFixed(4)}, ${Number(q?.tilt).toFixed(4)}: ${agree ? 'equal' : 'DIFFERENT'}`,
    );
  } finally {
    store.close();
  }
}
