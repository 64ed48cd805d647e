import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli as run } from '../testing.js';

test('debt KEN --year 2024: China bilateral US$5.37bn', async () => {
  const r = await run('debt', 'KEN', '--year', '2024');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^China\s+bilateral\s+country\s+US\$5\.37bn\s+15\.1%/m);
  assert.match(r.out, /stock US\$35\.58bn/);
});

test('debt KEN --poles USA,CHN --multilaterals none --json: exposure, shares, HHI and tilt', async () => {
  const r = await run('debt', 'KEN', '--poles', 'USA,CHN', '--multilaterals', 'none', '--json');
  assert.equal(r.code, 0, r.err);
  const e = JSON.parse(r.out);
  assert.equal(e.year, 2024);
  const china = e.creditors.find(
    (c: { creditor: string; category: string }) => c.creditor === 'China' && c.category === 'bilateral',
  );
  assert.equal((china.stock / 1e9).toFixed(2), '5.37');
  assert.equal(china.country, 'CHN');
  const bilateral = e.categories.find((c: { category: string }) => c.category === 'bilateral');
  assert.equal((bilateral.stock / 1e9).toFixed(2), '8.07');
  assert.ok(e.hhi > 0 && e.hhi < 1);
  assert.ok(Math.abs(e.effectiveCreditors - 1 / e.hhi) < 1e-9);
  assert.equal(e.poles.first, 'USA');
  assert.equal(e.poles.second, 'CHN');
  assert.equal((e.poles.firstStock / 1e6).toFixed(1), '5.2');
  assert.ok(e.poles.tilt > 0.99, 'held almost all by China of the two');
  const sum = e.creditors.reduce((s: number, c: { stockShare: number | null }) => s + (c.stockShare ?? 0), 0);
  assert.ok(Math.abs(sum - 1) < 1e-6, `named creditor shares add up to the total (${sum})`);
});

test('debt KEN --poles USA,CHN (default shareholders): IDA and IBRD stocks split by votes, the rest listed', async () => {
  const r = await run('debt', 'KEN', '--poles', 'USA,CHN', '--json');
  assert.equal(r.code, 0, r.err);
  const p = JSON.parse(r.out).poles;
  assert.equal(p.multilaterals, 'shareholders');
  assert.equal((p.directFirstStock / 1e6).toFixed(1), '5.2');
  const ida = p.attributed.find((a: { institution: string }) => a.institution === 'IDA');
  assert.equal(ida.asOf, '2022-12-31');
  assert.equal(
    (p.firstStock - p.directFirstStock).toFixed(0),
    (ida.first + p.attributed[1].first).toFixed(0),
  );
  assert.ok(p.unattributed.some((u: { institution: string }) => u.institution === 'AFDB'));
  assert.ok(p.tilt > 0.5 && p.tilt < 0.7, `tilt ${p.tilt}`);
});

test('debt IDN --year 2022 --measure service --json: creditors, China US$291.4m, US US$61.6m', async () => {
  const r = await run('debt', 'IDN', '--year', '2022', '--measure', 'service', '--json');
  assert.equal(r.code, 0, r.err);
  const e = JSON.parse(r.out);
  assert.equal(e.measure, 'service');
  type Row = { country: string | null; service: number; category: string; sourceLines: number[] };
  const of = (c: string) => e.creditors.filter((x: Row) => x.country === c);
  const total = (c: string) => of(c).reduce((a: number, x: Row) => a + x.service, 0);
  assert.equal((total('CHN') / 1e6).toFixed(1), '291.4');
  assert.equal((total('USA') / 1e6).toFixed(1), '61.6');
  assert.ok(of('CHN').some((x: Row) => x.category === 'commercial banks'));
  assert.ok(of('CHN').every((x: Row) => x.sourceLines.length > 0));
  assert.equal(e.stocks.available, false);
  // Without --measure, a debtor without stocks answers with service.
  const d = await run('debt', 'IDN', '--year', '2022');
  assert.equal(d.code, 0, d.err);
  assert.match(d.out, /debt service \(World Bank IDS\)/);
  assert.match(d.out, /no debt stocks by creditor for this debtor/);
});

test('debt IDN --measure stock says where stocks are missing', async () => {
  const r = await run('debt', 'IDN', '--measure', 'stock');
  assert.equal(r.code, 2);
  assert.match(r.err, /field 'measure'/);
  assert.match(r.err, /African debtors only.*--measure service/);
});

