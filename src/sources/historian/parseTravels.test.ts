import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { InputError } from '../../errors.js';
import { openStore, type Store } from '../../store/open.js';
import { parseCodeTable, parsePresidents, parseTravels, type TravelCodes } from './parseTravels.js';
import { SlugResolver } from './slugs.js';

const fixture = (path: string) =>
  readFileSync(new URL(`./fixtures/raw/us-state-dept-travels/${path}`, import.meta.url), 'utf8');
let store: Store;
let slugs: SlugResolver;
let codes: TravelCodes;

before(async () => {
  store = await openStore();
  slugs = new SlugResolver(store.concordance);
  codes = {
    roles: parseCodeTable(fixture('code-tables/travel-role-codes.xml'), 'travel-role-codes.xml'),
    presidents: new Set(
      parsePresidents(fixture('presidents/presidents.xml'), 'presidents.xml').map((p) => p.id),
    ),
  };
});
after(() => store.close());

test('code table and presidents', () => {
  assert.deepEqual(codes.roles, ['president', 'secretary']);
  const presidents = parsePresidents(fixture('presidents/presidents.xml'), 'presidents.xml');
  assert.deepEqual(
    presidents.map((p) => [p.n, p.id, p.tookOffice, p.leftOffice]),
    [
      [44, 'obama-barack', '2009-01-20', '2017-01-20'],
      [46, 'biden-joseph-r', '2021-01-20', '2025-01-20'],
    ],
  );
});

test('the real Kenya trips: Obama 2015, Blinken 2021', () => {
  const obama = parseTravels(fixture('president-travels/obama-barack.xml'), 'obama-barack.xml', slugs, codes);
  const kenya = obama.find((t) => t.country === 'KEN')!;
  assert.equal(kenya.role, 'president');
  assert.equal(kenya.who, 'obama-barack');
  assert.equal(kenya.name, 'Barack Obama');
  assert.equal(kenya.startDate, '2015-07-24');
  assert.equal(kenya.locale, 'Nairobi');
  assert.match(
    kenya.remarks,
    /^Attended Global Entrepreneurship Summit and met with President Uhuru Kenyatta/,
  );
  const blinken = parseTravels(
    fixture('secretary-travels/blinken-antony-j.xml'),
    'blinken-antony-j.xml',
    slugs,
    codes,
  );
  assert.deepEqual(
    blinken.map((t) => [t.id, t.startDate, t.country, t.sourcePosition]),
    [
      [3992, '2021-03-15', 'JPN', 1],
      [4019, '2021-03-15', 'JPN', 2],
      [4032, '2021-11-17', 'KEN', 3],
    ],
    'the duplicate record is kept as published',
  );
  assert.equal(blinken[2].sourceLine, 33);
});

test('bad trips are rejected with file, line and element; nothing of the file is returned', () => {
  const text = fixture('secretary-travels/blinken-antony-j.xml');
  const file = 'blinken-antony-j.xml';
  const rejects = (t: string, field: string, message: RegExp) =>
    assert.throws(
      () => parseTravels(t, file, slugs, codes),
      (e: unknown) =>
        e instanceof InputError &&
        e.location.file === file &&
        e.location.field === field &&
        message.test(e.message),
    );
  rejects(text.slice(0, text.lastIndexOf('<remarks>')), 'trip', /cut short.*trip #3/);
  rejects(
    text.replace('<start-date>2021-11-17</start-date>', ''),
    'start-date',
    /trip #3 has no <start-date>/,
  );
  rejects(
    text.replace('<country id="kenya">Kenya</country>', '<country id="atlantis">Atlantis</country>'),
    'country',
    /unknown country slug/,
  );
  rejects(text.replace(/<role>secretary<\/role>/, '<role>ambassador</role>'), 'role', /unknown role/);
  const obama = fixture('president-travels/obama-barack.xml').replace(/who="obama-barack"/g, 'who="obama-b"');
  assert.throws(() => parseTravels(obama, 'obama-barack.xml', slugs, codes), /not in presidents.xml/);
});
