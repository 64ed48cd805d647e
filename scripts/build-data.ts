// Builds the bundled snapshot (data/) from the raw publisher files.
// Usage: npm run build-data [-- --raw DIR] [--only unga,trade]
// The raw directory defaults to ../shared/data (laid out as in its SOURCES.md).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isInputError } from '../src/errors.js';
import { buildSnapshot } from '../src/snapshot/build.js';

const { values } = parseArgs({
  options: {
    raw: { type: 'string', default: '../shared/data' },
    out: { type: 'string', default: 'data' },
    only: { type: 'string' },
  },
});
const started = performance.now();
try {
  const manifest = await buildSnapshot({
    rawDir: resolve(values.raw!),
    dataDir: resolve(values.out!),
    only: values.only ? values.only.split(',') : undefined,
    log: (m) => console.error(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${m}`),
  });
  for (const d of manifest.datasets) {
    console.log(`${d.id.padEnd(12)} ${d.tables.map((t) => `${t.name}=${t.rows}`).join(' ')}`);
  }
  console.log(`snapshot written to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)}s`);
} catch (error) {
  if (isInputError(error)) {
    console.error(`build-data: ${error.describe()}`);
    console.error('the existing snapshot was left untouched');
    process.exit(2);
  }
  throw error;
}
