import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { testServer } from '../testing/server.js';

let app: FastifyInstance;
let close: () => Promise<void>;
before(async () => {
  ({ app, close } = await testServer({}));
});
after(async () => {
  await close();
});

test('GET /api/v1/investment/KEN: US 163 and China 1,912 (US$ millions, 2024), schema-valid, with lines', async () => {
  const res = await app.inject('/api/v1/investment/KEN');
  assert.equal(res.statusCode, 200, res.body);
  const p = res.json();
  const by = Object.fromEntries(p.investors.map((i: { investor: string }) => [i.investor, i]));
  assert.equal(by.USA.reportedUsdMn, 163);
  assert.equal(Math.round(by.CHN.reportedUsdMn), 1912);
  assert.ok(by.CHN.reportedLine > 1);
  assert.equal(p.tilt.basis, 'reported');
  const csv = await app.inject('/api/v1/investment/KEN?format=csv');
  assert.equal(csv.statusCode, 200);
  assert.match(csv.body.split('\n')[0], /year,investor,reportedUsdMn,derivedUsdMn/);
});

test('GET /api/v1/aid/KEN: both donors with the comparability notes; bad input is a located 400', async () => {
  const res = await app.inject('/api/v1/aid/KEN?from=2019&to=2024');
  assert.equal(res.statusCode, 200, res.body);
  const p = res.json();
  assert.equal(p.rows.length, 6);
  assert.equal(p.rows.find((r: { year: number }) => r.year === 2024).usObligationsUsd, 153170205);
  assert.ok(p.comparability.length >= 4);
  const bad = await app.inject('/api/v1/investment/KEN?year=2030');
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /year/);
  const unknown = await app.inject('/api/v1/aid/WAKANDA');
  assert.equal(unknown.statusCode, 404);
});
