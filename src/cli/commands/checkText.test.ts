import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { runCli } from '../testing.js';
import { readTextInput } from '../textInput.js';

const dir = mkdtempSync(join(tmpdir(), 'bearing-text-'));
const file = (name: string, body: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
};

test('check --text FILE: statements with verdicts in words, --json with offsets and claim JSON', async () => {
  const p = file('a.txt', 'China remains Kenya’s largest trading partner. It rained.');
  const words = await runCli('check', '--text', p);
  assert.equal(words.code, 0, words.err);
  assert.match(words.out, /^1 checkable statement in 2 sentences; about KEN/);
  assert.match(words.out, /SUPPORTED {2}\[largest-partner\] chars 0-46/);
  const json = await runCli('check', '--text', p, '--json');
  const r = JSON.parse(json.out);
  assert.deepEqual(r.statements[0].sentence, {
    start: 0,
    end: 46,
    text: 'China remains Kenya’s largest trading partner.',
    index: 0,
  });
  assert.equal(r.statements[0].claim.partner, 'CHN');
});

test('check --text: bad input is a clear answer or an error naming the problem (exit 2), never a crash', async () => {
  assert.match((await runCli('check', '--text', file('empty.txt', ''))).out, /no text: nothing to check/);
  const bin = await runCli('check', '--text', file('b.bin', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0x14, 0])));
  assert.equal(bin.code, 2);
  assert.match(bin.err, /binary/);
  const big = await runCli('check', '--text', file('big.txt', Buffer.alloc(10 * 2 ** 20, 'a')));
  assert.equal(big.code, 2);
  assert.match(big.err, /too long: 10\.0 MB/);
  assert.equal((await runCli('check', '--text', join(dir, 'missing.txt'))).code, 2);
  const date = await runCli('check', '--text', file('c.txt', 'x'), '--date', '2024-02-30');
  assert.equal(date.code, 2);
  assert.match(date.err, /--date/);
});

test('standard input (-) is read up to the limit', async () => {
  const { raw, source } = await readTextInput(
    '-',
    Readable.from([Buffer.from('China remains '), Buffer.from('Kenya’s partner.')]),
  );
  assert.equal(raw, 'China remains Kenya’s partner.');
  assert.equal(source, 'stdin');
  await assert.rejects(
    readTextInput('-', Readable.from([Buffer.alloc(900_000), Buffer.alloc(900_000)])),
    (e: unknown) => e instanceof InputError && /too long/.test(e.message),
  );
});
