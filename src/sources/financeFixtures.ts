import { readFileSync } from 'node:fs';
import { Concordance } from '../countries/concordance.js';
import { parseCodelist } from './countrycode/parseCodelist.js';

/** Raw excerpts of the finance publisher files, committed for tests (src/snapshot/datasets/fixtures/raw). */
export const financeFixtureDir = new URL('../snapshot/datasets/fixtures/raw/', import.meta.url).pathname;

export function readFixture(path: string): string {
  return readFileSync(`${financeFixtureDir}${path}`, 'utf8');
}

/** The concordance of the fixture codelist (the countries the finance excerpts name). */
export function fixtureConcordance(): Concordance {
  const file = 'codes/countrycode_codelist_without_cldr.csv';
  return new Concordance(parseCodelist(readFixture(file), file));
}
