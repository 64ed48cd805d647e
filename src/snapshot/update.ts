import { mkdir, rm } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { readManifest } from '../store/readManifest.js';
import { buildSnapshot } from './build.js';
import type { DatasetBuilder } from './dataset.js';
import { datasets as allDatasets } from './datasets/index.js';
import { publisherFiles } from './publishers.js';
import { downloadEntry } from './update/download.js';
import { importFromDir } from './update/fromDir.js';
import { importSingleFile, renameLocation } from './update/fromFile.js';
import { readsPath, selectDatasets, withDependents } from './update/select.js';
import { missingInputs, overlay, removeStaleCacheStaging, storeInCache } from './update/staging.js';
import type { ObtainedFile, UpdateOptions, UpdateResult } from './update/types.js';

export type { UpdateEvent, UpdateOptions, UpdateResult } from './update/types.js';

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
