// Runs a share of the bootstrap replicates in a worker thread and posts each one back as it finishes.
import { parentPort, workerData } from 'node:worker_threads';
import { type BootstrapSettings, bootstrapReplicate } from './bootstrap.js';
import type { FitResult, Observations } from './model.js';

const { obs, fit, settings, indices } = workerData as {
  obs: Observations;
  fit: FitResult;
  settings: BootstrapSettings;
  indices: number[];
};
for (const index of indices) {
  const positions = bootstrapReplicate(obs, fit, index, settings);
  parentPort!.postMessage({ index, positions }, [positions.buffer as ArrayBuffer]);
}
