import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { copyFile, mkdir, open, readdir, readFile, rename, rm, stat, symlink } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { InputError } from '../errors.js';
import { isUndlLongHeader } from '../sources/undl/parseUndlLong.js';
import type { Manifest } from '../store/manifest.js';
import { readManifest } from '../store/readManifest.js';
import { buildSnapshot } from './build.js';
import type { DatasetBuilder } from './dataset.js';
import { datasets as allDatasets } from './datasets/index.js';
import { importSingleFile, renameLocation } from './importFile.js';
import {
  mirrored,
  type PublisherFile,
  type PublisherListing,
  publisherFiles,
  releaseDateKey,
  updateSources,
} from './publishers.js';
import { alive } from './swap.js';

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

/**
 * Updates the snapshot from the publishers (or from a folder of hand-downloaded files):
 * 1. obtain the files into a staging folder beside the raw cache, checking each download (HTTP status,
 *    length against Content-Length, gzip integrity, not an HTML page);
 * 2. lay the other raw files the datasets need under it (links to the cache or the raw folders);
 * 3. rebuild the datasets with `buildSnapshot`, which parses and validates everything into its own
 *    staging folder and swaps it in only when every dataset built;
 * 4. only then store the new files in the raw cache.
 * Any failure removes the staging folders and leaves the snapshot and the cache as they were; the
 * error says which file and why.
 */
