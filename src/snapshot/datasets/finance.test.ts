import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { InputError } from '../../errors.js';
import { openStore } from '../../store/open.js';
import { buildSnapshot } from '../build.js';

// The finance datasets (debt, loans) built from committed excerpts of the publisher files.
const fixtures = new URL('./fixtures/raw/', import.meta.url).pathname;
const only = ['countries', 'debt', 'loans'];
let work: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-finance-'));
  await buildSnapshot({ rawDir: fixtures, dataDir: join(work, 'data'), only });
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

async function files(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile())
      out.set(join(e.parentPath, e.name), (await readFile(join(e.parentPath, e.name))).toString('base64'));
  }
  return out;
}

test('the finance tables keep the source file and line of every value', async () => {
  const store = await openStore({ dir: join(work, 'data') });
  try {
    const r = await store.connection.runAndReadAll(
      `SELECT value_usd, source_file, source_line FROM debt_creditors
       WHERE measure = 'stock' AND debtor = 'KEN' AND year = 2024 AND category = 'bilateral' AND creditor_country = 'CHN'`,
    );
    const [row] = r.getRowObjectsJS();
    assert.equal((Number(row.value_usd) / 1e9).toFixed(2), '5.37');
    assert.equal(row.source_file, 'finance/wb_ids_africa_ppg_debt_stocks_by_creditor_2000_2024.csv');
    assert.ok(Number(row.source_line) > 1);
    const loans = await store.connection.runAndReadAll(
      "SELECT source, count(*)::INTEGER AS n FROM loans WHERE borrower_country = 'KEN' GROUP BY source ORDER BY source",
    );
    assert.deepEqual(
      loans.getRowObjectsJS().map((x) => [x.source, x.n]),
      [
        ['bu', 26],
        ['cla', 43],
        ['kenya-register', 40],
      ],
    );
    const fx = await store.connection.runAndReadAll(
      "SELECT units_per_usd FROM fx_rates WHERE currency = 'EUR' AND year = 2010",
    );
    assert.equal(Number(fx.getRowObjectsJS()[0].units_per_usd), 0.7541);
  } finally {
    store.close();
  }
});

const bad: { name: string; file: string; from: string | RegExp; to: string; field: string }[] = [
  {
    name: 'unparseable CLA amount',
    file: 'finance/cla_chinese_loans_to_africa_2000_2020.csv',
    from: '$1.6B',
    to: '$1.6 billion',
    field: '$ Allocation',
  },
  {
    name: 'unknown register currency',
    file: 'finance/kenya_external_debt_register_fy2022_23_raw.csv',
    from: /,CNY,/,
    to: ',RMB,',
    field: 'curr',
  },
  {
    name: 'unknown IDS category',
    file: 'finance/wb_ids_africa_ppg_debt_service_by_creditor_2000_2030.csv',
    from: ',bonds,',
    to: ',eurobonds,',
    field: 'category',
  },
  {
    name: 'unparseable BU amount',
    file: 'finance/bu_chinese_overseas_finance_projects_kaggle.csv',
    from: '$600M',
    to: '600',
    field: 'AMOUNT',
  },
];

for (const b of bad) {
  test(`a bad row (${b.name}) stores nothing of its file: the build fails with file, line and field`, async () => {
    const dataDir = join(work, 'data');
    const before = await files(dataDir);
    const raw = await mkdtemp(join(work, 'raw-'));
    await cp(fixtures, raw, { recursive: true });
    const text = await readFile(join(raw, b.file), 'utf8');
    const edited = text.replace(b.from, b.to);
    assert.notEqual(edited, text);
    const line = text.split('\n').findIndex((l, i) => l !== edited.split('\n')[i]) + 1;
    await writeFile(join(raw, b.file), edited);
    await assert.rejects(buildSnapshot({ rawDir: raw, dataDir, only: ['debt', 'loans'] }), (e: unknown) => {
      assert.ok(e instanceof InputError, String(e));
      assert.equal(e.location.file, b.file);
      assert.equal(e.location.line, line, e.describe());
      assert.equal(e.location.field, b.field, e.describe());
      return true;
    });
    assert.deepEqual(await files(dataDir), before, 'snapshot unchanged');
  });
}
