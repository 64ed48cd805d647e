// The update's staging folder and the raw cache: leftovers of crashed updates removed, the raw files
// not obtained linked in, the inputs checked present, and the obtained files stored only after a build.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat, symlink } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { DatasetBuilder } from '../dataset.js';
import { alive } from '../swap.js';
import type { ObtainedFile } from './types.js';

/** Removes `<cache>.staging-PID` folders left by updates that crashed (their process is gone). */
export async function removeStaleCacheStaging(cacheDir: string): Promise<void> {
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
 * Links into the staging folder every raw file the datasets read that was not obtained, taking the
 * first layer that has it. A file obtained in `x.csv` hides a cached `x.csv.gz` and the reverse, so
 * an old release never shadows the new one.
 */
export async function overlay(
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

export async function missingInputs(
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
export async function storeInCache(
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

/** Every file under a folder, dot-files left out, sorted. */
export async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}
