import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../errors.js';
import { parseIssues, validateVoteFilter } from './votes.js';

test('parseIssues lower-cases known codes and is undefined for none', () => {
  assert.deepEqual(parseIssues(['me', 'NU']), ['me', 'nu']);
  assert.equal(parseIssues([]), undefined);
});

test('parseIssues: an unknown issue names the field and lists the codes', () => {
  assert.throws(
    () => parseIssues(['me', 'xx'], 'issue'),
    (e: unknown) =>
      e instanceof InputError &&
      e.message === "unknown issue 'xx'" &&
      e.location.field === 'issue' &&
      e.hint === 'one of me, nu, di, hr, co, ec',
  );
});

test('validateVoteFilter: years in range and in order, known issues', () => {
  assert.doesNotThrow(() => validateVoteFilter({ from: 1946, to: 2024, issues: ['hr'] }));
  assert.throws(
    () => validateVoteFilter({ from: 1899 }),
    (e: unknown) => e instanceof InputError && e.location.field === 'from' && /1900 and 2100/.test(e.message),
  );
  assert.throws(
    () => validateVoteFilter({ from: 2001, to: 2000 }),
    (e: unknown) =>
      e instanceof InputError && e.message === 'impossible year range: from 2001 is after to 2000',
  );
});
