import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Concordance } from '../../countries/concordance.js';
import { parseCodelist } from '../countrycode/parseCodelist.js';

/** The committed raw fixtures (test/fixtures/raw), laid out like the publishers' files. */
export const fixtureRawDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'raw',
);

/** A fixture file's text (gunzipped when it ends in .gz). */
export function fixtureText(path: string): string {
  const bytes = readFileSync(join(fixtureRawDir, path));
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

let concordance: Concordance | undefined;

/** The concordance of the fixture codelist (a few dozen states, historical ones included). */
export function fixtureConcordance(): Concordance {
  concordance ??= new Concordance(
    parseCodelist(fixtureText('codes/countrycode_codelist_without_cldr.csv'), 'codelist.csv'),
  );
  return concordance;
}
