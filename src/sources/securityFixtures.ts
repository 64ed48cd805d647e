import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Concordance } from '../countries/concordance.js';
import { parseCodelist } from './countrycode/parseCodelist.js';

/**
 * Raw excerpts of the security publisher files in their real formats (every Kenya line of the SIPRI
 * register and tidy table plus a few non-state ones, troopdata rows, ATOP dyads), committed for tests.
 */
export const securityFixtureDir = new URL('./sipri/fixtures/raw/', import.meta.url).pathname;

export const securityFiles = {
  register: 'security/sipri_arms_transfers_register_deliveries_1995_2025.csv',
  tidy: 'security/sipri_tiv_exports_by_supplier_recipient_year_1950_2021_360info.csv',
  troops: 'security/us_troops_abroad_country_year_1950_2024.csv',
  atop: 'security/atop5_alliances_directed_dyad_year_1815_2018.csv.gz',
} as const;

export function readSecurityFixture(path: string): string {
  const bytes = readFileSync(`${securityFixtureDir}${path}`);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

let concordance: Concordance | undefined;

/** The concordance of the fixture codelist (the states the security excerpts name). */
export function securityConcordance(): Concordance {
  const file = 'codes/countrycode_codelist_without_cldr.csv';
  concordance ??= new Concordance(parseCodelist(readSecurityFixture(file), file));
  return concordance;
}
