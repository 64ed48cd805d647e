import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { readFixture } from '../financeFixtures.js';
import { parseAmount, parseDate, parseRegister } from './parseRegister.js';

const file = 'finance/kenya_external_debt_register_fy2022_23_raw.csv';
const text = readFixture(file);
const loans = parseRegister(text, file);
const byRef = (ref: string) => loans.find((l) => l.ref === ref)!;

test('the Standard Gauge Railway loans: Exim Bank of China, US dollars, lines kept', () => {
  const sgr = loans.filter((l) => /standard gauge/i.test(l.project));
  assert.deepEqual(
    sgr.map((l) => l.ref),
    ['2014006_1', '2014008_1', '2015023_1'],
  );
  for (const l of sgr) {
    assert.equal(l.lender, 'Exim Bank of China');
    assert.equal(l.lenderCountry, 'CHN');
    assert.equal(l.currency, 'USD');
    assert.equal(l.amountUsd, l.amount);
  }
  const total = sgr.reduce((s, l) => s + (l.amountUsd ?? 0), 0);
  assert.ok(Math.abs(total - 5_001_511_402.14) < 0.01, String(total));
  assert.equal(byRef('2014006_1').project, 'Kenya Mombasa Nairobi Standard Gauge Railway project');
});

test('amounts in other currencies are converted at the agreement year average, documented on the row', () => {
  const olkaria = loans.find((l) => l.project === 'Olkaria 1 units 4 and 5' && l.repeatOf === null)!;
  assert.equal(olkaria.currency, 'EUR');
  assert.equal(olkaria.fxYear, 2010);
  assert.equal(olkaria.fxRate, 0.7541);
  assert.equal(olkaria.amountUsd, 150_000_000 / 0.7541);
  assert.equal(olkaria.outstandingDate, '2023-06-30');
  const yen = loans.find((l) => l.currency === 'JPY' && l.ref === '1983020_1')!;
  assert.equal(yen.amount, 528_362_080, 'JPK is thousands of yen');
  assert.equal(yen.amountUsd, 528_362_080 / 237.5535);
  const ua = loans.find((l) => l.currency === 'AUA')!;
  assert.ok(ua.fxRate > 0.6 && ua.fxRate < 0.8, 'AUA at the SDR rate');
});

test('tranche rows repeating a facility amount count it once', () => {
  const rows = loans.filter((l) => l.project === 'Olkaria 1 units 4 and 5');
  assert.equal(rows.length, 7);
  assert.equal(rows.filter((l) => l.amountUsd !== null).length, 1);
  for (const l of rows.slice(1)) assert.equal(l.repeatOf, rows[0].ref);
  assert.ok(
    rows.every((l) => l.outstanding !== null),
    'outstanding stays per row',
  );
});

test('creditor names split by the PDF extraction are rejoined', () => {
  assert.deepEqual(
    [byRef('1993001_1').project, byRef('1993001_1').lender],
    ['Second Agricultural Sector Management Project', 'International Development Association'],
  );
  assert.deepEqual(
    [byRef('2007013_1').lender, byRef('2007013_1').lenderCountry],
    ['Kuwait Fund for Arab Economic Development', 'KWT'],
  );
  assert.equal(byRef('2007013_1').project, 'Bura Irrigation and Settlement Scheme Rehabilitation Project');
  assert.deepEqual(
    [byRef('2010026_1').lender, byRef('2010026_1').lenderCountry],
    ['Abu Dhabi Fund for Development', 'ARE'],
  );
  assert.equal(byRef('2014011_1').project, 'International Sovereign Bond 10 Year Tranche Due 2024');
  assert.equal(byRef('2014011_1').lenderCategory, 'bonds');
  assert.equal(byRef('2014011_1').lenderCountry, null);
  assert.equal(byRef('2017047_1').lender, 'International Development Association');
  assert.match(byRef('2017047_1').project, /Service Delivery and Public Investment in Kenya$/);
  assert.equal(byRef('2022022_1').lender, 'Govt of Fed. Republic of Germany - GTZ');
  assert.equal(byRef('2021303_1').lender, 'Exim Bank of China');
  assert.equal(byRef('2021303_1').amountBasis, 'revised', 'DSSI loans have no original amount');
});

const sgrLine = byRef('2014006_1').sourceLine;

function replaceCell(ref: string, from: string, to: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.startsWith(ref));
  assert.ok(lines[i].includes(from));
  lines[i] = lines[i].replace(from, to);
  return lines.join('\n');
}

test('bad input names file, line and field', () => {
  const cases: { edited: string; field: string; message: RegExp }[] = [
    { edited: replaceCell('2014006_1', ',USD,', ',XYZ,'), field: 'curr', message: /unknown currency 'XYZ'/ },
    {
      edited: replaceCell('2014006_1', '"1,600,000,000.00"', '"1.600.000.000,00"'),
      field: 'org_financed_amount',
      message: /unparseable amount/,
    },
    {
      edited: replaceCell('2014006_1', '11/05/2014', '31/02/2014'),
      field: 'agreement_date',
      message: /invalid date/,
    },
    {
      edited: replaceCell('2014006_1', 'Exim Bank of China', 'Bank of Atlantis'),
      field: 'creditor_name',
      message: /unknown creditor/,
    },
    {
      edited: replaceCell('2014006_1', ',Bilateral,', ',Friendly,'),
      field: 'creditor_category',
      message: /unknown creditor category/,
    },
  ];
  for (const c of cases) {
    assert.throws(
      () => parseRegister(c.edited, file),
      (e: unknown) =>
        e instanceof InputError &&
        e.location.file === file &&
        e.location.line === sgrLine &&
        e.location.field === c.field &&
        c.message.test(e.message),
      c.field,
    );
  }
});

test('register amounts and dates', () => {
  const at = { field: 'x' };
  assert.equal(parseAmount('1,234,567.89', at), 1234567.89);
  assert.equal(parseAmount('-', at), 0);
  assert.equal(parseAmount('(1,234.50)', at), -1234.5);
  assert.throws(() => parseAmount('(1,234.50', at), InputError);
  assert.throws(() => parseAmount('1,23,4', at), InputError);
  assert.throws(() => parseAmount('', at), InputError);
  assert.equal(parseDate('03/12/2015', at), '2015-12-03');
  assert.throws(() => parseDate('2015-12-03', at), InputError);
});
