// Runs every benchmark under bench/ (each file exports `run()`), or those named on the command line:
//   npm run bench                 all
//   npm run bench -- agreement    only bench/agreement.ts
import { readdirSync } from 'node:fs';
import { arch, cpus, totalmem } from 'node:os';

const names = process.argv.slice(2);
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts'))
  .filter((f) => names.length === 0 || names.some((n) => f.startsWith(n)))
  .sort();
console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'} (${arch()}), ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
);
for (const file of files) {
  console.log(`\n## ${file.replace(/\.ts$/, '')}`);
  const mod = (await import(new URL(file, import.meta.url).href)) as { run: () => Promise<void> };
  await mod.run();
}
