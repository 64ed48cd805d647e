import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { testServer } from '../testing/server.js';

let app: FastifyInstance;
let close: () => Promise<void>;
before(async () => {
  ({ app, close } = await testServer());
});
after(() => close());

test('GET /leader-visits/last?pole=CHN&country=KEN: Li Keqiang 2014 after Hu Jintao 2006', async () => {
  const res = await app.inject('/api/v1/leader-visits/last?pole=CHN&country=KEN');
  assert.equal(res.statusCode, 200, res.body);
  const rows = res.json() as { stay: string; date: string; traveller: string; gapDays: number | null }[];
  assert.deepEqual(
    rows.map((r) => [r.stay, r.date, r.traveller]),
    [
      ['latest', '2014-05-09', 'Li Keqiang'],
      ['previous', '2006-04-28', 'Hu Jintao'],
    ],
  );
  assert.equal(rows[0].gapDays, 2933);
});

test('GET /leader-visits: received visitors, every level; CSV too', async () => {
  const res = await app.inject(
    '/api/v1/leader-visits?pole=CHN&direction=in&country=KEN&level=all&before=2006-01-01',
  );
  assert.equal(res.statusCode, 200, res.body);
  const rows = res.json() as { date: string; traveller: string; level: string }[];
  assert.deepEqual(
    rows.map((r) => [r.date, r.level]),
    [
      ['2003-09-09', 'foreign-minister'],
      ['2005-06-08', 'foreign-minister'],
      ['2005-08-17', 'head'],
    ],
  );
  const csv = await app.inject('/api/v1/leader-visits?pole=USA&country=KEN&format=csv');
  assert.match(csv.body.split('\n')[0], /^pole,direction,date/);
});

test('GET /leader-visits/counts?country=KEN: both poles, both directions; China only where its record runs', async () => {
  const res = await app.inject('/api/v1/leader-visits/counts?country=KEN&from=2000&to=2020');
  assert.equal(res.statusCode, 200, res.body);
  const rows = res.json() as { year: number; pole: string; direction: string; head: number; total: number }[];
  const china = rows.filter((r) => r.pole === 'CHN');
  assert.deepEqual(
    [Math.min(...china.map((r) => r.year)), Math.max(...china.map((r) => r.year))],
    [2003, 2018],
  );
  assert.ok(rows.some((r) => r.pole === 'USA' && r.year === 2019));
  assert.equal(china.find((r) => r.year === 2014 && r.direction === 'out')!.head, 1);
  assert.equal(rows.find((r) => r.pole === 'USA' && r.year === 2015 && r.direction === 'out')!.total, 2);
});

test('bad parameters are 400 problems naming them', async () => {
  for (const [url, field] of [
    ['/api/v1/leader-visits?pole=RUS', 'pole'],
    ['/api/v1/leader-visits?pole=CHN&level=minister', 'level'],
    ['/api/v1/leader-visits?pole=CHN&direction=up', 'direction'],
  ]) {
    const res = await app.inject(url);
    assert.equal(res.statusCode, 400, url);
    assert.match(res.body, new RegExp(field));
  }
});
