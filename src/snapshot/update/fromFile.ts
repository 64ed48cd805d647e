import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, open, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError } from '../../errors.js';
import { parseCsv } from '../../sources/csv/readCsv.js';
import { requiredImfColumns } from '../../sources/imfSdmxCsv/parseImfSdmxCsv.js';
import { imtsFile } from '../datasets/trade.js';

/** Sources a single hand-downloaded file can extend (`bearing update --source trade --from-file FILE`). */
export const fromFileSources: Record<string, string> = { trade: imtsFile };

/**
 * Copies a user's file into the staging folder as the raw path its source reads, after the checks
 * that need no snapshot: it exists, is plain text (not gzip, not an HTML page) and its header is the
 * IMF data-portal layout. The full validation (every row) is the dataset build, which names the
 * user's file (see `renameLocation`).
 */
export async function importSingleFile(
  file: string,
  source: string,
  staging: string,
): Promise<{ path: string; sha256: string; bytes: number; from: string }> {
  const path = fromFileSources[source];
  if (!path) {
    throw new InputError(
      `--from-file extends ${Object.keys(fromFileSources).join(', ')} only, not '${source}'`,
      {
        location: { field: 'source' },
        hint: 'bearing update --source trade --from-file FILE; for other sources use --from-dir DIR',
      },
    );
  }
  if (!existsSync(file) || !(await stat(file)).isFile()) {
    throw new InputError(`no such file: ${file}`, { location: { file, field: 'from-file' } });
  }
  const head = Buffer.alloc(512);
  const handle = await open(file, 'r');
  const { bytesRead } = await handle.read(head, 0, 512, 0).finally(() => handle.close());
  if (bytesRead === 0) throw new InputError('empty file', { location: { file, line: 1 } });
  if (head[0] === 0x1f && head[1] === 0x8b) {
    throw new InputError('a gzip file: bearing reads the IMF CSV as downloaded, uncompressed', {
      location: { file, line: 1 },
    });
  }
  const text = head.subarray(0, bytesRead).toString('utf8');
  if (/^\s*</.test(text.replace(/^\ufeff/, ''))) {
    throw new InputError('an HTML or XML page, not the IMF CSV', { location: { file, line: 1 } });
  }
  const firstLine = text.split(/\r?\n/)[0];
  const header = parseCsv(`${firstLine}\n`, file, { allowRagged: true }).header;
  for (const name of requiredImfColumns) {
    if (!header.includes(name)) {
      throw new InputError(`missing column '${name}': not an IMF data-portal CSV`, {
        location: { file, line: 1, field: name },
        hint: `the IMTS download has ${requiredImfColumns.join(', ')}, SCALE.ID and SCALE (docs/data/trade.md)`,
      });
    }
  }
  const target = join(staging, path);
  await mkdir(dirname(target), { recursive: true });
  await copyFile(file, target);
  const bytes = await readFile(target);
  return { path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, from: file };
}

/** An error about the staged copy, re-addressed to the user's own file (same line and field). */
export function renameLocation(error: unknown, staged: string, file: string): unknown {
  if (error instanceof InputError && error.location.file === staged) {
    return new InputError(error.message, {
      location: { ...error.location, file },
      hint: error.hint,
      suggestions: error.suggestions,
      kind: error.kind,
    });
  }
  return error;
}
