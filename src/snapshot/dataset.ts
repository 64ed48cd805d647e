import type { DuckDBConnection } from '@duckdb/node-api';
import type { Concordance } from '../countries/concordance.js';
import type { DatasetEntry, DerivedFrom } from '../store/manifest.js';
import type { CellValue, TableSpec } from '../store/table.js';

/** What a dataset builder gets: raw files in, tables out, nothing else. */
export interface BuildContext {
  /** Reads a raw publisher file (gunzipping `.gz`) and records it as an input with its checksum. */
  readText(path: string): Promise<string>;
  /** Reads a raw file's bytes, recording it as an input. */
  readBytes(path: string): Promise<Buffer>;
  /** Lists a raw directory (relative to the raw data directory). */
  list(dir: string): Promise<string[]>;
  /** The concordance, from the countries dataset of this build or of the current snapshot. */
  concordance: Concordance;
  /** The staging database; earlier datasets' tables of this build are readable here. */
  connection: DuckDBConnection;
  /** Creates a table of the snapshot and fills it; it is exported to `<dataset>/<table>.parquet`. */
  writeTable(spec: TableSpec, rows: Iterable<readonly CellValue[]>): Promise<number>;
  /** The tables of the datasets built or carried over before this one, with their files' sha256. */
  snapshotTables(): { dataset: string; name: string; sha256: string }[];
  log(message: string): void;
}

export interface DatasetResult {
  /** The edition actually read, when it depends on the files present (default: the builder's `version`). */
  version?: string;
  coverage: DatasetEntry['coverage'];
  notes: string[];
  /** For a dataset computed from the snapshot's other tables (not from publisher files). */
  derivedFrom?: DerivedFrom;
}

/** One dataset of the snapshot: which publisher files it reads and how it turns them into tables. */
export interface DatasetBuilder {
  id: string;
  title: string;
  publisher: string;
  version: string;
  license: string;
  /** Raw files (relative to the raw data directory), with the publisher's address where known. */
  inputs: readonly { path: string; url?: string; optional?: boolean }[];
  /** Other datasets whose tables this one reads while building. */
  dependsOn?: readonly string[];
  build(ctx: BuildContext): Promise<DatasetResult>;
}
