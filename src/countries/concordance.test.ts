import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../errors.js';
import { openStore, type Store } from '../store/open.js';
import { normalizeName } from './concordance.js';
import { stateOnDate } from './historical.js';

let store: Store;
before(async () => {
  store = await openStore();
});
after(() => store.close());

test('every code of every country resolves back to it', () => {
  const c = store.concordance;
  let checked = 0;
  for (const country of c.countries) {
    assert.equal(c.resolve(country.id).id, country.id);
    if (country.iso2) assert.equal(c.resolve(`iso2:${country.iso2}`).id, country.id, `iso2 ${country.iso2}`);
    if (country.iso3) assert.equal(c.resolve(`iso3:${country.iso3}`).id, country.id);
    if (country.m49 !== null && !country.historical)
      assert.equal(c.resolve(`m49:${country.m49}`).id, country.id, `m49 ${country.m49}`);
    if (country.imf !== null && !country.historical)
      assert.equal(c.resolve(`imf:${country.imf}`).id, country.id, `imf ${country.imf}`);
    if (country.wb && !country.historical)
      assert.equal(c.resolve(`wb:${country.wb}`).id, country.id, `wb ${country.wb}`);
    assert.equal(c.resolve(country.name).id, country.id, `name ${country.name}`);
    checked++;
  }
  assert.ok(checked > 250);
});

test('COW codes, name variants and historical states', () => {
  const c = store.concordance;
  assert.equal(c.resolve('cow:501').id, 'KEN');
  assert.equal(c.resolve('cow:2').id, 'USA');
  assert.equal(c.resolve('cow:710').id, 'CHN');
  assert.equal(c.resolve('m49:404').id, 'KEN');
  assert.equal(c.resolve('imf:664').id, 'KEN');
  assert.equal(c.resolve('KE').id, 'KEN');
  assert.equal(c.resolve("People's Republic of China").id, 'CHN');
  assert.equal(c.resolve('United States of America').id, 'USA');
  assert.equal(c.resolve("Côte d'Ivoire").id, 'CIV');
  assert.equal(c.resolve('Soviet Union').id, 'SUN');
  assert.equal(c.resolve('USSR').id, 'SUN');
  assert.equal(c.resolve('Russian Federation').id, 'RUS');
  assert.equal(c.resolve('East Germany').id, 'DDR');
  assert.equal(c.resolve('German Democratic Republic').id, 'DDR');
  assert.equal(c.resolve('West Germany').id, 'BRD');
  assert.equal(c.resolve('Federal Republic of Germany').id, 'BRD');
  assert.equal(c.resolve('Germany').id, 'DEU');
  assert.equal(c.resolve('Czechoslovakia').id, 'CSK');
  assert.equal(c.resolve('Yugoslavia').id, 'YUG');
  assert.equal(c.resolve('South Yemen').id, 'YMD');
  assert.equal(c.resolve('North Yemen').id, 'YAR');
  assert.equal(c.resolve('Yemen').id, 'YEM');
  assert.equal(c.get('KEN')?.continent, 'Africa');
  assert.equal(c.get('KEN')?.region, 'Sub-Saharan Africa');
});

test('succession by date: one source code, the state of the day', () => {
  assert.equal(stateOnDate('RUS', '1985-06-01'), 'SUN');
  assert.equal(stateOnDate('RUS', '1992-01-01'), 'RUS');
  assert.equal(stateOnDate('SRB', '1980-01-01'), 'YUG');
  assert.equal(stateOnDate('SRB', '2000-01-01'), 'SCG');
  assert.equal(stateOnDate('SRB', '2010-01-01'), 'SRB');
  assert.equal(stateOnDate('KEN', '1970-01-01'), 'KEN');
});

test('an unknown name is an error with suggestions, never a silent drop', () => {
  assert.throws(
    () => store.concordance.resolve('Kenia'),
    (e: unknown) =>
      e instanceof InputError && e.kind === 'unknown' && e.suggestions.some((s) => s.startsWith('KEN')),
  );
  assert.throws(
    () => store.concordance.resolve('404'),
    (e: unknown) => e instanceof InputError && /scheme/.test(e.hint ?? ''),
  );
  assert.equal(store.concordance.tryResolve(''), undefined);
  assert.equal(store.concordance.tryResolve('bogus:1'), undefined);
});

test('name normalisation folds case, accents, punctuation and &', () => {
  assert.equal(normalizeName('São Tomé & Príncipe'), 'sao tome and principe');
  assert.equal(normalizeName('  Côte d’Ivoire '), 'cote divoire');
});
