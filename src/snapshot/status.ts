import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { DatasetEntry } from '../store/manifest.js';
import { readSnapshot } from '../store/readManifest.js';

export type FileState = 'ok' | 'corrupted' | 'missing';

export interface TableStatus {
  name: string;
  file: string;
  rows: number;
  bytes: number;
  /** sha256 recorded in the manifest. */
  sha256: string;
  /** sha256 of the file on disk (null when missing). */
  actual: string | null;
  state: FileState;
}

export interface DatasetStatus {
  id: string;
  title: string;
  publisher: string;
  version: string;
  license: string;
  coverage: DatasetEntry['coverage'];
  builtAt: string;
  inputs: DatasetEntry['inputs'];
  notes: string[];
  tables: TableStatus[];
}

export interface SnapshotStatus {
  dir: string;
  /** The version directory served (data/CURRENT), or null for the legacy layout. */
  version: string | null;
  /** sha256 of manifest.json, as recorded in data/CURRENT (null for the legacy layout). */
  manifestSha256: string | null;
  format: number;
  builtAt: string;
  datasets: DatasetStatus[];
  /** True when every table file matches its manifest checksum. */
  ok: boolean;
}

/**
 * What the snapshot holds and whether each file is intact: every table file is hashed and compared
 * with the manifest, one by one, so that a damaged file is reported without stopping at the first.
 */
export async function snapshotStatus(dir: string): Promise<SnapshotStatus> {
  const { manifest: m, root, pointer } = await readSnapshot(dir);
  const datasets: DatasetStatus[] = [];
  for (const d of m.datasets) {
    const tables: TableStatus[] = [];
    for (const t of d.tables) {
      const actual = await fileSha256(join(root, t.file));
      tables.push({
        name: t.name,
        file: t.file,
        rows: t.rows,
        bytes: t.bytes,
        sha256: t.sha256,
        actual,
        state: actual === null ? 'missing' : actual === t.sha256 ? 'ok' : 'corrupted',
      });
    }
    datasets.push({
      id: d.id,
      title: d.title,
      publisher: d.publisher,
      version: d.version,
      license: d.license,
      coverage: d.coverage,
      builtAt: d.builtAt,
      inputs: d.inputs,
      notes: d.notes,
      tables,
    });
  }
  return {
    dir,
    version: pointer?.version ?? null,
    manifestSha256: pointer?.sha256 ?? null,
    format: m.format,
    builtAt: m.builtAt,
    datasets,
    ok: datasets.every((d) => d.tables.every((t) => t.state === 'ok')),
  };
}

/** sha256 of a file, streamed; null when it cannot be read. */
export function fileSha256(path: string): Promise<string | null> {
  return new Promise((resolve) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', () => resolve(null));
  });
}
