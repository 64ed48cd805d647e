import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { Concordance } from '../../countries/concordance.js';
import { InputError } from '../../errors.js';
import { extractClaims } from './extract.js';
import { country } from './testing.js';

// The extractor is a parser of untrusted text: fuzzed with random strings and with the seed article
// cut, spliced and salted with markup and control characters (fixed seed, so a failure reproduces).
// It must return sentences whose offsets hold, or refuse with an InputError, never anything else.

const concordance = new Concordance([
  country('KEN', 'Kenya'),
  country('CHN', 'China'),
  country('USA', 'United States'),
]);
const seed = readFileSync(new URL('../../../test/fixtures/articles/seed.txt', import.meta.url), 'utf8');

const noise = fc.constantFrom(
  '<p>',
  '</b>',
  '&amp;',
  '$',
  'US$',
  'bn',
  '%',
  '\u0000',
  '\u0007',
  '\ufffd',
  '\n',
  '.',
  '’s',
  'Kenya',
  'first visit',
  ' in 16 years',
  'largest trading partner',
);
const mutated = fc
  .tuple(
    fc.nat(seed.length),
    fc.nat(seed.length),
    fc.array(fc.tuple(fc.nat(seed.length), noise), { maxLength: 8 }),
  )
  .map(([a, b, inserts]) => {
    let t = seed.slice(Math.min(a, b), Math.max(a, b));
    for (const [at, s] of inserts) t = t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1));
    return t;
  });

test('extractClaims on random and mutated text: offsets hold, or an InputError', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), mutated), (text) => {
      try {
        const ex = extractClaims(text, concordance);
        for (const s of ex.sentences) assert.equal(ex.text.slice(s.start, s.end), s.text);
        for (const { draft, sentence } of ex.drafts) {
          assert.ok(
            draft.cue.start >= sentence.start && draft.cue.end <= sentence.end + 1,
            'cue inside its sentence',
          );
          assert.equal(typeof draft.claim.type, 'string');
        }
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
      }
    }),
    { numRuns: 2000, seed: 21 },
  );
});