export async function updateSnapshot(options: UpdateOptions): Promise<UpdateResult> {
  const log = options.log ?? (() => {});
  const emit = options.onEvent ?? (() => {});
  const builders = allDatasets();
  const previous = await readManifest(options.dataDir);
  const staging = `${options.cacheDir.replace(/[/\\]+$/, '')}.staging-${process.pid}`;
  await removeStaleCacheStaging(options.cacheDir);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    let selected: DatasetBuilder[];
    const obtained: ObtainedFile[] = [];
    if (options.fromFile) {
      const sources = options.sources?.length ? options.sources : ['trade'];
      if (sources.length !== 1) {
        throw new InputError('--from-file extends one source: give --source trade', {
          location: { field: 'source' },
        });
      }
      const source = sources[0].trim().toLowerCase();
      const file = await importSingleFile(options.fromFile, source, staging);
      obtained.push(file);
      emit({ kind: 'imported', path: file.path, from: file.from });
      selected = selectDatasets([source], builders);
    } else if (options.fromDir) {
      const imported = await importFromDir(options.fromDir, staging, builders, emit, log);
      obtained.push(...imported);
      selected = options.sources?.length
        ? selectDatasets(options.sources, builders)
        : builders.filter((d) => imported.some((f) => readsPath(d, f.path)));
      if (imported.length === 0) {
        throw new InputError('no file in the folder is one bearing reads', {
          location: { file: options.fromDir },
          hint: 'name files as in the raw layout (e.g. unga/undl_ga_voting.csv) or by their raw file names; see docs/data/snapshot.md',
        });
      }
      if (selected.length === 0) {
        throw new InputError(`the files imported feed none of the sources ${options.sources?.join(', ')}`, {
          location: { file: options.fromDir, field: 'source' },
        });
      }
    } else {
      selected = selectDatasets(options.sources?.length ? options.sources : ['all'], builders);
      for (const entry of publisherFiles.filter((f) => selected.some((d) => d.id === f.dataset))) {
        obtained.push(...(await downloadEntry(entry, staging, options, emit, log)));
      }
    }
    const known = new Set(previous.datasets.map((d) => d.id));
    selected = withDependents(selected, builders, known);
    const ids = selected.map((d) => d.id);
    // Datasets the rebuilt ones depend on must be in the snapshot already.
    for (const d of selected) {
      for (const dep of d.dependsOn ?? []) {
        if (!ids.includes(dep) && !known.has(dep)) {
          throw new InputError(`dataset ${d.id} needs ${dep}, which the snapshot does not have`, {
            location: { field: 'source' },
            hint: `update ${dep} too (--source ${dep},${d.id} or --source all)`,
          });
        }
      }
    }
    const layers = [options.cacheDir, ...(options.rawDirs ?? [])];
    await overlay(staging, layers, selected);
    const missing = await missingInputs(staging, selected);
    if (missing.length > 0) {
      throw new InputError(
        `raw file${missing.length > 1 ? 's' : ''} not available: ${missing.map((m) => m.path).join(', ')}`,
        {
          location: { file: missing[0].path },
          hint: `${missing
            .map((m) => `${m.path}: ${m.url ? `get it from ${m.url}` : 'see docs/data.md'}`)
            .join('; ')}; then run bearing update --from-dir DIR (or keep it in ${options.cacheDir})`,
          kind: 'unavailable',
        },
      );
    }
    const before = new Map(
      previous.datasets.flatMap((d) => d.inputs.map((i) => [i.path, i.sha256] as const)),
    );
    const unchanged = obtained.every((f) => before.get(f.path) === f.sha256);
    const complete = selected.every((d) => known.has(d.id));
    if (unchanged && complete && !options.force && obtained.length > 0) {
      log('every file is identical to the one the snapshot was built from: nothing to rebuild');
      return { datasets: ids, files: obtained, upToDate: true, manifest: previous };
    }
    const manifest = await buildSnapshot({
      rawDir: staging,
      dataDir: options.dataDir,
      only: ids,
      log,
      onDataset: (index, count, id) => emit({ kind: 'build', index, count, id }),
    }).catch((error: unknown) => {
      // A bad row of the user's file is reported in the user's file, not in the staged copy.
      throw options.fromFile && obtained[0]
        ? renameLocation(error, obtained[0].path, options.fromFile)
        : error;
    });
    await storeInCache(staging, options.cacheDir, obtained);
    return { datasets: ids, files: obtained, upToDate: false, manifest };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Removes `<cache>.staging-PID` folders left by updates that crashed (their process is gone). */
async function removeStaleCacheStaging(cacheDir: string): Promise<void> {
  const base = cacheDir.replace(/[/\\]+$/, '');
  const prefix = `${basename(base)}.staging-`;
  const names = await readdir(dirname(base)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = name.startsWith(prefix) ? Number(name.slice(prefix.length)) : Number.NaN;
    if (/^\d+$/.test(name.slice(prefix.length)) && !alive(pid)) {
      await rm(join(dirname(base), name), { recursive: true, force: true });
    }
  }
}

/**
 * Adds the snapshot's datasets computed from the ones rebuilt (ideal points from votes, ...), so
 * that no derived table is left stale; transitively, in build order.
 */
function withDependents(
  selected: DatasetBuilder[],
  builders: DatasetBuilder[],
  known: ReadonlySet<string>,
): DatasetBuilder[] {
  const ids = new Set(selected.map((d) => d.id));
  for (const d of builders) {
    if (!ids.has(d.id) && known.has(d.id) && (d.dependsOn ?? []).some((dep) => ids.has(dep))) ids.add(d.id);
  }
  return builders.filter((d) => ids.has(d.id));
}

function selectDatasets(sources: readonly string[], builders: DatasetBuilder[]): DatasetBuilder[] {
  const ids = new Set<string>();
  for (const raw of sources) {
    const s = raw.trim().toLowerCase();
    if (s === 'all') {
      for (const d of builders) ids.add(d.id);
      continue;
    }
    const mapped = updateSources[s] ?? (builders.some((d) => d.id === s) ? [s] : undefined);
    if (!mapped) {
      throw new InputError(`unknown source '${raw}'`, {
        location: { field: 'source' },
        suggestions: ['all', ...Object.keys(updateSources)],
      });
    }
    const present = mapped.filter((id) => builders.some((d) => d.id === id));
    if (present.length === 0) {
      throw new InputError(`source '${raw}' has no dataset in this version of bearing`, {
        location: { field: 'source' },
        kind: 'unavailable',
      });
    }
    for (const id of present) ids.add(id);
  }
  return builders.filter((d) => ids.has(d.id));
}

/** True when dataset `d` reads raw path `path` (an input file, or a file inside an input folder). */
function readsPath(d: DatasetBuilder, path: string): boolean {
  return d.inputs.some(
    (i) =>
      i.path === path || path.startsWith(`${i.path}/`) || `${i.path}.gz` === path || i.path === `${path}.gz`,
  );
}

// ---------------------------------------------------------------------------------------------
// Downloads

async function downloadEntry(
  entry: PublisherFile,
  staging: string,
  options: UpdateOptions,
  emit: (e: UpdateEvent) => void,
  log: (m: string) => void,
): Promise<ObtainedFile[]> {
  const targets: { path: string; url: string }[] = [];
  if (entry.url) targets.push({ path: entry.path, url: entry.url });
  if (entry.listing) targets.push(...(await resolveListing(entry, entry.listing, options)));
  const out: ObtainedFile[] = [];
  for (const t of targets) {
    log(`downloading ${t.path} from ${t.url}`);
    out.push(await download(t.path, t.url, staging, options, emit));
  }
  return out;
}

async function resolveListing(
  entry: PublisherFile,
  listing: PublisherListing,
  options: UpdateOptions,
): Promise<{ path: string; url: string }[]> {
  const address = mirrored(listing.url, options.mirror);
  const where = { file: entry.path, field: 'url' };
  let items: unknown;
  try {
    const res = await fetch(address, {
      signal: AbortSignal.timeout(options.timeoutMs ?? 600_000),
      headers: { accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
    items = await res.json();
  } catch (error) {
    throw new InputError(`cannot list the releases at ${address}: ${(error as Error).message}`, {
      location: where,
      hint: `the publisher's page is ${entry.page}; or download the file by hand and use --from-dir`,
      kind: 'unavailable',
    });
  }
  if (!Array.isArray(items)) {
    throw new InputError(`the listing at ${address} is not a JSON array`, {
      location: where,
      kind: 'unavailable',
    });
  }
  const found: { name: string; url: string }[] = [];
  for (const item of items as Record<string, unknown>[]) {
    if (listing.kind === 'undl-files') {
      const name = String(item.name ?? '');
      const format = String(item.format ?? '').toLowerCase();
      if (
        typeof item.url === 'string' &&
        listing.match.test(name) &&
        /^(|\.csv|\.csv\.gz|\.gz)$/.test(format)
      ) {
        found.push({ name, url: item.url });
      }
    } else if (item.type === 'file' && typeof item.download_url === 'string') {
      const name = String(item.name ?? '');
      if (listing.match.test(name)) found.push({ name, url: item.download_url });
    }
  }
  if (found.length === 0) {
    throw new InputError(`no file matching ${listing.match} in the listing at ${address}`, {
      location: where,
      hint: `see ${entry.page}`,
      kind: 'unavailable',
    });
  }
  if (listing.newest) {
    found.sort(
      (a, b) => releaseDateKey(a.name).localeCompare(releaseDateKey(b.name)) || a.name.localeCompare(b.name),
    );
    const newest = found[found.length - 1];
    // A gzipped release is kept gzipped (the builders read `x.csv.gz` as well as `x.csv`).
    const gz = /\.gz(\?.*)?$/i.test(newest.url) && !entry.path.endsWith('.gz');
    return [{ path: gz ? `${entry.path}.gz` : entry.path, url: mirrored(newest.url, options.mirror) }];
  }
  return found.map((f) => ({ path: `${entry.path}/${f.name}`, url: mirrored(f.url, options.mirror) }));
}

/** Downloads one file into the staging folder and checks it; throws an InputError saying why it is unusable. */
async function download(
  path: string,
  url: string,
  staging: string,
  options: UpdateOptions,
  emit: (e: UpdateEvent) => void,
): Promise<ObtainedFile> {
  const address = mirrored(url, options.mirror);
  const target = join(staging, path);
  await mkdir(dirname(target), { recursive: true });
  const fail = (why: string, hint?: string): InputError =>
    new InputError(`download of ${path} failed: ${why}`, {
      location: { file: path, field: 'url' },
      hint: hint ?? `from ${address}; the current snapshot is unchanged`,
      kind: 'unavailable',
    });
  let res: Response;
  try {
    res = await fetch(address, { signal: AbortSignal.timeout(options.timeoutMs ?? 600_000) });
  } catch (error) {
    throw fail(describeNetworkError(error));
  }
  if (!res.ok || !res.body) throw fail(`HTTP ${res.status} ${res.statusText}`);
  const type = res.headers.get('content-type') ?? '';
  if (/text\/html/i.test(type)) {
    await res.body.cancel().catch(() => {});
    throw fail('the address returned an HTML page, not a data file');
  }
  const lengthHeader = res.headers.get('content-length');
  const total =
    lengthHeader !== null && res.headers.get('content-encoding') === null ? Number(lengthHeader) : null;
  const hash = createHash('sha256');
  let received = 0;
  let lastEmit = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      received += chunk.length;
      if (received - lastEmit > 256 * 1024 || received === total) {
        lastEmit = received;
        emit({ kind: 'download', path, url: address, received, total });
      }
      done(null, chunk);
    },
  });
  const partial = `${target}.part`;
  try {
    await pipeline(
      Readable.fromWeb(res.body as import('node:stream/web').ReadableStream),
      counter,
      createWriteStream(partial),
    );
  } catch (error) {
    await rm(partial, { force: true });
    throw fail(
      `connection lost after ${received} bytes${total !== null ? ` of ${total}` : ''} (${describeNetworkError(error)})`,
    );
  }
  if (total !== null && received !== total) {
    await rm(partial, { force: true });
    throw fail(`received ${received} bytes but the server announced ${total}`);
  }
  await checkFile(partial, path, fail);
  await rename(partial, target);
  emit({ kind: 'download', path, url: address, received, total: total ?? received });
  emit({ kind: 'downloaded', path, bytes: received });
  return { path, sha256: hash.digest('hex'), bytes: received, from: address };
}

function describeNetworkError(error: unknown): string {
  const e = error as Error & { cause?: Error & { code?: string } };
  const cause = e.cause ? `: ${e.cause.code ?? ''} ${e.cause.message}`.trimEnd() : '';
  return `${e.name === 'TimeoutError' ? 'timed out' : e.message}${cause}`;
}

/** Checks a file's integrity before anything reads it: gzip streams must decompress to their end. */
async function checkFile(file: string, path: string, fail: (why: string) => InputError): Promise<void> {
  const head = Buffer.alloc(2);
  const handle = await open(file, 'r');
  const { bytesRead } = await handle.read(head, 0, 2, 0).finally(() => handle.close());
  const gzipped = bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  if (path.endsWith('.gz')) {
    if (!gzipped) throw fail('not a gzip file (the raw path ends in .gz)');
    try {
      // Decompress to the end (into nothing) so that the CRC and length trailer are checked.
      await pipeline(
        createReadStream(file),
        createGunzip(),
        new Writable({ write: (_c, _e, done) => done() }),
      );
    } catch (error) {
      throw fail(`corrupt gzip data (${(error as Error).message})`);
    }
  } else if (gzipped) {
    throw fail('a gzip file where plain text is expected');
  }
  if ((await stat(file)).size === 0) throw fail('empty file');
}

// ---------------------------------------------------------------------------------------------
// --from-dir

async function importFromDir(
  dir: string,
  staging: string,
  builders: DatasetBuilder[],
  emit: (e: UpdateEvent) => void,
  log: (m: string) => void,
): Promise<ObtainedFile[]> {
  if (!existsSync(dir) || !(await stat(dir)).isDirectory()) {
    throw new InputError(`no such folder: ${dir}`, { location: { file: dir, field: 'from-dir' } });
  }
  const inputPaths = builders.flatMap((d) => d.inputs.map((i) => i.path));
  const out: ObtainedFile[] = [];
  for (const file of await walk(dir)) {
    const rel = relative(dir, file).split(sep).join('/');
    const path = await recognise(rel, file, inputPaths);
    if (!path) {
      log(`ignored ${rel}: not a file bearing reads`);
      continue;
    }
    if (out.some((f) => f.path === path)) {
      throw new InputError(
        `two files in the folder are ${path}: ${out.find((f) => f.path === path)!.from} and ${file}`,
        {
          location: { file },
        },
      );
    }
    const target = join(staging, path);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(file, target);
    await checkFile(target, path, (why) => new InputError(`${rel}: ${why}`, { location: { file } }));
    const bytes = await readFile(target);
    out.push({
      path,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      from: file,
    });
    emit({ kind: 'imported', path, from: file });
    log(`imported ${rel} as ${path}`);
  }
  return out;
}

/** Which raw path a hand-downloaded file is: by its path, its name, or (the UNDL voting file) its header. */
async function recognise(rel: string, file: string, inputPaths: readonly string[]): Promise<string | null> {
  for (const p of inputPaths) {
    if (rel === p || rel.startsWith(`${p}/`)) return rel;
  }
  const name = basename(rel);
  for (const p of inputPaths) {
    if (basename(p) === name) return p;
    if (`${basename(p)}.gz` === name) return `${p}.gz`;
  }
  if (/\.csv(\.gz)?$/i.test(name)) {
    const first = await firstLine(file);
    if (first !== null && isUndlLongHeader(first)) {
      return name.toLowerCase().endsWith('.gz') ? 'unga/undl_ga_voting.csv.gz' : 'unga/undl_ga_voting.csv';
    }
  }
  return null;
}

async function firstLine(file: string): Promise<string | null> {
  const stream = /\.gz$/i.test(file) ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  let text = '';
  try {
    for await (const chunk of stream) {
      text += chunk.toString('utf8');
      const nl = text.search(/\r?\n/);
      if (nl >= 0) {
        stream.destroy();
        return text.slice(0, nl).replace(/^\ufeff/, '');
      }
      if (text.length > 65536) break;
    }
  } catch {
    return null;
  } finally {
    stream.destroy();
  }
  return text.length > 0 ? text.replace(/^\ufeff/, '') : null;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

// ---------------------------------------------------------------------------------------------
// Staging layout and cache

/**
 * Links into the staging folder every raw file the datasets read that was not obtained, taking the
 * first layer that has it. A file obtained in `x.csv` hides a cached `x.csv.gz` and the reverse, so
 * an old release never shadows the new one.
 */
async function overlay(
  staging: string,
  layers: readonly string[],
  selected: DatasetBuilder[],
): Promise<void> {
  const roots = new Set(selected.flatMap((d) => d.inputs.map((i) => i.path.split('/')[0])));
  for (const layer of layers) {
    for (const root of roots) {
      const base = join(layer, root);
      if (!existsSync(base)) continue;
      const files = (await stat(base)).isDirectory() ? await walk(base) : [base];
      for (const file of files) {
        const rel = relative(layer, file).split(sep).join('/');
        const target = join(staging, rel);
        const twin = rel.endsWith('.gz') ? rel.slice(0, -3) : `${rel}.gz`;
        if (existsSync(target) || existsSync(join(staging, twin))) continue;
        await mkdir(dirname(target), { recursive: true });
        await symlink(file, target);
      }
    }
  }
}

async function missingInputs(
  staging: string,
  selected: DatasetBuilder[],
): Promise<{ path: string; url?: string }[]> {
  const missing: { path: string; url?: string }[] = [];
  for (const d of selected) {
    for (const input of d.inputs) {
      if (input.optional) continue;
      if (!existsSync(join(staging, input.path))) missing.push({ path: input.path, url: input.url });
    }
  }
  return missing;
}

/** Moves the obtained files into the raw cache, each by an atomic rename, removing a stale twin (.gz or not). */
async function storeInCache(
  staging: string,
  cacheDir: string,
  files: readonly ObtainedFile[],
): Promise<void> {
  for (const f of files) {
    const target = join(cacheDir, f.path);
    await mkdir(dirname(target), { recursive: true });
    const tmp = `${target}.tmp-${process.pid}`;
    await copyFile(join(staging, f.path), tmp);
    await rename(tmp, target);
    const twin = f.path.endsWith('.gz') ? f.path.slice(0, -3) : `${f.path}.gz`;
    if (!files.some((g) => g.path === twin)) await rm(join(cacheDir, twin), { force: true });
  }
}
