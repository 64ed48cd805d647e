import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { decodeUtf8, firstInvalidUtf8 } from './decode.js';
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

test('a duplicated column name is refused, naming both columns', () => {
  assert.throws(
    () => parseCsv('id,name,value, name\n1,a,2,b\n', 'f.csv'),
    (e: unknown) =>
      e instanceof InputError &&
      e.location.line === 1 &&
      e.location.field === 'name' &&
      /columns 2 and 4/.test(e.message),
  );
  assert.deepEqual(parseCsv('a,a\n1,2\n', 'f.csv', { allowDuplicateColumns: true }).header, ['a', 'a']);
});

test('invalid UTF-8 (a Latin-1 file) is refused with its line and byte column', () => {
  const latin1 = Buffer.from("iso3,name\nKEN,Kenya\nCIV,C\xf4te d'Ivoire\n", 'latin1');
  assert.throws(
    () => decodeUtf8(latin1, 'f.csv'),
    (e: unknown) =>
      e instanceof InputError &&
      e.location.file === 'f.csv' &&
      e.location.line === 3 &&
      /byte 0xf4 at byte column 6/.test(e.message) &&
      /Latin-1/.test(e.hint ?? ''),
  );
  assert.equal(decodeUtf8(Buffer.from("CIV,Côte d'Ivoire\n", 'utf8'), 'f.csv'), "CIV,Côte d'Ivoire\n");
  // Overlong, surrogate and truncated sequences are invalid too; the offset is the sequence's first byte.
  assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0xc0, 0x80])), 1);
  assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80])), 1);
  assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0x42, 0xe2, 0x82])), 2);
});

test('an echoed value is capped: a 50 MB single-line file does not come back whole', () => {
  const line = 'x'.repeat(50 * 2 ** 20);
  let error: unknown;
  try {
    parseCsv(`a,b\n"${line}\n`, 'f.csv');
    columns(parseCsv(`${line}\n1\n`, 'f.csv'), ['a']);
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof InputError);
  const e = new InputError(`unknown council '${line}'`, {
    location: { field: line },
    hint: line,
    suggestions: [line],
  });
  assert.ok(e.message.length <= 1000 && e.message.endsWith('\u2026'), e.message.slice(0, 100));
  const short = new InputError(`unknown council '${'y'.repeat(200)}' in row 3`);
  assert.equal(short.message, `unknown council '${'y'.repeat(79)}\u2026' in row 3`);
  assert.ok(e.describe().length < 3200, `describe() is ${e.describe().length} characters`);
  assert.equal(e.location.field?.length, 80);
  const header = columns.bind(null, parseCsv(`${line}\n1\n`, 'f.csv'));
  assert.throws(
    () => header(['a']),
    (x: unknown) => x instanceof InputError && x.describe().length < 3200,
  );
});
