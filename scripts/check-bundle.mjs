#!/usr/bin/env node
// The dashboard's first-load JavaScript budget: the entry chunk and every chunk it imports
// statically (what the browser must fetch before the page runs), gzip-compressed, at most 250 kB.
// Chunks loaded on demand (Observable Plot, for the country and loan pages) are reported apart.
// Usage: node scripts/check-bundle.mjs [web/dist] [--budget 250000]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? 'web/dist';
const budgetFlag = args.indexOf('--budget');
const budget = budgetFlag >= 0 ? Number(args[budgetFlag + 1]) : 250_000;

let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
} catch {
  console.error(`check-bundle: no ${dist}/.vite/manifest.json; run \`npm run build:web\` first`);
  process.exit(2);
}

const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
const first = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || first.has(chunk.file)) return;
  first.add(chunk.file);
  for (const k of chunk.imports ?? []) visit(k);
};
for (const [key] of entries) visit(key);
const lazy = new Set(
  Object.values(manifest)
    .map((c) => c.file)
    .filter((f) => f.endsWith('.js') && !first.has(f)),
);

let total = 0;
for (const f of first) {
  const size = gz(f);
  total += size;
  console.log(`first load  ${f.padEnd(40)} ${(size / 1000).toFixed(1).padStart(7)} kB gzip`);
}
for (const f of lazy)
  console.log(`on demand   ${f.padEnd(40)} ${(gz(f) / 1000).toFixed(1).padStart(7)} kB gzip`);
console.log(`first-load JS: ${(total / 1000).toFixed(1)} kB gzip (budget ${(budget / 1000).toFixed(0)} kB)`);
if (total > budget) {
  console.error(`check-bundle: first-load JS ${total} B gzip is over the budget of ${budget} B`);
  process.exit(1);
}