test('debt --series --csv: a row a year, projections marked', async () => {
  const r = await run('debt', 'KEN', '--series', '--from', '2020', '--csv');
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n');
  assert.equal(
    lines[0],
    'debtor,year,stock,service,projected,hhi,effectiveCreditors,firstStock,secondStock,firstShare,secondShare,tilt',
  );
  assert.equal(lines.length, 1 + 11);
  assert.match(lines.at(-1)!, /^KEN,2030,,[\d.]+,true,/);
});

test('debt: bad input exits 2 with the field named', async () => {
  for (const [argv, field] of [
    [['debt', 'FRA'], 'COUNTRY'],
    [['debt', 'KEN', '--year', '1990'], 'year'],
    [['debt', 'KEN', '--poles', 'USA'], 'poles'],
    [['debt', 'Narnia'], 'COUNTRY'],
    [['debt', 'DEU', '--measure', 'service'], 'COUNTRY'],
    [['debt', 'KEN', '--multilaterals', 'all'], 'multilaterals'],
    [['debt', 'KEN', '--measure', 'flows'], 'measure'],
  ] as const) {
    const r = await run(...argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.err, new RegExp(`field '${field}'`), r.err);
  }
});

test('loans --country KEN --search SGR: the railway loans and their total in every source', async () => {
  const r = await run('loans', '--country', 'KEN', '--search', 'standard gauge railway', '--json');
  assert.equal(r.code, 0, r.err);
  const { loans, totals } = JSON.parse(r.out);
  assert.equal(loans.length, 9);
  const register = totals.find((t: { source: string }) => t.source === 'kenya-register');
  assert.equal(register.loans, 3);
  assert.equal((register.amountUsd / 1e9).toFixed(2), '5.00');
  assert.equal(
    (totals.find((t: { source: string }) => t.source === 'cla').amountUsd / 1e9).toFixed(1),
    '5.1',
  );
  assert.ok(loans.some((l: { project: string }) => /Mombasa/.test(l.project)));
  assert.ok(loans.some((l: { project: string }) => /Naivasha/.test(l.project)));
  for (const l of loans) assert.equal(l.lenderCountry, 'CHN');
  const table = await run('loans', '--country', 'KEN', '--search', 'SGR');
  assert.match(table.out, /total US\$5\.00bn over 3 loans: Kenya National Treasury/);
});

test('loans --lender-country CHN --source kenya-register --csv: conversion columns on every row', async () => {
  const r = await run(
    'loans',
    '--country',
    'KEN',
    '--lender-country',
    'CHN',
    '--source',
    'kenya-register',
    '--csv',
  );
  assert.equal(r.code, 0, r.err);
  const [head, ...rows] = r.out.trim().split('\n');
  assert.ok(head.includes('fxYear,fxRate,amountUsd'));
  assert.ok(rows.length > 30);
  assert.ok(rows.some((l) => l.includes(',CNY,')));
});

test('loans: a sector known to the sources but absent for a borrower is an empty answer, not an error', async () => {
  const r = await run('loans', '--country', 'KEN', '--sector', 'Defense');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /no loans match/);
  const t = await run('loans', '--country', 'KEN', '--sector', 'transportation', '--json');
  assert.ok(JSON.parse(t.out).loans.length > 5, 'sector names match case-insensitively');
});

test('loans: unknown sector, source or country exits 2 naming the field', async () => {
  for (const [argv, field] of [
    [['loans', '--country', 'KEN', '--sector', 'Railways'], 'sector'],
    [['loans', '--source', 'aiddata'], 'source'],
    [['loans', '--country', 'Narnia'], 'country'],
    [['loans', '--country', 'KEN', '--search', '  '], 'search'],
  ] as const) {
    const r = await run(...argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.err, new RegExp(`field '${field}'`), r.err);
  }
});

