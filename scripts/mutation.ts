// `npm run mutation [-- area ...]`: Stryker over src/measures, one area at a time with only that area's
// tests (stryker.config.mjs), then one score per area and overall from the areas' JSON reports.
// Areas: each folder of src/measures (bearing, loans, idealPoints, ...), and `.` (the files at its top). CPU-heavy: not in
// `npm test`. `--report` only prints the scores of the reports already written.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';

// Every folder of src/measures is an area, and the files at its top are one more (`.`).
const all = [
  ...readdirSync('src/measures')
    .filter((d) => statSync(`src/measures/${d}`).isDirectory())
    .sort(),
  '.',
];
const args = process.argv.slice(2);
const reportOnly = args.includes('--report');
const areas = args.filter((a) => a !== '--report');
const chosen = areas.length ? areas : all;
const file = (area: string) => `reports/mutation/${area === '.' ? 'top' : area}.json`;

if (!reportOnly) {
  for (const area of chosen) {
    console.log(`\n# mutation: ${area}`);
    const r = spawnSync('npx', ['stryker', 'run'], {
      stdio: 'inherit',
      env: { ...process.env, MUTATION_AREA: area },
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

interface Mutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: { start: { line: number; column: number } };
}
type Report = { files: Record<string, { mutants: Mutant[] }> };

const detected = new Set(['Killed', 'Timeout']);
const counted = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
let totalDetected = 0;
let totalCounted = 0;
for (const area of all) {
  if (!existsSync(file(area))) {
    console.log(`${area.padEnd(12)} no report (${file(area)})`);
    continue;
  }
  const report = JSON.parse(readFileSync(file(area), 'utf8')) as Report;
  let d = 0;
  let c = 0;
  const survivors: string[] = [];
  for (const [name, f] of Object.entries(report.files)) {
    if (!existsSync(name)) continue; // a file deleted since the run
    for (const m of f.mutants) {
      if (!counted.has(m.status)) continue;
      c++;
      if (detected.has(m.status)) d++;
      else
        survivors.push(
          `  ${name}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} -> ${JSON.stringify(m.replacement ?? '')}`,
        );
    }
  }
  totalDetected += d;
  totalCounted += c;
  console.log(`${area.padEnd(12)} ${((100 * d) / c).toFixed(1)}% (${d} of ${c} detected)`);
  if (process.env.MUTATION_SURVIVORS) for (const s of survivors) console.log(s);
}
if (totalCounted)
  console.log(
    `src/measures  ${((100 * totalDetected) / totalCounted).toFixed(1)}% (${totalDetected} of ${totalCounted})`,
  );
