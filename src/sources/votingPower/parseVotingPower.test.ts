import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { fixtureConcordance, readFixture } from '../financeFixtures.js';
import { parseIbrdVotingPower, parseIdaVotingPower, parseImfVotingPower } from './parseVotingPower.js';

const c = fixtureConcordance();
const ibrdFile = 'finance/ibrd_subscriptions_and_voting_power_2023-02-06.csv';
const idaFile = 'finance/ida_voting_power_2022-12-31.csv';
const imfFile = 'finance/imf_voting_power_circa_2016.csv';
const share = (rows: { member: string; share: number }[], id: string) =>
  rows.find((r) => r.member === id)?.share.toFixed(4);

test('IBRD 2023-02-06: US 15.47% of votes, China 5.66%, with file and line', () => {
  const rows = parseIbrdVotingPower(readFixture(ibrdFile), ibrdFile, c);
  assert.equal(share(rows, 'USA'), '0.1547');
  assert.equal(share(rows, 'CHN'), '0.0566');
  assert.ok(rows.every((r) => r.asOf === '2023-02-06' && r.institution === 'IBRD'));
  const us = rows.find((r) => r.member === 'USA')!;
  assert.equal(readFixture(ibrdFile).split('\n')[us.sourceLine - 1].split(',')[0], 'UNITED STATES');
});

test('IDA 2022-12-31: US 9.62%, China 2.45% (the US name has a trailing space)', () => {
  const rows = parseIdaVotingPower(readFixture(idaFile), idaFile, c);
  assert.equal(share(rows, 'USA'), '0.0962');
  assert.equal(share(rows, 'CHN'), '0.0245');
  assert.equal(rows.find((r) => r.member === 'USA')!.memberName, 'UNITED STATES');
});

test('IMF circa 2016: footnote digits dropped, mojibake repaired; US 16.51%, China 6.08%', () => {
  const rows = parseImfVotingPower(readFixture(imfFile), imfFile, c);
  assert.equal(share(rows, 'USA'), '0.1651');
  assert.equal(share(rows, 'CHN'), '0.0608');
  assert.equal(rows.find((r) => r.member === 'USA')!.memberName, 'United States3');
  assert.ok(rows.some((r) => r.member === 'STP'));
  assert.ok(rows.every((r) => r.asOf === '2016'));
});

test('bad rows name file, line and field', () => {
  const h =
    'member,shares,percentage_of_total_shares,total_amounts,amounts_paid_in,amounts_subject_to_call,number_of_votes,percentage_of_total_votes,as_of_date';
  const run = (row: string) => () => parseIbrdVotingPower(`${h}\n${row}\n`, 'x.csv', c);
  const at = (field: string) => (e: unknown) =>
    e instanceof InputError && e.location.line === 2 && e.location.field === field;
  assert.throws(run('CHINA,1,1,,,,1,many,2023-02-06'), at('percentage_of_total_votes'));
  assert.throws(run('CHINA,1,1,,,,1,5.66,06/02/2023'), at('as_of_date'));
  assert.throws(run('NARNIA,1,1,,,,1,5.66,2023-02-06'), at('member'));
  assert.throws(
    () => parseImfVotingPower('country,vote_percentage\nChina3,6\nChina,6\n', 'x.csv', c),
    (e: unknown) => e instanceof InputError && e.location.line === 3 && /twice/.test(e.message),
  );
});
