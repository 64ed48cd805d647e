import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../errors.js';
import { dimensionIds } from '../queries/bearing.js';
import { openStore, type Store } from '../store/open.js';
import { checkClaimFile, checkClaims, readClaims } from './check.js';
import { verdicts, verdictWords } from './verdict.js';

let store: Store;
before(async () => {
  store = await openStore();
});
after(() => store.close());

async function one(claim: Record<string, unknown>) {
  const [v] = await checkClaims(store, readClaims(claim));
  return v;
}

test('first-since: the state-visit gap of the seed article', async () => {
  const v = await one({
    type: 'first-since',
    event: { kind: 'visit', visitType: 'state', continent: 'Africa' },
    date: '2024-05-23',
    statedGapYears: 16,
  });
  assert.equal(v.verdict, 'supported', v.summary);
  assert.equal(v.evidence.figures.previousDate, '2008-09-14');
  assert.equal(v.evidence.figures.previousCountry, 'GHA');
  assert.equal(v.evidence.figures.gapYears, 15.69);
  assert.match(v.evidence.sources[0].file, /visits/);
  assert.ok(v.evidence.sources[0].rows[0] > 0);
});

test('first-since: "any visit by an African head of state" is only partly supported', async () => {
  const v = await one({
    type: 'first-since',
    event: { kind: 'visit', visitType: 'any', headOfState: true, continent: 'Africa' },
    date: '2024-05-23',
    statedGapYears: 16,
  });
  assert.equal(v.verdict, 'partly supported', v.summary);
  assert.match(v.summary, /true of state visits/);
});

test('first-since: a wrong gap is not supported', async () => {
  const v = await one({
    type: 'first-since',
    event: { kind: 'visit', visitType: 'state', continent: 'Africa' },
    date: '2024-05-23',
    statedGapYears: 30,
  });
  assert.equal(v.verdict, 'not supported');
});

test("largest-partner: China is Kenya's largest trading partner in 2020, the US is not", async () => {
  const cn = await one({
    type: 'largest-partner',
    country: 'KEN',
    partner: 'CHN',
    measure: 'total',
    year: 2020,
  });
  assert.equal(cn.verdict, 'supported', cn.summary);
  assert.equal(cn.evidence.figures.rank, 1);
  assert.match(cn.summary, /2020/);
  const us = await one({
    type: 'largest-partner',
    country: 'KEN',
    partner: 'USA',
    measure: 'total',
    year: 2020,
  });
  assert.notEqual(us.verdict, 'supported');
});

test("largest-partner: China is Kenya's largest bilateral creditor, not its largest creditor", async () => {
  const v = await one({
    type: 'largest-partner',
    country: 'KEN',
    partner: 'CHN',
    measure: 'creditor',
    year: 2024,
  });
  assert.equal(v.verdict, 'partly supported', v.summary);
  assert.equal(v.evidence.figures.rankAmongCountries, 1);
  assert.ok(Math.abs((v.evidence.figures.partnerStockUsd as number) - 5.37e9) < 0.01e9);
});

test('amount: the railway loans against the stated $4.7bn', async () => {
  const v = await one({
    type: 'amount',
    subject: 'standard gauge railway',
    country: 'KEN',
    statedAmountUsd: 4.7e9,
    tolerance: 0.1,
  });
  assert.equal(v.verdict, 'supported', v.summary);
  assert.ok(v.evidence.sources.length > 0 && v.evidence.sources.every((s) => s.rows.length > 0));
  const wrong = await one({
    type: 'amount',
    subject: 'standard gauge railway',
    country: 'KEN',
    statedAmountUsd: 12e9,
  });
  assert.equal(wrong.verdict, 'not supported');
  const none = await one({ type: 'amount', subject: 'moon base', country: 'KEN', statedAmountUsd: 1e9 });
  assert.equal(none.verdict, 'not checkable');
});

test('stance: the verdict follows the composite bearing, and a pole is never balanced', async () => {
  const cn = await one({ type: 'stance', country: 'CHN', poles: 'USA,CHN', stated: 'balanced', from: 2010 });
  assert.equal(cn.verdict, 'not supported', cn.summary);
  const us = await one({ type: 'stance', country: 'USA', poles: 'USA,CHN', stated: 'first', from: 2010 });
  assert.equal(us.verdict, 'supported', us.summary);
});

test('stance: one dimension is not a stance; carried figures are used only when asked, and named', async () => {
  const y = 2024;
  const alone = await one({
    type: 'stance',
    country: 'KEN',
    stated: 'balanced',
    from: y,
    to: y,
    weights: dimensionIds.map((d) => `${d}=${d === 'finance' ? 1 : 0}`).join(','),
  });
  assert.equal(alone.verdict, 'not checkable', alone.summary);
  assert.match(alone.summary, /partial: finance only/);
  const carried = await one({
    type: 'stance',
    country: 'KEN',
    stated: 'balanced',
    from: y,
    to: y,
    carryForward: 20,
  });
  assert.notEqual(carried.verdict, 'not checkable', carried.summary);
  assert.match(carried.summary, new RegExp(`Dimensions used in ${y}: `));
  if (!/votes -?\d\.\d\d(,|\))/.test(carried.summary)) assert.match(carried.summary, /carried from \d{4}/);
});

