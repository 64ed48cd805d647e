// `bearing update --from-dir DIR`: hand-downloaded files recognised by path, name or header.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { createGunzip } from 'node:zlib';
import { InputError } from '../../errors.js';
import { isUndlLongHeader } from '../../sources/undl/parseUndlLong.js';
import type { DatasetBuilder } from '../dataset.js';
import { walk } from './staging.js';
import type { ObtainedFile, UpdateEvent } from './types.js';
import { checkFile } from './verify.js';

export async function importFromDir(
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
