import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { readSecurityFixture, securityConcordance, securityFiles } from '../securityFixtures.js';
import { aggregateArms, armsSourceFor, registerFrom } from './aggregate.js';
import { decodeSipri } from './decode.js';
import { parseSipriRegister } from './parseRegister.js';
import { parseSipriTidy } from './parseTidy.js';
import { classifySipriParty } from './parties.js';

const register = () => parseSipriRegister(readSecurityFixture(securityFiles.register), 'register.csv');
const tidy = () => parseSipriTidy(readSecurityFixture(securityFiles.tidy), 'tidy.csv');

test('the register: title block skipped, every line located, Kenya 1995-2024 by supplier as SIPRI sums it', () => {
  const rows = register();
  assert.equal(rows[0].line, 13, 'the column header is line 12');
  assert.deepEqual(
    { ...rows[0] },
    {
      line: 13,
      dealId: rows[0].dealId,
      supplier: rows[0].supplier,
      recipient: 'Kenya',
      year: rows[0].year,
      yearEstimated: rows[0].yearEstimated,
      tiv: rows[0].tiv,
    },
  );
  const bySupplier = new Map<string, number>();
  for (const r of rows.filter((r) => r.recipient === 'Kenya'))
    bySupplier.set(r.supplier, (bySupplier.get(r.supplier) ?? 0) + (r.tiv ?? 0));
  const top = [...bySupplier]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([s, v]) => [s, Math.round(v)]);
  assert.deepEqual(top, [
    ['Jordan', 113],
    ['China', 84],
    ['Spain', 76],
    ['Italy', 71],
    ['United States', 51],
  ]);
});

test('the register: a line without its closing semicolon, a bad year or TIV names line and column', () => {
  const text = readSecurityFixture(securityFiles.register).split('\n');
  const broken = (i: number, line: string) => {
    const t = [...text];
    t[i] = line;
    return t.join('\n');
  };
  const fail = (t: string, line: number, field?: string) =>
    assert.throws(
      () => parseSipriRegister(t, 'r.csv'),
      (e: unknown) => e instanceof InputError && e.location.line === line && e.location.field === field,
    );
  fail(broken(13, text[13].slice(0, -1)), 14);
  fail(broken(14, text[14].replace(/,(\d{4}),(Yes|No),(New|Second)/, ',19x5,$2,$3')), 15, 'Delivery year');
  fail(broken(15, text[15].replace(/,([\d.]+),(Yes|No);$/, ',-1,$2;')), 16, 'TIV delivery values');
  fail(broken(0, 'Exports of cheese'), 1);
});

test('decoding: UTF-8 when valid, Latin-1 otherwise', () => {
  assert.deepEqual(decodeSipri(Buffer.from("Côte d'Ivoire", 'utf8')), {
    text: "Côte d'Ivoire",
    encoding: 'utf-8',
  });
  assert.deepEqual(decodeSipri(Buffer.from("Côte d'Ivoire", 'latin1')), {
    text: "Côte d'Ivoire",
    encoding: 'latin1',
  });
});

test('parties: SIPRI markers keep armed groups, organisations and unknowns apart from the state in brackets', () => {
  const c = securityConcordance();
  const at = { file: 'f', line: 2, field: 'Recipient' };
  assert.deepEqual(classifySipriParty('Hezbollah (Lebanon)*', c, at), {
    kind: 'armed group',
    id: 'Hezbollah (Lebanon)*',
  });
  assert.deepEqual(classifySipriParty('African Union**', c, at), {
    kind: 'organisation',
    id: 'African Union**',
  });
  assert.deepEqual(classifySipriParty('unknown supplier(s)', c, at), {
    kind: 'unknown',
    id: 'unknown supplier(s)',
  });
  assert.deepEqual(classifySipriParty('Kenya', c, at), { kind: 'state', id: 'KEN' });
  assert.throws(
    () => classifySipriParty('Wakanda', c, at),
    (e: unknown) => e instanceof InputError && e.location.line === 2,
  );
});

test('the seam: tidy table to 1994, register from 1995; no year from both', () => {
  assert.equal(registerFrom, 1995);
  assert.equal(armsSourceFor(1994), 'tidy');
  assert.equal(armsSourceFor(1995), 'register');
  const t = tidy();
  const r = register();
  const { rows, tidyDropped } = aggregateArms(
    { file: 'tidy.csv', rows: t },
    { file: 'register.csv', rows: r },
    securityConcordance(),
  );
  assert.equal(tidyDropped, t.filter((x) => x.year >= 1995).length);
  assert.ok(tidyDropped > 0, 'the fixture has tidy rows after the seam');
  for (const a of rows) assert.equal(a.source, a.year >= 1995 ? 'register' : 'tidy');
  // Kenya 1995-2024 from Jordan: every Jordan line summed, the first line and the count kept.
  const jordan = rows.filter((a) => a.recipient === 'KEN' && a.supplier === 'JOR');
  const lines = r.filter((x) => x.recipient === 'Kenya' && x.supplier === 'Jordan');
  assert.equal(
    jordan.reduce((s, a) => s + a.lines, 0),
    lines.length,
  );
  assert.equal(Math.round(jordan.reduce((s, a) => s + (a.tiv ?? 0), 0)), 113);
  for (const a of jordan)
    assert.equal(a.sourceLine, Math.min(...lines.filter((x) => x.year === a.year).map((x) => x.line)));
  // Kenya's 1964 Canadian deliveries come from the tidy table, line and all.
  const canada = rows.find((a) => a.recipient === 'KEN' && a.supplier === 'CAN' && a.year === 1964);
  assert.deepEqual([canada?.tiv, canada?.source, canada?.lines], [1, 'tidy', 1]);
  const hezbollah = rows.filter((a) => a.recipientName === 'Hezbollah (Lebanon)*');
  assert.ok(
    hezbollah.length > 0 &&
      hezbollah.every((a) => a.recipientKind === 'armed group' && a.recipient !== 'LBN'),
  );
});

test('the tidy table: a negative value or a repeated triple is refused with its line', () => {
  const text = readSecurityFixture(securityFiles.tidy).split('\n');
  const bad = [...text];
  bad[3] = bad[3].replace(/^([^,]*,[^,]*,\d{4}),\d+/, '$1,-4');
  assert.throws(
    () => parseSipriTidy(bad.join('\n'), 't.csv'),
    (e: unknown) => e instanceof InputError && e.location.line === 4 && e.location.field === 'value',
  );
  const dup = [...text.slice(0, 3), text[2], ...text.slice(3)];
  assert.throws(
    () => parseSipriTidy(dup.join('\n'), 't.csv'),
    (e: unknown) => e instanceof InputError && e.location.line === 4,
  );
});
