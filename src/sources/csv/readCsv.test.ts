import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { columns, parseCsv } from './readCsv.js';

test('parses quotes, embedded commas, newlines and BOM with line numbers', () => {
  const t = parseCsv('\ufeffa,b\n1,"x, ""y"""\n2,"multi\nline"\r\n3,z\n', 'f.csv');
  assert.deepEqual(t.header, ['a', 'b']);
  assert.deepEqual(
    t.records.map((r) => [r.line, ...r.values]),
    [
      [2, '1', 'x, "y"'],
      [3, '2', 'multi\nline'],
      [5, '3', 'z'],
    ],
  );
});

test('a ragged row names its line', () => {
  assert.throws(
    () => parseCsv('a,b\n1,2\n3\n', 'f.csv'),
    (e: unknown) => e instanceof InputError && e.location.line === 3 && e.location.file === 'f.csv',
  );
});

test('an unterminated quote names the line it opened on', () => {
  assert.throws(
    () => parseCsv('a,b\n1,"open\n2,3\n', 'f.csv'),
    (e: unknown) => e instanceof InputError && e.location.line === 2,
  );
});

test('a missing column is named', () => {
  const t = parseCsv('a,b\n1,2\n', 'f.csv');
  assert.deepEqual(columns(t, ['a', 'b']), { a: 0, b: 1 });
  assert.throws(
    () => columns(t, ['c']),
    (e: unknown) => e instanceof InputError && e.location.field === 'c',
  );
});
