import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { quoteIdentifier, quoteLiteral, Where } from './sql.js';

test('quoteIdentifier and quoteLiteral double embedded quotes', () => {
  assert.equal(quoteIdentifier('votes'), '"votes"');
  assert.equal(quoteIdentifier('a"b'), '"a""b"');
  assert.equal(quoteLiteral("it's"), "'it''s'");
  assert.throws(() => quoteIdentifier(''));
});

test('Where binds values as numbered parameters, in order, and is empty without conditions', () => {
  assert.equal(new Where().sql, '');
  const w = new Where()
    .add((y) => `year >= ${y}`, 2000)
    .in('country', ['KEN', 'TZA'])
    .raw('important');
  assert.equal(w.sql, 'WHERE year >= $1 AND country IN ($2, $3) AND important');
  assert.deepEqual(w.params, [2000, 'KEN', 'TZA']);
});

test('on a real DuckDB, a value with quotes and SQL in it is matched as text, never run', async () => {
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(`CREATE TABLE ${quoteIdentifier('t "x"')} (name VARCHAR, year INTEGER)`);
  await db.run(`INSERT INTO ${quoteIdentifier('t "x"')} VALUES ('O''Brien', 2001), ('Smith', 1999)`);
  const hostile = "x' OR '1'='1";
  for (const [value, expected] of [
    ["O'Brien", 1],
    [hostile, 0],
  ] as const) {
    const w = new Where().in('name', [value]).add((y) => `year > ${y}`, 2000);
    const r = await db.runAndReadAll(
      `SELECT count(*)::INTEGER AS n FROM ${quoteIdentifier('t "x"')} ${w.sql}`,
      w.params,
    );
    assert.equal(Number(r.getRowObjectsJS()[0].n), expected);
  }
  db.closeSync();
});
