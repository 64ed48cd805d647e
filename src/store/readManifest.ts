import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { namePattern, tableCatalog } from './catalog.js';
import { type Manifest, manifestFormat } from './manifest.js';
import {
  type ResolvedSnapshot,
  rebuildHint,
  resolveSnapshot,
  type SnapshotPointer,
  sha256Hex,
  snapshotFile,
} from './snapshotDir.js';

export { rebuildHint };

export interface ReadSnapshot extends ResolvedSnapshot {
  manifest: Manifest;
  /** The manifest's own path (inside `root`). */
  manifestFile: string;
}

function unavailable(message: string, file: string, field?: string): InputError {
  return new InputError(message, {
    location: field ? { file, field } : { file },
    hint: rebuildHint,
    kind: 'unavailable',
  });
}

/**
 * Resolves the current snapshot (data/CURRENT, else the legacy layout) and reads its manifest:
 * the manifest's bytes must hash to the pointer's sha256 (so rows, coverage and every other field
 * are covered by a checksum), and every name and path in it is validated before anyone uses it.
 */
export async function readSnapshot(dataDir: string): Promise<ReadSnapshot> {
  const resolved = await resolveSnapshot(dataDir);
  const file = join(resolved.root, 'manifest.json');
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    if (resolved.pointer) throw unavailable(`snapshot ${resolved.pointer.version} has no manifest`, file);
    throw unavailable('no data snapshot found', file);
  }
  if (resolved.pointer) checkPointer(resolved.pointer, bytes, file);
  let manifest: unknown;
  try {
    manifest = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw unavailable('manifest is not valid JSON', file);
  }
  validateManifest(manifest, resolved.root, file);
  return { ...resolved, manifest, manifestFile: file };
}

export async function readManifest(dataDir: string): Promise<Manifest> {
  return (await readSnapshot(dataDir)).manifest;
}

function checkPointer(pointer: SnapshotPointer, bytes: Buffer, file: string): void {
  const sum = sha256Hex(bytes);
  if (sum !== pointer.sha256) {
    throw unavailable(
      `snapshot manifest altered: manifest.json (sha256 ${sum.slice(0, 12)}..., CURRENT says ${pointer.sha256.slice(0, 12)}...)`,
      file,
    );
  }
}

/**
 * Checks the manifest's shape: dataset ids and table names match the name pattern, every table is
 * in the catalog, every file is `<dataset>/<table>.parquet` inside the snapshot, sums and counts are
 * well formed. Anything else is answered like a damaged file (unavailable, the file named, the rebuild).
 */
export function validateManifest(value: unknown, root: string, file: string): asserts value is Manifest {
  const m = value as Partial<Manifest> | null;
  if (!m || typeof m !== 'object' || m.format !== manifestFormat || !Array.isArray(m.datasets)) {
    throw unavailable(`unsupported snapshot format ${String(m?.format).slice(0, 20)}`, file, 'format');
  }
  const seen = new Set<string>();
  for (const [i, d] of m.datasets.entries()) {
    const at = `datasets[${i}]`;
    if (!d || typeof d !== 'object' || typeof d.id !== 'string' || !namePattern.test(d.id)) {
      throw unavailable(`manifest has an invalid dataset id ${show(d?.id)}`, file, `${at}.id`);
    }
    if (!Array.isArray(d.tables) || !Array.isArray(d.inputs) || !Array.isArray(d.notes)) {
      throw unavailable(`manifest dataset ${d.id} is malformed`, file, at);
    }
    for (const [j, t] of d.tables.entries()) {
      const tat = `${at}.tables[${j}]`;
      if (!t || typeof t.name !== 'string' || !namePattern.test(t.name) || !tableCatalog.has(t.name)) {
        throw unavailable(`manifest names an unknown table ${show(t?.name)}`, file, `${tat}.name`);
      }
      if (seen.has(t.name)) throw unavailable(`manifest names table ${t.name} twice`, file, `${tat}.name`);
      seen.add(t.name);
      if (typeof t.file !== 'string' || t.file !== `${d.id}/${t.name}.parquet`) {
        throw unavailable(
          `manifest table ${t.name} has an unexpected file ${show(t.file)}`,
          file,
          `${tat}.file`,
        );
      }
      snapshotFile(root, t.file, file);
      if (typeof t.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(t.sha256)) {
        throw unavailable(`manifest table ${t.name} has no valid sha256`, file, `${tat}.sha256`);
      }
      if (!Number.isSafeInteger(t.rows) || t.rows < 0 || !Number.isSafeInteger(t.bytes) || t.bytes < 0) {
        throw unavailable(`manifest table ${t.name} has invalid rows or bytes`, file, tat);
      }
    }
  }
}

function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

/**
 * Checks every table file against the manifest's sha256. A mismatch means the file was damaged or
 * edited by hand: the error names the file and the command that rebuilds it.
 */
export async function verifySnapshot(root: string, manifest: Manifest): Promise<void> {
  for (const dataset of manifest.datasets) {
    for (const table of dataset.tables) {
      const file = join(root, table.file);
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch {
        throw unavailable(`snapshot file missing: ${table.file}`, file);
      }
      const sum = sha256Hex(bytes);
      if (sum !== table.sha256) {
        throw unavailable(
          `snapshot file corrupted: ${table.file} (sha256 ${sum.slice(0, 12)}..., manifest says ${table.sha256.slice(0, 12)}...)`,
          file,
        );
      }
    }
  }
}
