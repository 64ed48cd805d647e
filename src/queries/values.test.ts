import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../errors.js';
import { parsePoles } from '../poles/pole.js';
import { openStore, type Store } from '../store/open.js';
import { valuesDimension } from './dimensions/values.js';
import { valuesReading, valuesSeries } from './values.js';

let store: Store;
before(async () => {
  store = await openStore({ verify: false });
});
after(() => store.close());

const close = (a: number | null, b: number, tol = 1e-9) =>
  assert.ok(a !== null && Math.abs(a - b) <= tol, `${a} is not ${b}`);

test('Kenya 2024 between the US and China: figures, distances, position, and their source lines', async () => {
  const r = await valuesReading(store, 'KEN', parsePoles('USA,CHN', store.concordance), 2024);
  assert.deepEqual(r.polyarchy, { value: 0.549, low: 0.49, high: 0.62 });
  assert.equal(r.freedomStatus, 'PF');
  assert.equal(r.poles[0].polyarchy?.value, 0.84);
  assert.equal(r.poles[1].freedomStatus, 'NF');
  close(r.distance[0], (0.291 + 0.316) / 2);
  close(r.distance[1], (0.476 + 0.396) / 2);
  close(r.position, -0.1325 / 0.7395);
  assert.deepEqual(r.comparison[0], { polyarchy: 'lower', libdem: 'lower' });
  assert.deepEqual(r.comparison[1], { polyarchy: 'higher', libdem: 'higher' });
  assert.ok(r.sources.some((s) => s.file.startsWith('values/vdem') && s.rows[0] > 1));
  assert.ok(r.sources.some((s) => s.file.startsWith('values/freedom_house') && s.rows[0] > 1));
});

test('a bloc pole is its members median with their interquartile range', async () => {
  const r = await valuesReading(store, 'KEN', parsePoles('NATO,CHN', store.concordance), 2024);
  const nato = r.poles[0];
  assert.ok(nato.members >= 30, `${nato.members} NATO members with V-Dem figures`);
  assert.ok(nato.polyarchy!.low <= nato.polyarchy!.value && nato.polyarchy!.value <= nato.polyarchy!.high);
  assert.ok(nato.freedomStatuses.F > 25);
  assert.equal(nato.freedomStatus, null);
});

test('years outside the data name the covered range; unknown states are refused', async () => {
  const poles = parsePoles('USA,CHN', store.concordance);
  await assert.rejects(valuesReading(store, 'KEN', poles, 2030), (e: unknown) => {
    assert.ok(e instanceof InputError);
    assert.match(e.message, /V-Dem 1946-2024, Freedom House 1972-2024/);
    return true;
  });
  const latest = await valuesReading(store, 'KEN', poles);
  assert.equal(latest.year, 2024);
});

test('series: three states with intervals over time', async () => {
  const rows = await valuesSeries(store, ['KEN', 'USA', 'CHN'], { from: 2000, to: 2024 });
  assert.equal(rows.length, 3 * 25 * 2);
  assert.ok(rows.every((r) => r.low <= r.value && r.value <= r.high));
});

test('the values dimension: weight 0, no engagement, missing years absent, poles at their own ends', async () => {
  assert.equal(valuesDimension.defaultWeight, 0);
  const series = await valuesDimension.read(store, parsePoles('USA,CHN', store.concordance));
  const y2024 = series.get(2024)!;
  close(y2024.get('KEN')!.position, -0.1325 / 0.7395);
  assert.equal(y2024.get('KEN')!.engagement, null);
  assert.equal(y2024.get('USA')!.position, -1);
  assert.equal(y2024.get('CHN')!.position, 1);
  assert.equal(series.get(2025), undefined);
  // V-Dem codes territories before independence too (the Kenya Colony from 1946): kept as V-Dem's figures.
  assert.equal(series.get(1946)?.get('KEN')?.figures.polyarchy, 0.077);
  assert.equal(series.get(1946)?.get('SSD'), undefined, 'South Sudan has no V-Dem row before 2011');
  const mirrored = await valuesDimension.read(store, parsePoles('CHN,USA', store.concordance));
  close(mirrored.get(2024)!.get('KEN')!.position, 0.1325 / 0.7395);
  assert.deepEqual(await valuesDimension.coverage(store), { from: 1946, to: 2024 });
});
