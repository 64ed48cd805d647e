// What an update is asked (options), reports as it goes (events) and returns.
import type { Manifest } from '../../store/manifest.js';

export type UpdateEvent =
  | { kind: 'download'; path: string; url: string; received: number; total: number | null }
  | { kind: 'downloaded'; path: string; bytes: number }
  | { kind: 'imported'; path: string; from: string }
  | { kind: 'build'; index: number; count: number; id: string };

export interface UpdateOptions {
  /** The snapshot directory to update (replaced atomically on success, untouched on failure). */
  dataDir: string;
  /** Where raw files are kept between updates; files obtained by an update are stored here on success. */
  cacheDir: string;
  /** Read-only raw directories consulted after the cache for files not downloaded (e.g. ../shared/data). */
  rawDirs?: readonly string[];
  /** `--source` names (unga, trade, debt, visits, countries, all). Default: all, or with `fromDir` what it holds. */
  sources?: readonly string[];
  /** Import hand-downloaded files from this directory instead of downloading. */
  fromDir?: string;
  /** One hand-downloaded file that extends a source (trade: an IMF IMTS CSV); with `sources` ['trade']. */
  fromFile?: string;
  /** Fetch every publisher address from this mirror (`MIRROR/host/path`), e.g. a test server. */
  mirror?: string;
  /** Per request timeout (default 10 minutes). */
  timeoutMs?: number;
  /** Rebuild even when every obtained file is identical to the one the snapshot was built from. */
  force?: boolean;
  onEvent?: (event: UpdateEvent) => void;
  log?: (message: string) => void;
}

export interface ObtainedFile {
  path: string;
  sha256: string;
  bytes: number;
  /** The address it was downloaded from, or the file it was imported from. */
  from: string;
}

export interface UpdateResult {
  datasets: string[];
  files: ObtainedFile[];
  /** True when nothing changed (every obtained file matched the snapshot's inputs): no rebuild. */
  upToDate: boolean;
  manifest: Manifest;
}
