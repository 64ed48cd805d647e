/** The snapshot's manifest (data/manifest.json): what each bundled file is and where it came from. */
export interface Manifest {
  /** Snapshot format version; bumped when tables change shape. */
  format: number;
  builtAt: string;
  datasets: DatasetEntry[];
}

export interface DatasetEntry {
  /** Short id used on the CLI: `countries`, `unga`, `trade`, `debt`, `loans`, `visits`, ... */
  id: string;
  title: string;
  publisher: string;
  /** The publisher's edition or release, as stated in its files or documentation. */
  version: string;
  license: string;
  /** Raw publisher files the dataset was built from. */
  inputs: InputFileEntry[];
  /** Tables written into the snapshot. */
  tables: TableEntry[];
  /** Years and countries covered, where meaningful. */
  coverage: { from: number | null; to: number | null; countries: number | null };
  builtAt: string;
  /** Notes on reconciliation rules applied, for `bearing data status`. */
  notes: string[];
  /** Present when the dataset is computed from the snapshot's other tables rather than publisher files. */
  derivedFrom?: DerivedFrom;
}

/** What a derived dataset was computed from: the method's version and each input table's checksum. */
export interface DerivedFrom {
  method: string;
  /** Fingerprint of the method and the input tables, stored in the dataset's rows too. */
  key: string;
  tables: { dataset: string; name: string; sha256: string }[];
}

export interface InputFileEntry {
  /** Path relative to the raw data directory, e.g. `unga/unvotes_un_votes.csv.gz`. */
  path: string;
  sha256: string;
  bytes: number;
  /** Where a user can get the file from the publisher. */
  url?: string;
}

export interface TableEntry {
  name: string;
  /** File relative to the data directory, e.g. `unga/votes.parquet`. */
  file: string;
  sha256: string;
  bytes: number;
  rows: number;
  description: string;
}

export const manifestFormat = 1;
