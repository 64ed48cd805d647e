// Builds the bundled snapshot (data/) from the raw publisher files.
// Usage: npm run build-data [-- --raw DIR] [--only unga,trade]
// The raw directory defaults to ../shared/data (laid out as in its SOURCES.md).
// Run directly by node (`node --import tsx`), with no wrapper process: a SIGINT or SIGTERM reaches
// this process, which stops before the swap and removes its staging directory.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isInputError } from '../src/errors.js';
import { buildSnapshot } from '../src/snapshot/build.js';
import { type SwapStep, swapSteps } from '../src/snapshot/swap.js';

const { values } = parseArgs({
  options: {
    raw: { type: 'string', default: '../shared/data' },
    out: { type: 'string', default: 'data' },
    only: { type: 'string' },
  },
});
const started = performance.now();
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`build-data: ${signal}: stopping`);
    controller.abort();
  });
}
// Crash tests only (src/snapshot/crash.test.ts): die with SIGKILL after this step of the swap.
const faultAt = process.env.BEARING_FAULT_AT as SwapStep | undefined;
if (faultAt && !swapSteps.includes(faultAt)) throw new Error(`BEARING_FAULT_AT: no step ${faultAt}`);
try {
  const manifest = await buildSnapshot({
    rawDir: resolve(values.raw!),
    dataDir: resolve(values.out!),
    only: values.only ? values.only.split(',') : undefined,
    log: (m) => console.error(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${m}`),
    signal: controller.signal,
    onAbortedBeforeSwap: () => {
      console.error('build-data: stopped before the swap; the existing snapshot was left untouched');
      process.exit(130);
    },
    faultAt,
  });
  for (const d of manifest.datasets) {
    console.log(`${d.id.padEnd(12)} ${d.tables.map((t) => `${t.name}=${t.rows}`).join(' ')}`);
  }
  console.log(`snapshot written to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  if (controller.signal.aborted) process.exit(130);
} catch (error) {
  if (isInputError(error)) {
    console.error(`build-data: ${error.describe()}`);
    console.error('the existing snapshot was left untouched');
    process.exit(2);
  }
  if (controller.signal.aborted) process.exit(130);
  throw error;
}
