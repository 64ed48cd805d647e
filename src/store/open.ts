import { join, resolve } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { Concordance } from '../countries/concordance.js';
import { InputError } from '../errors.js';
import { packageRoot } from '../packageRoot.js';
import { readCountries } from './countries.js';
import type { Manifest } from './manifest.js';
import { readManifest, rebuildHint, verifySnapshot } from './readManifest.js';
import { createFromParquet } from './sql.js';

/** The opened snapshot: a DuckDB connection with every table of the manifest, and the concordance. */
export interface Store {
  readonly dir: string;
  readonly manifest: Manifest;
  readonly connection: DuckDBConnection;
  readonly concordance: Concordance;
  /** True when the named table is in the snapshot (datasets can be absent from a partial build). */
  has(table: string): boolean;
  /** Memoised derived data (vote matrices, precomputed tables), keyed by the caller. */
  readonly cache: Map<string, unknown>;
  close(): void;
}

export interface OpenOptions {
  /** Snapshot directory; default: BEARING_DATA_DIR, else the package's own data/. */
  dir?: string;
  /** Check every file's sha256 against the manifest first (default true). */
  verify?: boolean;
  /**
   * Load tables into memory (fast repeated queries, for the server) instead of views over the
   * Parquet files (fast start, for one-shot CLI commands). Default false.
   */
  materialize?: boolean;
}

/** The package's own data/ directory, found from this file's location (src/ or dist/). */
export function defaultDataDir(): string {
  if (process.env.BEARING_DATA_DIR) return resolve(process.env.BEARING_DATA_DIR);
  return join(packageRoot(), 'data');
}

export async function openStore(options: OpenOptions = {}): Promise<Store> {
  const dir = options.dir ?? defaultDataDir();
  const manifest = await readManifest(dir);
  if (options.verify ?? true) await verifySnapshot(dir, manifest);
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  const tables = new Set<string>();
  try {
    for (const dataset of manifest.datasets) {
      for (const t of dataset.tables) {
        await createFromParquet(
          connection,
          t.name,
          join(dir, t.file),
          options.materialize ? 'TABLE' : 'VIEW',
        );
        tables.add(t.name);
      }
    }
    if (!tables.has('countries')) {
      throw new InputError('the snapshot has no countries table', {
        location: { file: join(dir, 'manifest.json') },
        hint: rebuildHint,
        kind: 'unavailable',
      });
    }
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read the snapshot: ${(error as Error).message}`, {
      location: { file: dir },
      hint: rebuildHint,
      kind: 'unavailable',
    });
  }
  const concordance = new Concordance(await readCountries(connection));
  return {
    dir,
    manifest,
    connection,
    concordance,
    has: (table) => tables.has(table),
    cache: new Map(),
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
