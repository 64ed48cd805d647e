import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { fixtureConcordance } from '../testing/fixtures.js';
import { parseEngagements, parseUsDate } from './parseEngagements.js';
import { siblingCountries } from './siblings.js';
import { sampleFile, sampleText } from './testing.js';

const c = fixtureConcordance();

test('China Vitae: real rows parse with ISO dates, concordance ids and their physical lines', () => {
  const rows = parseEngagements(sampleText(), sampleFile, c);
  assert.equal(rows.length, 60);
  const first = rows[0];
  assert.deepEqual(
    {
      date: first.date,
      year: first.year,
      country: first.country,
      leader: first.leader,
      line: first.sourceLine,
    },
    { date: '2018-09-04', year: 2018, country: 'KEN', leader: 'Xi Jinping', line: 2 },
  );
  // A text with an embedded newline is one record; the next record's line counts it.
  assert.ok(rows.some((r) => r.countryName === 'England' && r.country === 'GBR'));
  assert.ok(rows.every((r) => !/\n/.test(r.text)));
  const lines = rows.map((r) => r.sourceLine);
  assert.ok(lines.every((l, i) => i === 0 || l > lines[i - 1]));
});

test('China Vitae: a bad date, a year that is not the date’s, an unknown leader or country is located', () => {
  const text = sampleText();
  const lines = text.split('\n');
  const expect = (broken: string, line: number, field: string) =>
    assert.throws(
      () => parseEngagements(broken, sampleFile, c),
      (e: unknown) =>
        e instanceof InputError &&
        e.location.file === sampleFile &&
        e.location.line === line &&
        e.location.field === field,
    );
  const swap = (i: number, from: string, to: string) =>
    [...lines.slice(0, i), lines[i].replace(from, to), ...lines.slice(i + 1)].join('\n');
  expect(swap(2, '"08/14/17"', '"14/08/17"'), 3, 'date');
  expect(swap(2, '"2017"', '"2016"'), 3, 'year');
  expect(swap(3, '"Wang Yi"', '"Wang Y."'), 4, 'leader');
  expect(swap(3, '"France"', '"Frankreich"'), 4, 'country');
});

test('parseUsDate: MM/DD/YY in 2000-2099; impossible days are errors', () => {
  assert.equal(parseUsDate('02/29/16', {}), '2016-02-29');
  assert.throws(() => parseUsDate('02/29/17', { field: 'date' }), /impossible date/);
  assert.throws(() => parseUsDate('2017-02-01', { field: 'date' }), /MM\/DD\/YY/);
});

test('siblings: the countries a text is filed under that day', () => {
  const rows = parseEngagements(sampleText(), sampleFile, c);
  const sib = siblingCountries(rows);
  rows.forEach((r, i) => {
    assert.ok(sib[i].has(r.country));
  });
  const kenyaTrip = rows.findIndex((r) => r.text.startsWith('Hu Jintao travelled to Kenya'));
  assert.deepEqual([...sib[kenyaTrip]], ['KEN']);
});
