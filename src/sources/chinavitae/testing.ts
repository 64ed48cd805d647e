import { readFileSync } from 'node:fs';

/** The committed sample of real China Vitae rows (fixtures/README.md). */
export const sampleFile = 'engagements_sample.csv';
export function sampleText(): string {
  return readFileSync(new URL(`./fixtures/${sampleFile}`, import.meta.url), 'utf8');
}
