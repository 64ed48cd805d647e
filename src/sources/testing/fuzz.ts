import assert from 'node:assert/strict';
import { InputError } from '../../errors.js';

/**
 * Fuzzing of publisher-file parsers: seeded, bounded, and the same contract for every parser.
 * A parser, given any text, either returns or throws an InputError that names the file and a line
 * or a field. Anything else (TypeError, RangeError, a hang) is a bug.
 */
export interface FuzzTarget {
  /** Name shown in test output: `<publisher>/<parser>`. */
  name: string;
  /** Valid publisher-format texts the mutations start from (keep them small: a few records). */
  seeds: () => string[];
  /** Runs the parser on one text; `file` is the name it must report. */
  parse: (text: string, file: string) => unknown;
}

/** One line per parser: `target('undl/parseUndlLong', () => [seed], (t, f) => parseUndlLong(t, f, c))`. */
export function target(name: string, seeds: () => string[], parse: FuzzTarget['parse']): FuzzTarget {
  return { name, seeds, parse };
}

const tokens = [
  '',
  ',',
  ',,',
  '"',
  '""',
  '"\n',
  '\n',
  '\r\n',
  '\r',
  '\u0000',
  '\ufeff',
  '\ud800',
  'é',
  '😀',
  '<',
  '>',
  '</',
  '/>',
  '&',
  '&amp;',
  '&#0;',
  '&bogus;',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '-1',
  '0',
  '1e309',
  'NaN',
  'Infinity',
  '99999999999999999999',
  '0x1F',
  '1.5',
  '-0',
  '2020-02-30',
  '0000-00-00',
  '9999-12-31',
  '31/12/2020',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
  ' ',
  '\t',
  'Y',
  'N',
  'A',
  'X',
  'yes',
  'no',
  'abstain',
  'USA',
  'Kenya',
  'ZZZ',
  '$1.2B',
  '$',
  'M',
  '-',
  '1,000',
];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replaceChar'; at: number; char: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'dropLine'; line: number }
  | { kind: 'duplicateLine'; line: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'replaceField'; line: number; field: number; text: string }
  | { kind: 'replaceTag'; at: number; text: string };

/** A small seeded PRNG (mulberry32): fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const replaceChars = [',', '"', '\n', '<', '>', '/', '=', '0', 'x', ' ', '-', ':'];

function randomMutation(rand: () => number): Mutation {
  const int = (n: number) => Math.floor(rand() * n);
  const nat = () => int(1 << 30);
  const piece = (): string => {
    const r = rand();
    if (r < 0.7) return tokens[int(tokens.length)];
    const length = int(8);
    let out = '';
    for (let i = 0; i < length; i++) {
      out += String.fromCharCode(r < 0.85 ? 32 + int(95) : int(0x10000));
    }
    return out;
  };
  switch (int(9)) {
    case 0:
      return { kind: 'insert', at: nat(), text: piece() };
    case 1:
      return { kind: 'delete', at: nat(), length: 1 + int(40) };
    case 2:
      return { kind: 'replaceChar', at: nat(), char: replaceChars[int(replaceChars.length)] };
    case 3:
      return { kind: 'truncate', at: nat() };
    case 4:
      return { kind: 'dropLine', line: nat() };
    case 5:
      return { kind: 'duplicateLine', line: nat() };
    case 6:
      return { kind: 'swapLines', a: nat(), b: nat() };
    case 7:
      return { kind: 'replaceField', line: nat(), field: int(41), text: piece() };
    default:
      return { kind: 'replaceTag', at: nat(), text: piece() };
  }
}

/** Applies one mutation to a text. Positions wrap around the text's length. */
export function mutate(text: string, m: Mutation): string {
  const n = Math.max(1, text.length);
  const lines = () => text.split('\n');
  switch (m.kind) {
    case 'insert':
      return text.slice(0, m.at % (n + 1)) + m.text + text.slice(m.at % (n + 1));
    case 'delete':
      return text.slice(0, m.at % n) + text.slice((m.at % n) + m.length);
    case 'replaceChar':
      return text.slice(0, m.at % n) + m.char + text.slice((m.at % n) + 1);
    case 'truncate':
      return text.slice(0, m.at % n);
    case 'dropLine': {
      const l = lines();
      l.splice(m.line % l.length, 1);
      return l.join('\n');
    }
    case 'duplicateLine': {
      const l = lines();
      const i = m.line % l.length;
      l.splice(i, 0, l[i]);
      return l.join('\n');
    }
    case 'swapLines': {
      const l = lines();
      const a = m.a % l.length;
      const b = m.b % l.length;
      [l[a], l[b]] = [l[b], l[a]];
      return l.join('\n');
    }
    case 'replaceField': {
      const l = lines();
      const i = m.line % l.length;
      const fields = l[i].split(',');
      fields[m.field % fields.length] = m.text;
      l[i] = fields.join(',');
      return l.join('\n');
    }
    case 'replaceTag': {
      // Replace the text between one '>' and the next '<' (an XML element's content).
      const starts: number[] = [];
      for (let i = text.indexOf('>'); i >= 0 && starts.length < 2000; i = text.indexOf('>', i + 1))
        starts.push(i);
      if (starts.length === 0) return text + m.text;
      const s = starts[m.at % starts.length] + 1;
      const e = text.indexOf('<', s);
      return text.slice(0, s) + m.text + (e < 0 ? '' : text.slice(e));
    }
  }
}

