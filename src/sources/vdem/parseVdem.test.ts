import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { fixtureConcordance, fixtureText } from '../testing/fixtures.js';
import { parseVdem } from './parseVdem.js';

const file = 'values/vdem_simple_1789_2024.csv.gz';
const records = () => parseVdem(fixtureText(file), file, fixtureConcordance());
const header = fixtureText(file).split('\n')[0];

test('Kenya, the US and China 2024: both indices with their intervals, and the line they come from', () => {
  const at = (id: string) => records().find((r) => r.country === id && r.year === 2024)!;
  assert.deepEqual(at('KEN').polyarchy, { value: 0.549, low: 0.49, high: 0.62 });
  assert.deepEqual(at('KEN').libdem, { value: 0.432, low: 0.377, high: 0.482 });
  assert.deepEqual(at('USA').polyarchy, { value: 0.84, low: 0.804, high: 0.891 });
  assert.deepEqual(at('CHN').libdem, { value: 0.036, low: 0.025, high: 0.044 });
  assert.equal(at('KEN').sourceFile, file);
  const line = fixtureText(file).split('\n')[at('KEN').sourceLine - 1];
  assert.match(line, /^"Kenya","KEN",\d+,2024,/);
});

test('rows before 1946 are not read; V-Dem RUS is the Soviet Union until 1991, Russia from 1992', () => {
  const rs = records();
  assert.ok(rs.every((r) => r.year >= 1946));
  const rus = (y: number) => rs.find((r) => r.vdemId === 'RUS' && r.year === y)!.country;
  assert.equal(rus(1990), 'SUN');
  assert.equal(rus(1991), 'SUN');
  assert.equal(rus(1992), 'RUS');
});

test('an entity bearing has no state for keeps its name and no id', () => {
  const sml = records().filter((r) => r.vdemId === 'SML');
  assert.ok(sml.length > 0);
  assert.ok(sml.every((r) => r.country === null && r.name === 'Somaliland'));
});

const row = (over: Record<string, string>) => {
  const cols = header.split(',').map((c) => c.replaceAll('"', ''));
  const base: Record<string, string> = Object.fromEntries(cols.map((c) => [c, '']));
  Object.assign(base, {
    vdem_country_name: 'Kenya',
    country_text_id: 'KEN',
    year: '2020',
    cown: '501',
    v2x_polyarchy: '0.5',
    v2x_polyarchy_codelow: '0.4',
    v2x_polyarchy_codehigh: '0.6',
    v2x_libdem: '0.3',
    v2x_libdem_codelow: '0.2',
    v2x_libdem_codehigh: '0.4',
  });
  Object.assign(base, over);
  return `${header}\n${cols.map((c) => base[c]).join(',')}\n`;
};
const fails = (text: string, field: string, message: RegExp) =>
  assert.throws(
    () => parseVdem(text, 'v.csv', fixtureConcordance()),
    (e: unknown) =>
      e instanceof InputError &&
      e.location.line === 2 &&
      e.location.field === field &&
      message.test(e.message),
  );

test('bad values are refused with their line and field', () => {
  fails(row({ v2x_polyarchy: '1.2' }), 'v2x_polyarchy', /outside \[0, 1\]/);
  fails(row({ v2x_libdem: 'high' }), 'v2x_libdem', /not a number/);
  fails(row({ v2x_polyarchy_codelow: '0.55' }), 'v2x_polyarchy', /does not contain/);
  fails(row({ v2x_libdem_codehigh: '' }), 'v2x_libdem_codehigh', /without its interval/);
  fails(row({ year: '20x0' }), 'year', /invalid year/);
  fails(row({ country_text_id: 'Kenya' }), 'country_text_id', /invalid V-Dem country id/);
});

test('a blank index is missing, never zero', () => {
  const [r] = parseVdem(
    row({ v2x_libdem: '', v2x_libdem_codelow: '', v2x_libdem_codehigh: '' }),
    'v.csv',
    fixtureConcordance(),
  );
  assert.equal(r.libdem, null);
  assert.equal(r.polyarchy?.value, 0.5);
});
