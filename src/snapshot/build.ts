import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { Concordance } from '../countries/concordance.js';
import { InputError } from '../errors.js';
import { decodeUtf8 } from '../sources/csv/decode.js';
import { tableCatalog } from '../store/catalog.js';
import { readCountries } from '../store/countries.js';
import {
  type DatasetEntry,
  type InputFileEntry,
  type Manifest,
  manifestFormat,
  type TableEntry,
} from '../store/manifest.js';
import { type ReadSnapshot, readSnapshot } from '../store/readManifest.js';
import { pointerName } from '../store/snapshotDir.js';
import { copyTableTo, createFromParquet } from '../store/sql.js';
import { type TableSpec, writeTable } from '../store/table.js';
import type { BuildContext, DatasetBuilder } from './dataset.js';
import { datasets } from './datasets/index.js';
import { cleanDataDir, publishSnapshot, type SwapStep, stagingName } from './swap.js';

export interface BuildOptions {
  /** Directory holding the raw publisher files (laid out as in SOURCES.md). */
  rawDir: string;
  /** The snapshot directory to (re)build; replaced atomically on success. */
  dataDir: string;
  /** Dataset ids to rebuild; the others are carried over from the current snapshot. Default: all. */
  only?: readonly string[];
  log?: (message: string) => void;
  /** Called as each dataset starts: index, count, id (for progress bars). */
  onDataset?: (index: number, count: number, id: string) => void;
  /**
   * Aborting stops the build before the swap: the staging directory is removed at once and
   * `onAbortedBeforeSwap` is called (the script exits there). Once the swap has begun it completes
   * (it takes milliseconds and is crash-safe anyway).
   */
  signal?: AbortSignal;
  onAbortedBeforeSwap?: () => void;
  /** Crash tests only: die with SIGKILL right after this step of the swap (see swap.ts). */
  faultAt?: SwapStep;
}

/**
 * Builds the snapshot from raw publisher files. Everything is written into a staging directory
 * beside `dataDir`; only when every dataset has parsed, validated and exported does the staging
 * directory replace the current snapshot. Any error leaves the current snapshot untouched.
 */
