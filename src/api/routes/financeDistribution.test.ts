import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { testServer } from '../testing/server.js';

let app: FastifyInstance;
let close: () => Promise<void>;
before(async () => {
  ({ app, close } = await testServer({ warm: false }));
});
after(async () => close());

// The figures of docs/methods/finance.md's table (scripts/finance-distribution.ts prints them).
test('GET /finance-distribution?year=2019: 18 of 118 debtors saturated with shareholders (the default)', async () => {
  const res = await app.inject('/api/v1/finance-distribution?year=2019');
  assert.equal(res.statusCode, 200, res.body);
  const d = res.json();
  assert.equal(d.multilaterals, 'shareholders');
  assert.deepEqual(d.poles, ['USA', 'CHN']);
  assert.equal(d.debtorsRead, 121);
  assert.equal(d.withPosition, 118);
  assert.equal(d.saturated, 18);
  assert.equal((d.saturatedShare * 100).toFixed(1), '15.3');
  assert.deepEqual([d.firstSide, d.between, d.secondSide], [37, 10, 71]);
  assert.equal(d.median.toFixed(2), '0.56');
  assert.equal(d.projected, false);
  assert.equal(d.bins.length, 21);
  assert.equal(
    d.bins.reduce((s: number, b: { count: number }) => s + b.count, 0),
    118,
  );
  assert.equal(d.debtors.length, 121);
  const ken = d.debtors.find((x: { country: string }) => x.country === 'KEN');
  assert.equal(ken.position.toFixed(2), '0.84');
});

test('GET /finance-distribution?year=2024&multilaterals=none: projected, 70 of 101 saturated', async () => {
  const res = await app.inject('/api/v1/finance-distribution?year=2024&multilaterals=none&poles=USA,CHN');
  assert.equal(res.statusCode, 200, res.body);
  const d = res.json();
  assert.equal(d.multilaterals, 'none');
  assert.equal(d.projected, true);
  assert.deepEqual([d.debtorsRead, d.withPosition, d.saturated], [122, 101, 70]);
  assert.equal(d.bins[0].count + d.bins[20].count, 70);
});

test('GET /finance-distribution: a year outside the data is a problem naming year; year is required', async () => {
  const res = await app.inject('/api/v1/finance-distribution?year=1990');
  assert.equal(res.statusCode, 400);
  assert.match(res.json().detail, /year must be a year from 2000 to 2025/);
  assert.equal((await app.inject('/api/v1/finance-distribution')).statusCode, 400);
});

test('GET /finance-distribution?format=csv: the histogram; the route is in the OpenAPI document', async () => {
  const res = await app.inject('/api/v1/finance-distribution?year=2019&format=csv');
  assert.equal(res.statusCode, 200);
  const lines = res.body.trim().split('\n');
  assert.equal(lines[0], 'from,to,count,saturated');
  assert.equal(lines.length, 22);
  const doc = (await app.inject('/api/v1/openapi.json')).json();
  assert.ok(doc.paths['/api/v1/finance-distribution']?.get);
  assert.ok(doc.components.schemas.FinanceDistribution);
});
