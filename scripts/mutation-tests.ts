// The measures' tests in one process, for Stryker's command runner (`npm run mutation`): one start-up per
// mutant instead of one per test file. node:test runs every imported test and sets a failing exit code.
// `*.slow.test.ts` files (statistical checks that fit whole synthetic records, seconds per run) stay in
// `npm test` but are left out here: each area's fast, hand-worked tests must pin its code on their own.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'src', 'measures');
const files: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts') && !name.endsWith('.slow.test.ts')) files.push(p);
  }
};
walk(root);
// Arguments: folders under src/measures to test (`bearing`, `loans`), or `.` for the files at its top.
const only = (process.argv[2] ?? '').split(/[\s,]+/).filter(Boolean);
const inArea = (rel: string, area: string) =>
  area === '.' ? !rel.includes('/') : rel.startsWith(`${area}/`);
for (const f of files) {
  if (only.length && !only.some((a) => inArea(relative(root, f), a))) continue;
  await import(pathToFileURL(f).href);
}
