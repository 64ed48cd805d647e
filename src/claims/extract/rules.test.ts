import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Concordance } from '../../countries/concordance.js';
import { InputError } from '../../errors.js';
import { CountryFinder } from './mentions.js';
import { findMoney, findPercents, findPeriods, readNumber, readRank } from './quantities.js';
import { splitSentences } from './sentences.js';
import { country } from './testing.js';
import { looksEnglish, prepareText } from './text.js';

const concordance = new Concordance([
  country('KEN', 'Kenya'),
  country('CHN', 'China'),
  country('USA', 'United States', ['United States of America']),
  country('TUR', 'Turkey'),
]);

test('money in the common written forms, with the currency named', () => {
  const m = findMoney(
    'a $4.7 billion railway, US$1.6bn more, Sh500 billion, USD 300 million and 2.5 billion dollars; 40 wagons',
  );
  assert.deepEqual(
    m.map((x) => [x.text, x.amount, x.currency]),
    [
      ['$4.7 billion', 4.7e9, 'USD'],
      ['US$1.6bn', 1.6e9, 'USD'],
      ['Sh500 billion', 5e11, 'KES'],
      ['USD 300 million', 3e8, 'USD'],
      ['2.5 billion dollars', 2.5e9, 'USD'],
    ],
  );
  assert.equal(findMoney('in 2024 the 16 years').length, 0, 'a bare number is not money');
});

test('periods, percentages, numbers and ranks', () => {
  const p = findPeriods('the first in 16 years, in nearly two decades, since 2008');
  assert.deepEqual(
    p.map((x) => [x.years ?? null, x.since ?? null, x.approximate]),
    [
      [16, null, false],
      [20, null, true],
      [null, 2008, false],
    ],
  );
  assert.deepEqual(
    findPercents('17.2% and 36 per cent and 5 percent').map((x) => x.value),
    [17.2, 36, 5],
  );
  assert.equal(readNumber('sixteen'), 16);
  assert.equal(readNumber('twenty-five'), 25);
  assert.equal(readNumber('many'), null);
  assert.equal(readRank('largest'), 1);
  assert.equal(readRank('second-largest'), 2);
});

test('sentences keep their offsets and skip abbreviations', () => {
  const text = 'Mr. Ruto visited the U.S. in May. China is big.\nNew line here';
  const s = splitSentences(text);
  assert.deepEqual(
    s.map((x) => x.text),
    ['Mr. Ruto visited the U.S. in May.', 'China is big.', 'New line here'],
  );
  for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
});

test('countries by name, demonym and capital; possessives; no lower-case or pronoun matches', () => {
  const text =
    'Kenya’s Nairobi talks: the Kenyan side met Beijing and Washington; US aid, not us; turkey and china plates.';
  const f = new CountryFinder(concordance).find(text, 0, text.length);
  assert.deepEqual(
    f.countries.map((c) => [c.text, c.id, c.as]),
    [
      ['Kenya', 'KEN', 'name'],
      ['Nairobi', 'KEN', 'capital'],
      ['Kenyan', 'KEN', 'demonym'],
      ['Beijing', 'CHN', 'capital'],
      ['Washington', 'USA', 'capital'],
      ['US', 'USA', 'name'],
    ],
  );
  const a = new CountryFinder(concordance).find('an African head of state', 0, 24);
  assert.equal(a.continents[0].continent, 'Africa');
});

test('bad input: binary and over-long text are errors naming the problem; HTML is stripped; non-English noted', () => {
  assert.throws(
    () => prepareText('abc\u0000def', { file: 'x.bin' }),
    (e: unknown) => e instanceof InputError && /binary/.test(e.message),
  );
  assert.throws(
    () => prepareText('a'.repeat(200_001), { file: 'big.txt' }),
    (e: unknown) => e instanceof InputError && /too long/.test(e.message),
  );
  const h = prepareText(
    '<html><body><p>China is <b>Kenya&rsquo;s</b> largest trading partner.</p><script>x()</script></body></html>',
    { file: 'page.html' },
  );
  assert.equal(h.text, 'China is Kenya’s largest trading partner.');
  assert.match(h.notes[0], /HTML/);
  assert.equal(
    looksEnglish('Kenya ni mshirika mkubwa wa biashara wa China katika eneo hili la Afrika Mashariki'),
    false,
  );
  assert.equal(looksEnglish('China is the largest trading partner of Kenya in the region'), true);
});
