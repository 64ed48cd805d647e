import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { testServer } from '../testing/server.js';

let app: FastifyInstance;
let close: () => Promise<void>;
before(async () => {
  ({ app, close } = await testServer({}));
});
after(() => close());

test('GET /arms/KEN 1995-2024: the CLI figures, largest supplier first, CSV rows supplier,tiv,share', async () => {
  const res = await app.inject('/api/v1/arms/KEN?from=1995&to=2024');
  assert.equal(res.statusCode, 200);
  const j = res.json();
  assert.deepEqual(
    j.suppliers.slice(0, 5).map((x: { supplier: string; tiv: number }) => [x.supplier, Math.round(x.tiv)]),
    [
      ['JOR', 113],
      ['CHN', 84],
      ['ESP', 76],
      ['ITA', 71],
      ['USA', 51],
    ],
  );
  const csv = await app.inject('/api/v1/arms/KEN?from=1995&to=2024&format=csv');
  assert.match(csv.body.split('\n')[1], /^JOR,Jordan,state,112\.95,0\.21/);
});

test('GET /security/KEN: MNNA in 2024, not in 2023; the series carries ATOP 2018 forward, flagged', async () => {
  const y24 = (await app.inject('/api/v1/security/KEN?year=2024')).json();
  const y23 = (await app.inject('/api/v1/security/KEN?year=2023')).json();
  assert.deepEqual([y24.status.mnna, y23.status.mnna], [true, false]);
  const series = (await app.inject('/api/v1/security/KEN/series?from=2017&to=2020')).json();
  assert.deepEqual(
    series.map((r: { year: number; allianceCarriedForward: boolean }) => [r.year, r.allianceCarriedForward]),
    [
      [2017, false],
      [2018, false],
      [2019, true],
      [2020, true],
    ],
  );
});

test('GET /arms/EGY with poles: each supplier-year marked with the pole it belonged to that year', async () => {
  const j = (await app.inject('/api/v1/arms/EGY?from=1965&to=1980&poles=USA,SUN')).json();
  const usa = j.years.find((r: { supplier: string }) => r.supplier === 'USA');
  assert.equal(usa.pole, 'first');
  const sun = j.years.find((r: { supplier: string }) => r.supplier === 'SUN');
  assert.equal(sun?.pole, 'second');
  assert.equal(j.suppliers.find((r: { supplier: string }) => r.supplier === 'CHN')?.pole, null);
});
