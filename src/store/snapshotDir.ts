// Where a snapshot lives inside the data directory. A build writes a complete, versioned directory
// (data/v-<12 hex of the manifest's sha256>/ with manifest.json and <dataset>/<table>.parquet) and
// then replaces ONE small pointer file, data/CURRENT, by a single rename: a reader sees the old
// snapshot or the new one, never a half of each and never none. A data directory without CURRENT is
// read in the legacy layout (manifest.json at the top), so an unrebuilt checkout keeps working.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from '../errors.js';

export const pointerName = 'CURRENT';
export const rebuildHint =
  'rebuild it with `npm run build-data` (raw files) or `bearing update --from-dir DIR`';

/** The pointer file's content: the version directory and the sha256 of its manifest.json bytes. */
export interface SnapshotPointer {
  version: string;
  sha256: string;
}

export interface ResolvedSnapshot {
  /** The data directory the caller named. */
  dataDir: string;
  /** The directory holding manifest.json and the table files (a version directory, or dataDir when legacy). */
  root: string;
  /** null in the legacy layout. */
  pointer: SnapshotPointer | null;
}

const versionPattern = /^v-[0-9a-f]{12}$/;
const shaPattern = /^[0-9a-f]{64}$/;

/** The version directory name for a manifest whose bytes hash to `sha256`. */
export function versionName(sha256: string): string {
  return `v-${sha256.slice(0, 12)}`;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function broken(message: string, file: string): InputError {
  return new InputError(message, { location: { file }, hint: rebuildHint, kind: 'unavailable' });
}

/** Reads data/CURRENT (null when absent: legacy layout); a malformed pointer is an unavailable snapshot. */
export async function readPointer(dataDir: string): Promise<SnapshotPointer | null> {
  const file = join(dataDir, pointerName);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw broken('snapshot pointer unreadable', file);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw broken('snapshot pointer is not valid JSON', file);
  }
  const p = parsed as Partial<SnapshotPointer> | null;
  if (
    !p ||
    typeof p.version !== 'string' ||
    typeof p.sha256 !== 'string' ||
    !versionPattern.test(p.version) ||
    !shaPattern.test(p.sha256) ||
    p.version !== versionName(p.sha256)
  ) {
    throw broken(
      'snapshot pointer is malformed (expected {"version":"v-<12 hex>","sha256":"<64 hex>"})',
      file,
    );
  }
  return { version: p.version, sha256: p.sha256 };
}

export async function resolveSnapshot(dataDir: string): Promise<ResolvedSnapshot> {
  const pointer = await readPointer(dataDir);
  return { dataDir, root: pointer ? join(dataDir, pointer.version) : dataDir, pointer };
}

/**
 * A manifest-relative file path made absolute inside `root`, refusing anything that would leave it
 * (`..`, absolute paths, NUL): the manifest is input, not code.
 */
export function snapshotFile(root: string, rel: string, manifestFile: string): string {
  const full = resolve(root, rel);
  const back = relative(resolve(root), full);
  if (rel.includes('\0') || isAbsolute(rel) || back.startsWith('..') || isAbsolute(back) || back === '') {
    throw broken(
      `manifest names a file outside the snapshot: ${JSON.stringify(rel.slice(0, 80))}`,
      manifestFile,
    );
  }
  return full;
}