/**
 * The `index`-th malformed variant of the seeds for a run seed: one to four mutations of a seed, or
 * (one time in thirty) arbitrary characters. Deterministic, so a failure is reproduced by its index.
 */
export function malformed(seeds: readonly string[], seed: number, index: number): string {
  const rand = prng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  if (rand() < 1 / 30) {
    const length = Math.floor(rand() * 200);
    let out = '';
    for (let i = 0; i < length; i++) out += String.fromCharCode(Math.floor(rand() * 0x10000));
    return out;
  }
  let text = seeds[Math.floor(rand() * seeds.length)];
  const count = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) text = mutate(text, randomMutation(rand));
  return text;
}

export interface FuzzReport {
  runs: number;
  rejected: number;
  accepted: number;
  ms: number;
}

/**
 * Runs `runs` malformed inputs through a target with a fixed seed. Fails on the first exception that
 * is not an InputError naming the file and a line or field, with the run's index and input.
 */
export function fuzz(
  t: FuzzTarget,
  options: { runs?: number; seed?: number; file?: string } = {},
): FuzzReport {
  const file = options.file ?? `fuzz/${t.name.replace(/\W+/g, '_')}`;
  const seed = options.seed ?? 20261127;
  const seeds = t.seeds();
  for (const s of seeds) t.parse(s, file); // seeds must parse: otherwise the fuzzing tests nothing
  const report: FuzzReport = { runs: options.runs ?? 10_000, rejected: 0, accepted: 0, ms: 0 };
  const started = performance.now();
  for (let i = 0; i < report.runs; i++) {
    const text = malformed(seeds, seed, i);
    try {
      t.parse(text, file);
      report.accepted++;
    } catch (error) {
      const where = `${t.name}, run ${i} (seed ${seed}), input ${JSON.stringify(text.length > 3000 ? `${text.slice(0, 3000)}...` : text)}`;
      if (!(error instanceof InputError)) {
        throw new assert.AssertionError({
          message: `${where}: threw ${(error as Error)?.stack ?? String(error)}`,
        });
      }
      report.rejected++;
      const { line, field } = error.location;
      assert.equal(error.location.file, file, `${where}: error names the file: ${error.message}`);
      assert.ok(
        line !== undefined || field !== undefined,
        `${where}: error names a line or field: ${error.message}`,
      );
      if (line !== undefined) {
        assert.ok(Number.isInteger(line) && line >= 1, `${where}: line is a positive integer: ${line}`);
      }
    }
  }
  report.ms = performance.now() - started;
  return report;
}

/** The first `n` lines of a text (header plus a few records), for small seeds. */
export function headLines(text: string, n: number): string {
  return `${text.split('\n').slice(0, n).join('\n')}\n`;
}
