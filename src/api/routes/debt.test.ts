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

test('GET /debt/IDN?year=2022&measure=service: China US$291.4m, US US$61.6m, with file and lines', async () => {
  const res = await app.inject('/api/v1/debt/IDN?year=2022&measure=service&poles=USA,CHN&multilaterals=none');
  assert.equal(res.statusCode, 200, res.body);
  const e = res.json();
  assert.equal((e.poles.secondService / 1e6).toFixed(1), '291.4');
  assert.equal((e.poles.firstService / 1e6).toFixed(1), '61.6');
  assert.equal(e.poles.multilaterals, 'none');
  assert.ok(e.poles.unattributed.some((u: { institution: string }) => u.institution === 'IBRD'));
  const china = e.creditors.find((c: { country: string; category: string }) => c.country === 'CHN');
  assert.match(china.sourceFile, /all_debtors/);
  assert.ok(china.sourceLines.length > 0);
});

test('GET /debt/IDN without measure answers with service; shareholders by default', async () => {
  const res = await app.inject('/api/v1/debt/IDN?poles=USA,CHN');
  assert.equal(res.statusCode, 200, res.body);
  const e = res.json();
  assert.equal(e.measure, 'service');
  assert.equal(e.year, 2022);
  assert.equal(e.poles.multilaterals, 'shareholders');
  assert.ok(
    e.poles.attributed.some(
      (a: { institution: string; asOf: string }) => a.institution === 'IBRD' && a.asOf === '2023-02-06',
    ),
  );
});

test('GET /debt/IDN?measure=stock: a problem saying stocks are for African debtors only', async () => {
  const res = await app.inject('/api/v1/debt/IDN?measure=stock');
  assert.equal(res.statusCode, 404);
  const p = res.json();
  assert.equal(p.parameter, 'measure');
  assert.match(p.detail, /no debt stocks by creditor for IDN/);
});
