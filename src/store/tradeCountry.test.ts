// countryFlows and worldRows read a country's every year once and keep the last few countries: a
// year's rows must be exactly what the tables hold for that year, however the country was reached.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openStore, type Store } from './open.js';
import { countryFlows, worldRows } from './trade.js';

let store: Store;
before(async () => {
  store = await openStore();
});
after(() => store.close());

async function one(sql: string, values: (string | number)[]): Promise<Record<string, unknown>[]> {
  return (await store.connection.runAndReadAll(sql, values)).getRowObjectsJS() as Record<string, unknown>[];
}

test("a year's partners are the tables' rows for that year (checked by separate SQL)", async () => {
  const rows = await countryFlows(store, 'KEN', 2019, 2019);
  assert.ok(rows.every((r) => r.year === 2019));
  const [{ n }] = await one(
    `SELECT count(DISTINCT CASE WHEN reporter = $1 THEN partner ELSE reporter END)::INTEGER AS n
     FROM trade_flows WHERE (reporter = $1 OR partner = $1) AND year = 2019`,
    ['KEN'],
  );
  assert.equal(rows.filter((r) => r.isState).length, n);
  // Kenya's exports to China and China's exports to Kenya (Kenya's mirror imports), 2019.
  const [x] = await one(
    "SELECT exports, source_line::INTEGER AS line FROM trade_flows WHERE reporter = 'KEN' AND partner = 'CHN' AND year = 2019",
    [],
  );
  const [m] = await one(
    "SELECT exports, source_line::INTEGER AS line FROM trade_flows WHERE reporter = 'CHN' AND partner = 'KEN' AND year = 2019",
    [],
  );
  const chn = rows.find((r) => r.partner === 'CHN');
  assert.deepEqual(chn && [chn.exports, chn.exportsLine, chn.imports, chn.importsLine], [
    Number(x.exports),
    x.line,
    Number(m.exports),
    m.line,
  ]);
  const world = await worldRows(store, 'KEN', 2018, 2019);
  assert.deepEqual([...world.keys()], [2018, 2019]);
});

test('a range is cut from the same rows, and a country asked again after others gives the same', async () => {
  const range = await countryFlows(store, 'KEN', 2010, 2012);
  assert.deepEqual(
    [...new Set(range.map((r) => r.year))],
    [2010, 2011, 2012],
    'only the years asked, in order',
  );
  const before = JSON.stringify(await countryFlows(store, 'KEN', 1960, 2020));
  // More countries than are kept: Kenya is read again.
  for (const id of ['NGA', 'BRA', 'IND', 'DEU', 'FRA', 'JPN']) await countryFlows(store, id, 2019, 2019);
  assert.equal(JSON.stringify(await countryFlows(store, 'KEN', 1960, 2020)), before);
  assert.deepEqual(
    await countryFlows(store, 'KEN', 2010, 2012),
    (await countryFlows(store, 'KEN', 1960, 2020)).filter((r) => r.year >= 2010 && r.year <= 2012),
  );
});
