import { parsePoles } from '../src/poles/pole.js';
import { financeSeries } from '../src/queries/dimensions/finance.js';
import { openStore } from '../src/store/open.js';

const range = (t: number[]) => `${Math.min(...t).toFixed(0)}-${Math.max(...t).toFixed(0)} ms`;

/**
 * The finance dimension's readings for every IDS debtor and year (122 debtors, 2000-2025), cold (the
 * store's cache cleared: the debt_service and voting_power tables read, summed, attributed, placed),
 * under both multilaterals settings, against one DuckDB SQL query computing the same pole amounts
 * and tilt for `shareholders`, in the same process; Kenya 2019 checked equal.
 */
export async function run(): Promise<void> {
  const store = await openStore({ materialize: true });
  try {
    const poles = parsePoles('USA,CHN', store.concordance);
    const times = async (n: number, f: () => Promise<unknown>) => {
      await f();
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        await f();
        out.push(performance.now() - t);
      }
      return out;
    };
    let readings = 0;
    const cold = await times(5, async () => {
      store.cache.clear();
      const s = await financeSeries(store, poles, 'shareholders');
      readings = [...s.values()].reduce((a, m) => a + m.size, 0);
    });
    const none = await times(5, async () => {
      store.cache.delete('finance:series:USA:CHN:none');
      await financeSeries(store, poles, 'none');
    });
    const sql = `
      WITH vp AS (
        SELECT institution, sum(share) FILTER (WHERE member = 'USA') AS us, sum(share) FILTER (WHERE member = 'CHN') AS cn
        FROM voting_power GROUP BY 1),
      t AS (
        SELECT debtor, year,
          sum(value_usd) FILTER (WHERE creditor_kind = 'total') AS total,
          coalesce(sum(value_usd) FILTER (WHERE creditor_country = 'USA'), 0)
            + coalesce(sum(value_usd * vp.us) FILTER (WHERE creditor_kind = 'institution'), 0) AS f,
          coalesce(sum(value_usd) FILTER (WHERE creditor_country = 'CHN'), 0)
            + coalesce(sum(value_usd * vp.cn) FILTER (WHERE creditor_kind = 'institution'), 0) AS s
        FROM debt_service d LEFT JOIN vp ON vp.institution = d.creditor_institution
        WHERE debtor IS NOT NULL AND NOT concessional GROUP BY ALL)
      SELECT debtor, year, total, f, s,
        CASE WHEN greatest(f, 0) + greatest(s, 0) > 0
          THEN (greatest(s, 0) - greatest(f, 0)) / (greatest(f, 0) + greatest(s, 0)) END AS tilt
      FROM t WHERE total > 0 ORDER BY 1, 2`;
    let rows: Record<string, unknown>[] = [];
    const tsql = await times(5, async () => {
      rows = (await store.connection.runAndReadAll(sql)).getRowObjectsJS();
    });
    const k = rows.find((r) => r.debtor === 'KEN' && Number(r.year) === 2019)!;
    const mine = (await financeSeries(store, poles, 'shareholders')).get(2019)!.get('KEN')!;
    const same =
      Math.abs(Number(k.tilt) - mine.position!) < 1e-9 &&
      Math.abs(Number(k.f) - mine.figures.firstServiceUsd) < 1e-3;
    console.log(
      `finance readings, all ${readings} debtor-years (shareholders, cold: load + sums + attribution + positions): ${range(cold)}; none (tables cached): ${range(none)}; one DuckDB SQL query for the same pole amounts and tilt: ${range(tsql)} (${rows.length} rows); ratio ${(Math.min(...cold) / Math.min(...tsql)).toFixed(2)}x; Kenya 2019 identical: ${same} (position ${mine.position!.toFixed(4)})`,
    );
  } finally {
    store.close();
  }
}
