import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { parseBuProjects } from '../bu/parseBuProjects.js';
import { fixtureConcordance, readFixture } from '../financeFixtures.js';
import { parseCla } from './parseCla.js';

const concordance = fixtureConcordance();
const claFile = 'finance/cla_chinese_loans_to_africa_2000_2020.csv';
const buFile = 'finance/bu_chinese_overseas_finance_projects_kaggle.csv';

test('CLA: Kenyan loans with amounts parsed from text, regional loans kept as a group', () => {
  const loans = parseCla(readFixture(claFile), claFile, concordance);
  const kenya = loans.filter((l) => l.borrowerCountry === 'KEN');
  assert.equal(kenya.length, 43);
  const sgr = kenya.filter((l) => /^SGR/.test(l.project));
  assert.deepEqual(sgr.map((l) => l.amountUsd).sort(), [1.5e9, 1.6e9, 2.0e9].sort());
  assert.ok(
    sgr.every((l) => l.lender === 'CHEXIM' && l.lenderCategory === 'bilateral' && l.lenderCountry === 'CHN'),
  );
  const regional = loans.filter((l) => l.borrowerGroup === 'Regional');
  assert.ok(regional.length > 0 && regional.every((l) => l.borrowerCountry === null));
  assert.equal(loans[0].sourceLine, 2);
});

test('CLA: an unparseable amount stops the file with its line and field', () => {
  const text = readFixture(claFile).replace('$2.0B', '$2.0 bn');
  const line = text.split('\n').findIndex((l) => l.includes('$2.0 bn')) + 1;
  assert.throws(
    () => parseCla(text, claFile, concordance),
    (e: unknown) =>
      e instanceof InputError &&
      e.location.file === claFile &&
      e.location.line === line &&
      e.location.field === '$ Allocation',
  );
});

test('CLA: an unknown country is an error with suggestions', () => {
  const text = readFixture(claFile).replace(',Kenya,', ',Kenia,');
  assert.throws(
    () => parseCla(text, claFile, concordance),
    (e: unknown) =>
      e instanceof InputError &&
      e.location.field === 'Country' &&
      e.suggestions.some((s) => s.startsWith('KEN')),
  );
});

test('BU project list: Kenyan projects, multi-line cells, strict amounts', () => {
  const projects = parseBuProjects(readFixture(buFile), buFile, concordance);
  const kenya = projects.filter((p) => p.borrowerCountry === 'KEN');
  assert.equal(kenya.length, 26);
  assert.ok(kenya.some((p) => /SGR Phase I/.test(p.project) && p.amountUsd === 1.6e9));
  assert.ok(projects.every((p) => p.lenderCountry === 'CHN'));
  const bad = readFixture(buFile).replace('$600M', '600M');
  assert.throws(
    () => parseBuProjects(bad, buFile, concordance),
    (e: unknown) => e instanceof InputError && e.location.field === 'AMOUNT',
  );
});
