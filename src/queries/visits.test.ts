import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../errors.js';
import { openStore, type Store } from '../store/open.js';
import {
  countTravels,
  countVisits,
  lastTrip,
  lastVisit,
  scopeCountries,
  visitIntensity,
  visits,
} from './visits.js';

let store: Store;
before(async () => {
  store = await openStore();
});
after(() => store.close());

test('the previous state visit by an African leader before Ruto: Ghana, 2008-09-14, 15.7 years', async () => {
  const last = await lastVisit(store, { types: ['state'], continent: 'Africa' }, '2024-05-23');
  assert.ok(last);
  assert.equal(last.date, '2008-09-14');
  assert.equal(last.country, 'GHA');
  assert.equal(last.visitor, 'President John Kufuor');
  assert.equal(last.gapDays, 5730);
  assert.equal(last.gapYears, 15.69);
  assert.match(last.sourceFile, /us-state-dept-visits\/2000\.xml/);
  const ruto = await lastVisit(store, { types: ['state'], continent: 'Africa' }, '2024-05-24');
  assert.equal(ruto?.country, 'KEN');
  assert.equal(ruto?.gapDays, 1);
});

test('Kenya: ten visits to the US, three of them state visits; one presidential trip to Kenya', async () => {
  const rows = await visits(store, { countries: ['KEN'] });
  assert.equal(rows.length, 10);
  assert.deepEqual(
    rows.filter((r) => r.type === 'state').map((r) => r.date),
    ['1980-02-19', '2003-10-05', '2024-05-23'],
  );
  const obama = await lastTrip(store, { countries: ['KEN'], roles: ['president'] }, '2024-05-23');
  assert.equal(obama?.date, '2015-07-24');
  assert.equal(obama?.traveller, 'Barack Obama');
  const byYear = await countVisits(store, { countries: ['KEN'] }, 'year');
  const y2024 = byYear.find((r) => r.year === 2024)!;
  assert.equal(y2024.state, 1);
  assert.equal(y2024.total, 1);
  const trips = await countTravels(store, { countries: ['KEN'] }, 'country');
  assert.equal(trips[0].president, 1);
  assert.ok(trips[0].secretary >= 15);
});

test('a region or continent narrows the countries; an unknown one is an error listing the known ones', () => {
  const africa = scopeCountries(store, { continent: 'africa' })!;
  assert.ok(africa.includes('KEN') && africa.includes('GHA') && !africa.includes('USA'));
  assert.deepEqual(scopeCountries(store, { countries: ['KEN', 'FRA'], continent: 'Africa' }), ['KEN']);
  assert.equal(scopeCountries(store, {}), undefined);
  assert.throws(
    () => scopeCountries(store, { region: 'Atlantis' }),
    (e: unknown) =>
      e instanceof InputError && e.location.field === 'region' && /Sub-Saharan Africa/.test(e.hint ?? ''),
  );
});

test('visitIntensity: Kenya year by year, zeros included; all countries sparse', async () => {
  const rows = await visitIntensity(store, { country: 'KEN', from: 2014, to: 2016 });
  assert.deepEqual(
    rows.map((r) => [r.year, r.visitsIn, r.travelsOut, r.intensity]),
    [
      [2014, 1, 0, 1],
      [2015, 0, 2, 7],
      [2016, 0, 1, 2],
    ],
  );
  const y2024 = await visitIntensity(store, { country: 'Kenya', from: 2024, to: 2024 });
  assert.deepEqual(y2024, [{ country: 'KEN', year: 2024, visitsIn: 1, travelsOut: 0, intensity: 5 }]);
  const all = await visitIntensity(store, { from: 2015, to: 2015 });
  assert.ok(all.length > 50);
  assert.ok(all.every((r) => r.year === 2015 && r.visitsIn + r.travelsOut > 0));
  assert.deepEqual(
    all.find((r) => r.country === 'KEN'),
    rows[1],
  );
  await assert.rejects(visitIntensity(store, { from: 2020, to: 2010 }), InputError);
  await assert.rejects(visitIntensity(store, { country: 'Atlantis' }), InputError);
});

test('bad filters are rejected before reaching the database', async () => {
  await assert.rejects(visits(store, { from: '2024-13-01' }), /date/);
  await assert.rejects(visits(store, { countries: ["KEN'; DROP"] }), InputError);
  await assert.rejects(visits(store, { types: ['royal' as never] }), /unknown visit type/);
  await assert.rejects(visits(store, { from: '2020-01-01', to: '2010-01-01' }), /impossible/);
});