test('concessional: IMF test on the known loan, and the saving against a Eurobond', async () => {
  const v = await one({
    type: 'concessional',
    loan: { amount: 1600, rate: 2, maturity: 20, grace: 7 },
    test: 'IMF',
    compareWith: { rate: 9.75, maturity: 7, profile: 'bullet' },
  });
  assert.equal(v.evidence.figures.grantElementPercent, 28.6);
  assert.equal(v.evidence.figures.concessional, false);
  assert.equal(v.verdict, 'partly supported', v.summary);
  assert.ok((v.evidence.figures.presentValueSaving as number) > 0);
  const soft = await one({
    type: 'concessional',
    loan: { amount: 100, rate: 0.75, maturity: 38, grace: 6 },
    test: 'IMF',
  });
  assert.equal(soft.verdict, 'supported', soft.summary);
  const hard = await one({
    type: 'concessional',
    loan: { amount: 100, rate: 8, maturity: 10 },
    test: 'DAC',
    group: 'LDC',
  });
  assert.equal(hard.verdict, 'not supported', hard.summary);
});

test('malformed claims are rejected with the field named', () => {
  const bad: [unknown, string][] = [
    [{ type: 'nonsense' }, 'claims[0].type'],
    [{ type: 'largest-partner', partner: 'CHN' }, 'claims[0].country'],
    [{ type: 'largest-partner', country: 'KEN', partner: 'CHN', measure: 'gdp' }, 'claims[0].measure'],
    [{ type: 'largest-partner', country: 'KEN', partner: 'CHN', year: 'last' }, 'claims[0].year'],
    [
      { type: 'first-since', event: { kind: 'visit' }, date: '2024-13-01', statedGapYears: 16 },
      'claims[0].date',
    ],
    [
      {
        type: 'first-since',
        event: { kind: 'visit', visitType: 'royal' },
        date: '2024-05-23',
        statedGapYears: 16,
      },
      'claims[0].event.visitType',
    ],
    [{ type: 'amount', subject: 'x', statedAmountUsd: -5 }, 'claims[0].statedAmountUsd'],
    [{ type: 'stance', country: 'KEN', stated: 'sideways' }, 'claims[0].stated'],
    [{ type: 'stance', country: 'KEN', stated: 'balanced', from: 2020, to: 2010 }, 'claims[0].from'],
    [{ type: 'concessional', loan: { amount: 100, rate: 2, maturity: 5, grace: 7 } }, 'claims[0].loan.grace'],
    [{ type: 'concessional', loan: { amount: 100, rate: 2, maturity: 5 }, test: 'DAC' }, 'claims[0].group'],
    [{ type: 'stance', country: 'KEN', stated: 'balanced', colour: 'red' }, 'claims[0].colour'],
    [[], 'claims'],
    ['just text', 'claims[0]'],
  ];
  for (const [json, field] of bad) {
    assert.throws(
      () => readClaims(json, 'claims.json'),
      (e: unknown) =>
        e instanceof InputError && e.location.field === field && e.location.file === 'claims.json',
      `${JSON.stringify(json)} should name ${field}`,
    );
  }
});

test('one bad claim in a file is "not checkable" with its reason and path; the others are checked', async () => {
  const verdicts = await checkClaimFile(
    store,
    {
      claims: [
        { type: 'largest-partner', country: 'KEN', partner: 'CHN', year: 2023 },
        { type: 'largest-partner', country: 'KEN', partner: 'CHN', year: 2019 },
        { type: 'stance', country: 'KEN', stated: 'sideways' },
      ],
    },
    'claims.json',
  );
  assert.equal(verdicts.length, 3);
  assert.equal(verdicts[0].verdict, 'not checkable');
  assert.equal(verdicts[0].evidence.figures.path, 'claims[0].year');
  assert.match(String(verdicts[0].evidence.figures.reason), /2023/);
  assert.match(verdicts[0].summary, /claims\[0\]\.year/);
  assert.notEqual(verdicts[1].verdict, 'not checkable', verdicts[1].summary);
  assert.equal(verdicts[2].verdict, 'not checkable');
  assert.equal(verdicts[2].evidence.figures.path, 'claims[2].stated');
  assert.throws(() => readClaims({ claims: [] }, 'claims.json'), InputError);
  await assert.rejects(checkClaimFile(store, { claims: [] }, 'claims.json'), InputError);
});

test('every summary opens with its verdict in words (largest-partner, arms, amount, stance, values)', async () => {
  const claims = [
    { type: 'largest-partner', country: 'KEN', partner: 'CHN', measure: 'total', year: 2019 },
    { type: 'largest-partner', country: 'KEN', partner: 'USA', measure: 'exports', year: 2019 },
    { type: 'largest-partner', country: 'KEN', partner: 'UGA', measure: 'imports', year: 2018 },
    {
      type: 'largest-arms-supplier',
      country: 'IND',
      supplier: 'RUS',
      sense: 'largest',
      from: 2000,
      to: 2010,
    },
    {
      type: 'amount',
      subject: 'standard gauge railway',
      country: 'KEN',
      statedAmountUsd: 5e9,
      tolerance: 0.1,
    },
    { type: 'stance', country: 'KEN', poles: 'USA,CHN', stated: 'balanced', from: 2015 },
    { type: 'shares-values', country: 'SSD', with: 'USA', year: 2005 },
  ];
  const seen = new Set<string>();
  for (const claim of claims) {
    const v = await one(claim);
    seen.add(v.verdict);
    assert.ok(v.summary.startsWith(`${verdictWords[v.verdict]}: `), `${claim.type}: ${v.summary}`);
  }
  assert.deepEqual([...seen].sort(), [...verdicts].sort(), 'the cases reach all four verdicts');
});
