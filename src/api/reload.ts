// A running server follows the snapshot on disk: when data/CURRENT changes (a cheap stat poll, the
// pointer is replaced by a rename so a change is always whole) or on SIGHUP, the new snapshot is
// opened, verified and warmed beside the old one, then swapped in (see liveStore.ts). A snapshot
// that fails to open is logged and the old one kept.
import { unwatchFile, watchFile } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../store/open.js';
import { pointerName, readPointer } from '../store/snapshotDir.js';

export interface SnapshotWatch {
  /** Checks the pointer now and swaps if it changed; resolves when done (true: swapped). */
  reload(): Promise<boolean>;
  stop(): void;
}

export function watchSnapshot(
  app: FastifyInstance,
  dataDir: string,
  served: Store,
  options: { intervalMs?: number; log?: (message: string) => void; signal?: boolean } = {},
): SnapshotWatch {
  const log = options.log ?? (() => {});
  let current = served.snapshot?.sha256 ?? null;
  let running: Promise<boolean> | null = null;
  let again = false;

  const check = async (): Promise<boolean> => {
    const pointer = await readPointer(dataDir).catch(() => null);
    if (!pointer || pointer.sha256 === current) return false;
    const t = performance.now();
    try {
      const next = await openStore({ dir: dataDir, materialize: true });
      await app.swapStore(next);
      current = next.snapshot?.sha256 ?? null;
      log(`serving snapshot ${next.snapshot?.version} (reloaded in ${Math.round(performance.now() - t)} ms)`);
      return true;
    } catch (error) {
      log(
        `snapshot ${pointer.version} not loaded, still serving the previous one: ${(error as Error).message}`,
      );
      current = pointer.sha256;
      return false;
    }
  };
  // One reload at a time; a change seen during one is checked again after it.
  const reload = (): Promise<boolean> => {
    if (running) {
      again = true;
      return running;
    }
    running = check().finally(() => {
      running = null;
      if (again) {
        again = false;
        void reload();
      }
    });
    return running;
  };
  const file = join(dataDir, pointerName);
  const onChange = () => void reload();
  watchFile(file, { interval: options.intervalMs ?? 1000, persistent: false }, onChange);
  const onHup = () => void reload();
  if (options.signal ?? true) process.on('SIGHUP', onHup);
  return {
    reload,
    stop() {
      unwatchFile(file, onChange);
      process.off('SIGHUP', onHup);
    },
  };
}
