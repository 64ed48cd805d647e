import { join, resolve } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { Concordance } from '../countries/concordance.js';
import { InputError } from '../errors.js';
import { packageRoot } from '../packageRoot.js';
import { tableCatalog } from './catalog.js';
import { readCountries } from './countries.js';
import type { Manifest } from './manifest.js';
import { readSnapshot, rebuildHint, verifySnapshot } from './readManifest.js';
import { createFromParquet, quoteIdentifier } from './sql.js';
import type { TableSpec } from './table.js';

/** The opened snapshot: a DuckDB connection with every table of the manifest, and the concordance. */
export interface Store {
  /** The data directory (holds CURRENT and the version directories, and the query cache). */
  readonly dir: string;
  /** The directory the tables were read from: data/v-<hex>, or the data directory (legacy layout). */
  readonly root: string;
  /** Which snapshot this is: the version directory's name and the manifest's sha256 (null: legacy). */
  readonly snapshot: { version: string; sha256: string } | null;
  readonly manifest: Manifest;
  readonly connection: DuckDBConnection;
  readonly concordance: Concordance;
  /** True when the named table is in the snapshot (datasets can be absent from a partial build). */
  has(table: string): boolean;
  /** Memoised derived data (vote matrices, precomputed tables), keyed by the caller. */
  readonly cache: Map<string, unknown>;
  /**
   * Loads every table into memory (done at open with `materialize: true`). Opened as views, a store
   * answers at once from the Parquet files; a server calls this after it starts listening. Queries
   * running meanwhile see either the view over the file or the in-memory table: the same rows.
   */
  materialize(): Promise<void>;
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
  const { manifest, root, pointer, manifestFile } = await readSnapshot(dir);
  if (options.verify ?? true) await verifySnapshot(root, manifest);
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  const tables = new Set<string>();
  try {
    for (const dataset of manifest.datasets) {
      for (const t of dataset.tables) {
        const file = join(root, t.file);
        await createFromParquet(connection, t.name, file, options.materialize ? 'TABLE' : 'VIEW').catch(
          () => {
            throw new InputError(`snapshot file unreadable: ${t.file}`, {
              location: { file },
              hint: rebuildHint,
              kind: 'unavailable',
            });
          },
        );
        await checkColumns(connection, tableCatalog.get(t.name)!, t.file, file);
        tables.add(t.name);
      }
    }
    if (!tables.has('countries')) {
      throw new InputError('the snapshot has no countries table', {
        location: { file: manifestFile },
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
  let materialized: Promise<void> | null = options.materialize ? Promise.resolve() : null;
  let closed = false;
  return {
    dir,
    root,
    snapshot: pointer,
    manifest,
    connection,
    concordance,
    has: (table) => tables.has(table),
    cache: new Map(),
    materialize() {
      materialized ??= (async () => {
        // A connection of its own: the tables are copied beside the views, then each view is pointed at
        // its copy in one statement (DuckDB's catalog is transactional).
        const own = await instance.connect();
        try {
          await own.run('CREATE SCHEMA IF NOT EXISTS mem');
          for (const dataset of manifest.datasets)
            for (const t of dataset.tables) {
              if (closed) return;
              const name = quoteIdentifier(t.name);
              await own.run(`CREATE TABLE mem.${name} AS SELECT * FROM ${name}`);
              await own.run(`CREATE OR REPLACE VIEW ${name} AS SELECT * FROM mem.${name}`);
            }
        } catch (error) {
          if (!closed) throw error;
        } finally {
          if (!closed) own.closeSync();
        }
      })();
      return materialized;
    },
    close() {
      closed = true;
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * The file's columns must be the spec's, names and types in order: a file swapped for another
 * table's (or an older format's) is reported like a damaged one, not as a binder error later.
 */
async function checkColumns(
  connection: DuckDBConnection,
  spec: TableSpec,
  rel: string,
  file: string,
): Promise<void> {
  const r = await connection.runAndReadAll(`DESCRIBE ${quoteIdentifier(spec.name)}`);
  const actual = r.getRowObjectsJS().map((c) => `${String(c.column_name)} ${String(c.column_type)}`);
  const expected = spec.columns.map((c) => `${c.name} ${c.type}`);
  if (actual.join(',') !== expected.join(',')) {
    const i = expected.findIndex((e, k) => actual[k] !== e);
    const where =
      i < 0
        ? `${actual.length - expected.length} extra column(s)`
        : `column ${i + 1}: expected '${expected[i]}', found '${actual[i] ?? 'nothing'}'`;
    throw new InputError(`snapshot file does not match table ${spec.name}: ${rel} (${where})`, {
      location: { file },
      hint: rebuildHint,
      kind: 'unavailable',
    });
  }
}