test('loan: the known case, 28.6% at 5% and 42.0% at 7%', async () => {
  const base = [
    'loan',
    '--amount',
    '1600',
    '--rate',
    '2',
    '--maturity',
    '20',
    '--grace',
    '7',
    '--frequency',
    '2',
    '--json',
  ];
  const at5 = JSON.parse((await run(...base)).out);
  assert.equal(at5.grantElement.toFixed(1), '28.6');
  assert.deepEqual([at5.imf.discountRate, at5.imf.threshold, at5.imf.concessional], [5, 35, false]);
  assert.deepEqual(
    [at5.dac.group, at5.dac.discountRate, at5.dac.threshold, at5.dac.concessional],
    ['LMIC', 7, 15, true],
  );
  assert.equal(at5.dac.grantElement.toFixed(1), '42.0');
  assert.ok(Math.abs(at5.presentValue - 1600 * (1 - at5.grantElement / 100)) < 1e-6);
  const at7 = JSON.parse((await run(...base, '--discount', '7')).out);
  assert.equal(at7.grantElement.toFixed(1), '42.0');
  assert.equal(at7.discountRate, 7);
  const withSchedule = JSON.parse((await run(...base, '--schedule')).out);
  assert.equal(withSchedule.schedule.length, 41);
  const text = await run(
    'loan',
    '--amount',
    '1600',
    '--rate',
    '2',
    '--maturity',
    '20',
    '--grace',
    '7',
    '--schedule',
  );
  assert.match(text.out, /IMF test \(5%, threshold 35%\): grant element 28\.6% -> not concessional/);
  assert.match(text.out, /OECD DAC test \(LMIC: 7%, threshold 15%\): grant element 42\.0% -> concessional/);
});

test('loan: impossible terms name the field', async () => {
  for (const [extra, field] of [
    [['--grace', '20'], 'grace'],
    [['--amount=-5'], 'amount'],
    [['--rate=-100'], 'rate'],
    [['--currency', 'XYZ'], 'currency'],
    [['--profile', 'balloon'], 'profile'],
    [['--rate', 'two'], 'rate'],
    [['--group', 'OECD'], 'group'],
  ] as const) {
    const argv = ['loan', '--amount', '1600', '--rate', '2', '--maturity', '20', ...extra];
    const r = await run(...argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.err, new RegExp(`field '${field}'`), r.err);
  }
});

test('refinance: debt service by year for both, interest and present-value saving', async () => {
  const r = await run(
    'refinance',
    '--from',
    'amount=1500,rate=9.75,maturity=7,profile=bullet',
    '--to',
    'rate=2,maturity=20,grace=7',
    '--json',
  );
  assert.equal(r.code, 0, r.err);
  const x = JSON.parse(r.out);
  assert.equal(x.years.length, 20);
  assert.equal(x.years[0].from, 146.25);
  assert.equal(x.years[6].from, 1646.25);
  assert.equal(x.years[0].to, 30);
  assert.equal(x.to.amount, 1500, 'the new loan takes the amount refinanced');
  assert.ok(Math.abs(x.interestSaving - (1023.75 - 412.5)) < 1e-9);
  assert.ok(Math.abs(x.presentValueSaving - (x.presentValueFrom - x.presentValueTo)) < 1e-9);
  assert.ok(x.presentValueSaving > 0);
  const bad = await run(
    'refinance',
    '--from',
    'amount=1500,rate=9.75,maturity=7,profile=bullet',
    '--to',
    'rate=2,maturity=20,grace=25',
  );
  assert.equal(bad.code, 2);
  assert.match(bad.err, /field 'to\.grace'/);
  const unknown = await run('refinance', '--from', 'amount=1500,rate=9.75,tenor=7', '--to', 'rate=2');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /field 'from\.tenor': unknown term/);
});

test('loan and refinance: every amount carries its currency and scale', async () => {
  const loan = await run('loan', '--amount', '1600', '--rate', '2', '--maturity', '20', '--grace', '7');
  assert.match(loan.out, /^loan of USD 1,600 million at 2%/m);
  assert.match(
    loan.out,
    /total interest USD 440\.00 million, fees USD 0\.00 million, debt service USD 2,040\.00 million/,
  );
  assert.match(loan.out, /present value USD 1,142\.87 million/);
  const euro = await run(
    'loan',
    '--amount',
    '5',
    '--currency',
    'EUR',
    '--unit',
    'billion',
    '--rate',
    '2',
    '--maturity',
    '5',
  );
  assert.match(euro.out, /^loan of EUR 5 billion/m);
  const refi = await run(
    'refinance',
    '--from',
    'amount=1500,rate=9.75,maturity=7,profile=bullet',
    '--to',
    'rate=2,maturity=20,grace=7',
  );
  assert.match(refi.out, /interest saving USD 611\.25 million/);
  assert.match(refi.out, /old USD 1,922\.73 million, new USD 1,071\.44 million/);
  assert.match(refi.out, /from \(USD m\)/);
});
