import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openStore } from '../../store/open.js';
import { buildSnapshot } from '../build.js';

// The all-debtors debt service and the voting-power tables, built from committed excerpts.
const fixtures = new URL('./fixtures/raw/', import.meta.url).pathname;
let work: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-debtservice-'));
  await buildSnapshot({
    rawDir: fixtures,
    dataDir: join(work, 'data'),
    only: ['countries', 'debtservice', 'votingpower'],
  });
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

test('debt service rows keep file and line; concessional rows stay apart; projections flagged', async () => {
  const store = await openStore({ dir: join(work, 'data') });
  try {
    const r = await store.connection.runAndReadAll(
      `SELECT sum(value_usd) FILTER (WHERE NOT concessional) AS v, sum(value_usd) FILTER (WHERE concessional) AS c,
              min(source_line)::INTEGER AS line, any_value(source_file) AS f
       FROM debt_service WHERE debtor = 'IDN' AND year = 2022 AND creditor_country = 'CHN'`,
    );
    const [row] = r.getRowObjectsJS();
    assert.equal((Number(row.v) / 1e6).toFixed(1), '291.4');
    assert.equal((Number(row.c) / 1e6).toFixed(1), '19.1');
    assert.equal(row.f, 'finance/wb_ids_ppg_debt_service_by_creditor_all_debtors_2000_2025.csv.gz');
    assert.ok(Number(row.line) > 1);
    const p = await store.connection.runAndReadAll(
      'SELECT DISTINCT year::INTEGER AS y, projected FROM debt_service WHERE debtor = $1 ORDER BY 1',
      ['KEN'],
    );
    assert.deepEqual(
      p.getRowObjectsJS().map((x) => [x.y, x.projected]),
      [
        [2019, false],
        [2024, true],
      ],
    );
    const v = await store.connection.runAndReadAll(
      `SELECT institution, as_of, share, source_line::INTEGER AS line FROM voting_power WHERE member = 'USA' ORDER BY 1`,
    );
    assert.deepEqual(
      v.getRowObjectsJS().map((x) => [x.institution, x.as_of, Number(x.share).toFixed(4)]),
      [
        ['IBRD', '2023-02-06', '0.1547'],
        ['IDA', '2022-12-31', '0.0962'],
        ['IMF', '2016', '0.1651'],
      ],
    );
  } finally {
    store.close();
  }
});
