import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { atopObligations } from '../../security/vocabulary.js';
import { readSecurityFixture, securityFiles } from '../securityFixtures.js';
import { parseAtop } from './parseAtop.js';

test('ATOP: obligations as bits, every row with its line', () => {
  const t = parseAtop(readSecurityFixture(securityFiles.atop), 'atop.csv');
  // Kenya (501) -> 402 (Cape Verde) 2001: non-aggression only.
  const i = [...t.line.keys()].find((k) => t.ccode1[k] === 501 && t.ccode2[k] === 402 && t.year[k] === 2001);
  assert.ok(i !== undefined);
  assert.equal(t.obligations[i], 1 << atopObligations.indexOf('nonagg'));
  assert.equal(t.line[0], 2);
});

test('ATOP: a flag other than 0/1 and a self-alliance are refused with line and column', () => {
  const lines = readSecurityFixture(securityFiles.atop).split('\n');
  const bad = [...lines];
  bad[2] = bad[2].replace(/,[01]$/, ',2');
  assert.throws(
    () => parseAtop(bad.join('\n'), 'a.csv'),
    (e: unknown) => e instanceof InputError && e.location.line === 3 && e.location.field === 'atop_consul',
  );
  const self = [...lines];
  self[3] = self[3].replace(/^(\d+),(\d+),/, '$1,$1,');
  assert.throws(
    () => parseAtop(self.join('\n'), 'a.csv'),
    (e: unknown) => e instanceof InputError && e.location.line === 4 && e.location.field === 'ccode2',
  );
});
