import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type FitSettings, fitModel } from './fit.js';
import { identification, identified } from './identify.js';
import type { FitResult, Observations } from './model.js';
import { Random } from './random.js';
import { simulateCategories } from './simulate.js';

export interface BootstrapSettings {
  replicates: number;
  /** Iteration cap per replicate: each starts at the point estimate, which is near its own optimum. */
  replicateIterations: number;
  seed: number;
  workers: number;
  positiveCountry: string;
  fit: Omit<FitSettings, 'onIteration'>;
}

/**
 * Replicate `index` of the parametric bootstrap: votes drawn from the fitted model, the model refitted
 * from the point estimate, and the result identified by the same rule as the point estimate. Returns
 * the identified position of every cell.
 */
export function bootstrapReplicate(
  obs: Observations,
  fit: FitResult,
  index: number,
  settings: BootstrapSettings,
): Float64Array {
  const random = new Random(settings.seed * 7919 + index * 104729 + 1);
  const simulated: Observations = { ...obs, category: simulateCategories(obs, fit, random) };
  const refit = fitModel(
    simulated,
    { ...settings.fit, maxIterations: settings.replicateIterations, exactVariances: false },
    fit,
  );
  return identified(refit.mean, identification(obs, refit.mean, settings.positiveCountry));
}

/**
 * All replicates, spread over worker threads (each replicate is independent, so two cores halve the
 * time). With `workers` 0 the replicates run on the calling thread.
 */
export async function bootstrap(
  obs: Observations,
  fit: FitResult,
  settings: BootstrapSettings,
  onReplicate?: (done: number) => void,
): Promise<Float64Array[]> {
  const results: Float64Array[] = new Array(settings.replicates);
  const workers = Math.min(settings.workers, settings.replicates);
  if (workers <= 0) {
    for (let b = 0; b < settings.replicates; b++) {
      results[b] = bootstrapReplicate(obs, fit, b, settings);
      onReplicate?.(b + 1);
    }
    return results;
  }
  let done = 0;
  const shares: number[][] = Array.from({ length: workers }, () => []);
  for (let b = 0; b < settings.replicates; b++) shares[b % workers].push(b);
  await Promise.all(
    shares.map(
      (indices) =>
        new Promise<void>((resolve, reject) => {
          const worker = startWorker({ obs, fit, settings, indices });
          worker.on('message', (message: { index: number; positions: Float64Array }) => {
            results[message.index] = message.positions;
            done++;
            onReplicate?.(done);
          });
          worker.on('error', reject);
          worker.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`bootstrap worker exited ${code}`)),
          );
        }),
    ),
  );
  return results;
}

/**
 * The worker module beside this one: compiled `.js` in dist; from source (under tsx) a small loader
 * that registers tsx in the worker before importing the `.ts` module, since loader hooks of the parent
 * thread do not reach workers.
 */
function startWorker(workerData: unknown): Worker {
  const js = new URL('./bootstrapWorker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js, { workerData });
  const ts = new URL('./bootstrapWorker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(code, { eval: true, workerData });
}