export async function buildSnapshot(options: BuildOptions): Promise<Manifest> {
  const log = options.log ?? (() => {});
  const all = datasets();
  const known = new Set(all.map((d) => d.id));
  for (const id of options.only ?? []) {
    if (!known.has(id)) {
      throw new InputError(`unknown dataset '${id}'`, {
        location: { field: 'source' },
        suggestions: [...known],
      });
    }
  }
  const selected = options.only ? all.filter((d) => options.only!.includes(d.id)) : all;
  const current = await currentSnapshot(options.dataDir);
  const previous = current?.manifest ?? null;
  if (options.only && !previous && !options.only.includes('countries')) {
    throw new InputError('no current snapshot to update: build all datasets first', {
      location: { file: join(options.dataDir, pointerName) },
    });
  }
  // Staging sits inside the data directory: same filesystem, so publishing is a rename.
  await mkdir(options.dataDir, { recursive: true });
  const staging = join(options.dataDir, stagingName());
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  let swapping = false;
  const onAbort = () => {
    if (swapping) return;
    rmSync(staging, { recursive: true, force: true });
    options.onAbortedBeforeSwap?.();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const entries: DatasetEntry[] = [];
    const builtAt = new Date().toISOString();
    let concordance: Concordance | null = null;
    // Datasets not rebuilt are carried over as they are, files and manifest entries alike,
    // and loaded into the staging database so that rebuilt datasets can read them.
    if (previous) {
      for (const entry of previous.datasets) {
        if (selected.some((d) => d.id === entry.id)) continue;
        for (const t of entry.tables) {
          await mkdir(dirname(join(staging, t.file)), { recursive: true });
          // Table files are never modified in place: a hard link shares them between versions.
          await link(join(current!.root, t.file), join(staging, t.file)).catch(() =>
            copyFile(join(current!.root, t.file), join(staging, t.file)),
          );
          await createFromParquet(connection, t.name, join(staging, t.file));
        }
        entries.push(entry);
      }
      if (!selected.some((d) => d.id === 'countries')) {
        concordance = new Concordance(await readCountries(connection));
      }
    }
    for (const [i, dataset] of selected.entries()) {
      options.onDataset?.(i, selected.length, dataset.id);
      log(`building ${dataset.id}`);
      const inputs: InputFileEntry[] = [];
      const tables: { spec: TableSpec; rows: number }[] = [];
      const snapshotTables = () =>
        entries.flatMap((e) => e.tables.map((t) => ({ dataset: e.id, name: t.name, sha256: t.sha256 })));
      const ctx = makeContext(options.rawDir, dataset, inputs, tables, connection, concordance, log);
      ctx.snapshotTables = snapshotTables;
      options.signal?.throwIfAborted();
      const result = await dataset.build(ctx);
      if (dataset.id === 'countries') concordance = new Concordance(await readCountries(connection));
      const tableEntries: TableEntry[] = [];
      for (const { spec, rows } of tables) {
        const file = `${dataset.id}/${spec.name}.parquet`;
        await mkdir(join(staging, dataset.id), { recursive: true });
        await copyTableTo(
          connection,
          spec.name,
          join(staging, file),
          '(FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 9)',
        );
        const bytes = await readFile(join(staging, file));
        tableEntries.push({
          name: spec.name,
          file,
          sha256: sha256(bytes),
          bytes: bytes.length,
          rows,
          description: spec.description,
        });
      }
      entries.push({
        id: dataset.id,
        title: dataset.title,
        publisher: dataset.publisher,
        version: result.version ?? dataset.version,
        license: dataset.license,
        inputs,
        tables: tableEntries,
        coverage: result.coverage,
        builtAt,
        notes: result.notes,
        ...(result.derivedFrom && { derivedFrom: result.derivedFrom }),
      });
    }
    const order = all.map((d) => d.id);
    entries.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    const manifest: Manifest = { format: manifestFormat, builtAt, datasets: entries };
    await writeFile(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    options.signal?.throwIfAborted();
    swapping = true;
    await publishSnapshot(staging, options.dataDir, current?.pointer?.version ?? null, options.faultAt);
    return manifest;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    connection.closeSync();
    instance.closeSync();
  }
}

function makeContext(
  rawDir: string,
  dataset: DatasetBuilder,
  inputs: InputFileEntry[],
  tables: { spec: TableSpec; rows: number }[],
  connection: BuildContext['connection'],
  concordance: Concordance | null,
  log: (message: string) => void,
): BuildContext {
  const record = async (path: string): Promise<Buffer> => {
    const full = join(rawDir, path);
    let bytes: Buffer;
    try {
      bytes = await readFile(full);
    } catch {
      throw new InputError(`raw file not found: ${path}`, {
        location: { file: path },
        hint: `expected under ${rawDir}; see docs/data.md for where to get it`,
      });
    }
    const url = dataset.inputs.find((i) => i.path === path)?.url;
    inputs.push({ path, sha256: sha256(bytes), bytes: bytes.length, ...(url ? { url } : {}) });
    return bytes;
  };
  return {
    async readBytes(path) {
      return record(path);
    },
    async readText(path) {
      const bytes = await record(path);
      let raw: Buffer;
      try {
        raw = path.endsWith('.gz') ? gunzipSync(bytes) : bytes;
      } catch {
        throw new InputError('corrupt gzip file', { location: { file: path } });
      }
      return decodeUtf8(raw, path);
    },
    async list(dir) {
      const full = join(rawDir, dir);
      const names = await readdir(full).catch(() => {
        throw new InputError(`raw directory not found: ${dir}`, { location: { file: dir } });
      });
      const files: string[] = [];
      for (const n of names.sort()) if ((await stat(join(full, n))).isFile()) files.push(join(dir, n));
      return files;
    },
    get concordance(): Concordance {
      if (!concordance) throw new Error(`dataset ${dataset.id} needs the countries dataset built first`);
      return concordance;
    },
    connection,
    async writeTable(spec, rows) {
      if (tableCatalog.get(spec.name) !== spec) {
        throw new Error(
          `table ${spec.name} (dataset ${dataset.id}) is not in the table catalog: add its TableSpec to src/store/catalog.ts`,
        );
      }
      const n = await writeTable(connection, spec, rows);
      tables.push({ spec, rows: n });
      return n;
    },
    snapshotTables: () => [],
    log,
  };
}

/**
 * The current snapshot, or null when the data directory holds none. Leftovers of a crashed run
 * (staging, temp pointers) are cleaned first; version directories stay until the next successful swap,
 * which keeps the new and the previous one (a running server may still read the previous), so a failed
 * build removes nothing a reader could use.
 */
async function currentSnapshot(dataDir: string): Promise<ReadSnapshot | null> {
  const snapshot = await readSnapshot(dataDir).catch((error: unknown) => {
    if (error instanceof InputError && error.message === 'no data snapshot found') return null;
    throw error;
  });
  if (snapshot?.pointer) await cleanDataDir(dataDir, 'all-versions');
  return snapshot;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
