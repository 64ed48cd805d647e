// Where a static export keeps an answer: the exporter's rule (src/app/exportSite.ts) worked by hand, and
// the dashboard's copy (web/src/api.ts) agreeing with it on every request, drawn at random.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { staticAnswer as serverRule } from '../../../src/app/exportSite.js';
import { staticAnswer as dashboardRule } from '../../src/api.js';

test('an answer without a year is a file of its own, named by its sorted query', () => {
  assert.deepEqual(serverRule('/meta'), { file: 'api/v1/meta/index.json' });
  assert.deepEqual(serverRule('/profile/KEN/', { poles: 'USA,CHN' }), {
    file: 'api/v1/profile/KEN/poles=USA,CHN.json',
  });
  assert.deepEqual(serverRule('/trade/KEN', { top: 12, series: true, poles: 'a b/c', x: undefined }), {
    file: 'api/v1/trade/KEN/poles=a_b_c&series=true&top=12.json',
  });
});

test("a country's year of /profile, /trade or /debt is an entry of its kind's years.json", () => {
  assert.deepEqual(serverRule('/profile/KEN', { year: 2019, poles: 'USA,CHN', include: 'none' }), {
    file: 'api/v1/profile/KEN/years.json',
    key: 'include=none&poles=USA,CHN&year=2019',
  });
  assert.deepEqual(serverRule('/trade/KEN', { top: 12, year: 2019 }), {
    file: 'api/v1/trade/KEN/years.json',
    key: 'top=12&year=2019',
  });
  assert.deepEqual(serverRule('/debt/CHN', { year: '2001', poles: 'USA,CHN' }), {
    file: 'api/v1/debt/CHN/years.json',
    key: 'poles=USA,CHN&year=2001',
  });
});

test("the map's years and other kinds keep a file per year (the map loads one year at a time)", () => {
  assert.deepEqual(serverRule('/rank', { year: 2019, poles: 'USA,CHN' }), {
    file: 'api/v1/rank/poles=USA,CHN&year=2019.json',
  });
  assert.deepEqual(serverRule('/similar/USA', { year: 2019, top: 300 }), {
    file: 'api/v1/similar/USA/top=300&year=2019.json',
  });
  // Only a country's own path: a sub-path, or a year left empty, is a file as before.
  assert.deepEqual(serverRule('/trade/KEN/partner/USA', { year: 2019 }), {
    file: 'api/v1/trade/KEN/partner/USA/year=2019.json',
  });
  assert.deepEqual(serverRule('/profile/KEN', { year: '', poles: 'USA,CHN' }), {
    file: 'api/v1/profile/KEN/poles=USA,CHN.json',
  });
});

test('the dashboard finds every answer where the exporter wrote it', () => {
  const code = fc.constantFrom('KEN', 'USA', 'CHN', 'ken', 'BR');
  const path = fc.oneof(
    fc
      .tuple(fc.constantFrom('profile', 'trade', 'debt', 'similar', 'agreement'), code)
      .map(([k, c]) => `/${k}/${c}`),
    fc.constantFrom('/meta', '/rank', '/profile/KEN/', '/trade/KEN/partner/USA', '/idealpoints'),
  );
  const value = fc.oneof(
    fc.constant(undefined),
    fc.constant(''),
    fc.integer({ min: 1900, max: 2100 }),
    fc.boolean(),
    fc.string({ maxLength: 8 }),
  );
  const query = fc.dictionary(fc.constantFrom('year', 'poles', 'top', 'include', 'series', 'with'), value);
  fc.assert(
    fc.property(path, query, (p, q) => {
      assert.deepEqual(dashboardRule(p, q), serverRule(p, q));
    }),
    { numRuns: 500 },
  );
});
