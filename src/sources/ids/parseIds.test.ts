import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { fixtureConcordance, readFixture } from '../financeFixtures.js';
import { classifyCreditor, parseIds } from './parseIds.js';

const concordance = fixtureConcordance();
const stocksFile = 'finance/wb_ids_africa_ppg_debt_stocks_by_creditor_2000_2024.csv';
const serviceFile = 'finance/wb_ids_africa_ppg_debt_service_by_creditor_2000_2030.csv';

test('Kenya 2024: China bilateral US$5.37bn, United States US$5.2m, all bilateral US$8.07bn', () => {
  const stocks = parseIds(readFixture(stocksFile), stocksFile, 'stock', concordance);
  const ken = stocks.filter((r) => r.debtor === 'KEN' && r.year === 2024 && r.category === 'bilateral');
  const value = (c: string) => ken.find((r) => r.creditorName === c)!.value;
  assert.equal((value('China') / 1e9).toFixed(2), '5.37');
  assert.equal((value('United States') / 1e6).toFixed(1), '5.2');
  assert.equal((value('All creditors') / 1e9).toFixed(2), '8.07');
  const china = ken.find((r) => r.creditorName === 'China')!;
  assert.equal(china.creditorKind, 'country');
  assert.equal(china.creditorCountry, 'CHN');
  assert.equal(china.sourceFile, stocksFile);
  assert.ok(china.sourceLine > 1);
});

test('regional aggregates are named groups, never countries', () => {
  const stocks = parseIds(readFixture(stocksFile), stocksFile, 'stock', concordance);
  const group = stocks.filter((r) => r.debtorGroup !== null);
  assert.ok(group.length > 0);
  assert.ok(
    group.every((r) => r.debtor === null && r.debtorGroup === 'Sub-Saharan Africa (excluding high income)'),
  );
});

test('debt service after 2024 is marked projected', () => {
  const service = parseIds(readFixture(serviceFile), serviceFile, 'service', concordance);
  const china2024 = service.find(
    (r) => r.debtor === 'KEN' && r.year === 2024 && r.creditorName === 'China' && r.category === 'bilateral',
  )!;
  assert.equal((china2024.value / 1e9).toFixed(2), '1.00');
  assert.equal(china2024.projected, false);
  assert.ok(service.some((r) => r.year === 2025 && r.projected));
});

test('creditor kinds', () => {
  assert.deepEqual(classifyCreditor('All creditors', concordance), { kind: 'total', country: null });
  assert.deepEqual(classifyCreditor('Bondholders', concordance), { kind: 'bondholders', country: null });
  assert.deepEqual(classifyCreditor('Multiple Lenders', concordance), { kind: 'multiple', country: null });
  assert.deepEqual(classifyCreditor('World Bank-IDA', concordance), { kind: 'institution', country: null });
  assert.deepEqual(classifyCreditor('Germany, Fed. Rep. of', concordance), {
    kind: 'country',
    country: 'DEU',
  });
  assert.deepEqual(classifyCreditor('European Union', concordance), { kind: 'institution', country: null });
});

test('bad rows name file, line and field', () => {
  const text = readFixture(stocksFile);
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.startsWith('Kenya,2024,bilateral'));
  const edit = (from: RegExp, to: string) => {
    const copy = [...lines];
    copy[i] = copy[i].replace(from, to);
    return copy.join('\n');
  };
  const cases: [string, string][] = [
    [edit(/,bilateral,/, ',friendly,'), 'category'],
    [edit(/^Kenya,/, 'Narnia,'), 'debtor_name'],
    [edit(/,2024,/, ',24,'), 'year'],
    [edit(/,bilateral,[^,]+,/, ',bilateral,5.3bn,'), 'value'],
  ];
  for (const [edited, field] of cases) {
    assert.throws(
      () => parseIds(edited, stocksFile, 'stock', concordance),
      (e: unknown) =>
        e instanceof InputError &&
        e.location.line === i + 1 &&
        e.location.field === field &&
        e.location.file === stocksFile,
      field,
    );
  }
});
