import { readFileSync } from 'node:fs';

/** The committed sample of real China Vitae rows (fixtures/README.md). */
export const sampleFile = 'engagements_sample.csv';
export function sampleText(): string {
  return readFileSync(new URL(`./fixtures/${sampleFile}`, import.meta.url), 'utf8');
}

/** The hand-labelled rows (fixtures/labelled_engagements.csv; docs/methods/visits.md). */
export const labelledFile = 'labelled_engagements.csv';
export function labelledText(): string {
  return readFileSync(new URL(`./fixtures/${labelledFile}`, import.meta.url), 'utf8');
}
