// Publishing a built snapshot with one atomic step, and cleaning what crashed runs left behind.
// The staging directory (data/.staging-PID, same filesystem) is renamed to its version directory
// (data/v-<12 hex of the manifest's sha256>), then a temp pointer (data/CURRENT.tmp-PID) is written,
// flushed and renamed over data/CURRENT: that rename is the switch. A crash before it leaves the
// old snapshot current; a crash after it leaves the new one current; cleanup runs after every
// successful publish and removes whatever an earlier crash left.
import { existsSync } from 'node:fs';
import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { namePattern } from '../store/catalog.js';
import { pointerName, type SnapshotPointer, sha256Hex, versionName } from '../store/snapshotDir.js';

/** The named steps of a publish, in order; a fault injected at a step kills the process right after it. */
export const swapSteps = [
  'staged',
  'versioned',
  'pointer-written',
  'switched',
  'legacy-half-removed',
  'cleaned',
] as const;
export type SwapStep = (typeof swapSteps)[number];

/**
 * Test hook: when `at` names this step, the process dies here with SIGKILL (no handler, no cleanup),
 * exactly as a crash or `kill -9` would. Only the crash tests set it.
 */
function fault(at: SwapStep | undefined, step: SwapStep): void {
  if (at === step) process.kill(process.pid, 'SIGKILL');
}

export function stagingName(pid = process.pid): string {
  return `.staging-${pid}`;
}

/**
 * Makes `staging` (inside `dataDir`, with its manifest.json written) the current snapshot, then
 * cleans up. `previous` is the version directory that was current (kept, for readers that opened it).
 */
export async function publishSnapshot(
  staging: string,
  dataDir: string,
  previous: string | null,
  faultAt?: SwapStep,
): Promise<SnapshotPointer> {
  const bytes = await readFile(join(staging, 'manifest.json'));
  fault(faultAt, 'staged');
  const sha256 = sha256Hex(bytes);
  const version = versionName(sha256);
  const target = join(dataDir, version);
  // Same manifest bytes, same content: a version directory only ever appears by renaming a
  // complete staging directory, so an existing one is already whole.
  if (existsSync(target)) await rm(staging, { recursive: true, force: true });
  else await rename(staging, target);
  fault(faultAt, 'versioned');
  const pointer: SnapshotPointer = { version, sha256 };
  const tmp = join(dataDir, `${pointerName}.tmp-${process.pid}`);
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(`${JSON.stringify(pointer)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  fault(faultAt, 'pointer-written');
  await rename(tmp, join(dataDir, pointerName));
  await syncDir(dataDir);
  fault(faultAt, 'switched');
  await cleanDataDir(dataDir, [version, previous], faultAt);
  fault(faultAt, 'cleaned');
  return pointer;
}

async function syncDir(dir: string): Promise<void> {
  // The rename is durable only once the directory entry is flushed (no-op where unsupported).
  const handle = await open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => {});
  await handle.close();
}

/** True when a process with this id is running (a staging directory of a live build is left alone). */
export function alive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes from the data directory: the legacy layout (once CURRENT exists), staging directories
 * and pointer temp files of processes that are gone, and version directories other than `keep`
 * ('all-versions': none, as before a build, whose failure must leave every snapshot a server may read).
 * The query cache (.cache) and anything unrecognised are left alone.
 */
export async function cleanDataDir(
  dataDir: string,
  keep: readonly (string | null)[] | 'all-versions',
  faultAt?: SwapStep,
): Promise<void> {
  await removeLegacy(dataDir, faultAt);
  for (const name of await readdir(dataDir)) {
    const staging = /^\.staging-(\d+)$/.exec(name) ?? /^CURRENT\.tmp-(\d+)$/.exec(name);
    if (staging && !alive(Number(staging[1]))) {
      await rm(join(dataDir, name), { recursive: true, force: true });
    } else if (keep !== 'all-versions' && /^v-[0-9a-f]{12}$/.test(name) && !keep.includes(name)) {
      await rm(join(dataDir, name), { recursive: true, force: true });
    }
  }
}

/**
 * The first build in the versioned layout removes the legacy snapshot (data/manifest.json and the
 * dataset folders it lists), folders first and the manifest last, so that an interrupted removal
 * still has the manifest saying what is left to remove.
 */
async function removeLegacy(dataDir: string, faultAt?: SwapStep): Promise<void> {
  const manifestFile = join(dataDir, 'manifest.json');
  if (!existsSync(join(dataDir, pointerName)) || !existsSync(manifestFile)) return;
  let ids: string[] = [];
  try {
    const legacy = JSON.parse(await readFile(manifestFile, 'utf8')) as { datasets?: { id?: unknown }[] };
    ids = (legacy.datasets ?? [])
      .map((d) => d?.id)
      .filter((id): id is string => typeof id === 'string' && namePattern.test(id));
  } catch {
    // An unreadable legacy manifest names nothing to remove; it is removed itself below.
  }
  for (const [i, id] of ids.entries()) {
    await rm(join(dataDir, id), { recursive: true, force: true });
    if (i === 0) fault(faultAt, 'legacy-half-removed');
  }
  await rm(manifestFile, { force: true });
}
