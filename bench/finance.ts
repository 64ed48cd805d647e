import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePoles } from '../src/poles/pole.js';
import { creditorExposure, debtSeries } from '../src/queries/debt.js';
import { findLoans } from '../src/queries/loans.js';
import { parseBuProjects } from '../src/sources/bu/parseBuProjects.js';
import { parseCla } from '../src/sources/cla/parseCla.js';
import { parseCsv } from '../src/sources/csv/readCsv.js';
import { parseIds } from '../src/sources/ids/parseIds.js';
import { parseRegister } from '../src/sources/kenyaRegister/parseRegister.js';
import { allDebtValues, debtCoverage } from '../src/store/debt.js';
import { openStore, type Store } from '../src/store/open.js';

async function timeIt(n: number, f: () => unknown | Promise<unknown>): Promise<number[]> {
  await f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return times;
}

const range = (t: number[]) => `${Math.min(...t).toFixed(1)}-${Math.max(...t).toFixed(1)} ms`;

/**
 * 1. Parsing the finance files (IDS 93,592 values; register, CLA, BU) against a bare parseCsv of the
 *    same texts: the cost of validation, name resolution, repairs and conversion.
 * 2. debtSeries for every IDS debtor, every year, with poles USA,CHN (stock totals, HHI over named
 *    creditors, pole holdings, tilt), against the same figures from one DuckDB SQL query, checked equal.
 * 3. creditorExposure for one debtor-year and a loan search, per query.
 */
export async function run(): Promise<void> {
  const store = await openStore({ materialize: true });
  try {
    parsing(store);
    await series(store);
    const ken = store.concordance.resolve('KEN');
    const poles = parsePoles('USA,CHN', store.concordance);
    const exposure = await timeIt(20, () => creditorExposure(store, ken, { year: 2024, poles }));
    console.log(`creditorExposure(KEN, 2024, USA,CHN): ${range(exposure)} per query`);
    const loans = await timeIt(20, () => findLoans(store, { country: 'KEN', search: 'SGR' }));
    console.log(`findLoans(KEN, search SGR): ${range(loans)} per query`);
  } finally {
    store.close();
  }
}

function parsing(store: Store): void {
  const raw = resolve(process.env.BEARING_RAW_DIR ?? '../shared/data');
  if (!existsSync(join(raw, 'finance'))) {
    console.log(`parsing: skipped (no raw files at ${raw}; set BEARING_RAW_DIR)`);
    return;
  }
  const files = {
    stocks: 'finance/wb_ids_africa_ppg_debt_stocks_by_creditor_2000_2024.csv',
    service: 'finance/wb_ids_africa_ppg_debt_service_by_creditor_2000_2030.csv',
    register: 'finance/kenya_external_debt_register_fy2022_23_raw.csv',
    cla: 'finance/cla_chinese_loans_to_africa_2000_2020.csv',
    bu: 'finance/bu_chinese_overseas_finance_projects_kaggle.csv',
  };
  const text = Object.fromEntries(
    Object.entries(files).map(([k, f]) => [k, readFileSync(join(raw, f), 'utf8')]),
  ) as Record<keyof typeof files, string>;
  const c = store.concordance;
  const ids = sync(5, () => {
    parseIds(text.stocks, files.stocks, 'stock', c);
    parseIds(text.service, files.service, 'service', c);
  });
  const idsBare = sync(5, () => {
    parseCsv(text.stocks, files.stocks);
    parseCsv(text.service, files.service);
  });
  console.log(
    `parse IDS stocks + service (93,592 values): ${range(ids)}; bare parseCsv ${range(idsBare)}; ratio ${(Math.min(...ids) / Math.min(...idsBare)).toFixed(2)}x`,
  );
  const loans = sync(5, () => {
    parseRegister(text.register, files.register);
    parseCla(text.cla, files.cla, c);
    parseBuProjects(text.bu, files.bu, c);
  });
  const loansBare = sync(5, () => {
    parseCsv(text.register, files.register);
    parseCsv(text.cla, files.cla);
    parseCsv(text.bu, files.bu);
  });
  console.log(
    `parse register + CLA + BU (3,071 loans): ${range(loans)}; bare parseCsv ${range(loansBare)}; ratio ${(Math.min(...loans) / Math.min(...loansBare)).toFixed(2)}x`,
  );
}

function sync(n: number, f: () => void): number[] {
  f();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return times;
}

async function series(store: Store): Promise<void> {
  const poles = parsePoles('USA,CHN', store.concordance);
  const { debtors } = await debtCoverage(store);
  const countries = debtors.map((d) => store.concordance.get(d)!);
  let kenTs: Awaited<ReturnType<typeof debtSeries>> = [];
  const ts = await timeIt(3, async () => {
    store.cache.clear();
    await allDebtValues(store);
    for (const c of countries) {
      const rows = await debtSeries(store, c, { poles, multilaterals: 'none' });
      if (c.id === 'KEN') kenTs = rows;
    }
  });
  const sql = `
    WITH s AS (SELECT * FROM debt_creditors WHERE measure = 'stock' AND debtor IS NOT NULL),
    named AS (
      SELECT debtor, year, creditor_name, greatest(sum(value_usd), 0) AS v
      FROM s WHERE creditor_kind NOT IN ('total', 'multiple') GROUP BY ALL),
    conc AS (
      SELECT debtor, year, sum(v * v) / (sum(v) * sum(v)) AS hhi FROM named GROUP BY ALL HAVING sum(v) > 0)
    SELECT s.debtor, s.year,
      sum(value_usd) FILTER (WHERE creditor_kind = 'total') AS stock,
      coalesce(sum(value_usd) FILTER (WHERE creditor_country = 'USA'), 0) AS usa,
      coalesce(sum(value_usd) FILTER (WHERE creditor_country = 'CHN'), 0) AS chn,
      any_value(conc.hhi) AS hhi
    FROM s LEFT JOIN conc USING (debtor, year)
    GROUP BY ALL ORDER BY 1, 2`;
  let sqlRows: Record<string, unknown>[] = [];
  const tsql = await timeIt(3, async () => {
    sqlRows = (await store.connection.runAndReadAll(sql)).getRowObjectsJS();
  });
  const k = sqlRows.find((r) => r.debtor === 'KEN' && Number(r.year) === 2024)!;
  const t = kenTs.find((r) => r.year === 2024)!;
  const same =
    Math.abs(Number(k.stock) - t.stock!) < 1e-3 &&
    Math.abs(Number(k.hhi) - t.hhi!) < 1e-12 &&
    Math.abs(Number(k.chn) - t.secondStock!) < 1e-3 &&
    Math.abs(Number(k.usa) - t.firstStock!) < 1e-3;
  console.log(
    `debtSeries, all ${countries.length} debtors, all years, poles USA,CHN (load + measures): ${range(ts)}; one DuckDB SQL query (stock, HHI, USA and CHN holdings) ${range(tsql)}; ratio ${(Math.min(...ts) / Math.min(...tsql)).toFixed(2)}x; Kenya 2024 identical: ${same} (stock ${(t.stock! / 1e9).toFixed(2)}bn, HHI ${t.hhi!.toFixed(4)}, tilt ${t.tilt!.toFixed(4)})`,
  );
}
