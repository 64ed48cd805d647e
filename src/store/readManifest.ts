import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { type Manifest, manifestFormat } from './manifest.js';

export const rebuildHint =
  'rebuild it with `npm run build-data` (raw files) or `bearing update --from-dir DIR`';

export async function readManifest(dataDir: string): Promise<Manifest> {
  const file = join(dataDir, 'manifest.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError('no data snapshot found', {
      location: { file },
      hint: rebuildHint,
      kind: 'unavailable',
    });
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch {
    throw new InputError('manifest is not valid JSON', {
      location: { file },
      hint: rebuildHint,
      kind: 'unavailable',
    });
  }
  if (manifest.format !== manifestFormat || !Array.isArray(manifest.datasets)) {
    throw new InputError(`unsupported snapshot format ${String(manifest.format)}`, {
      location: { file, field: 'format' },
      hint: rebuildHint,
      kind: 'unavailable',
    });
  }
  return manifest;
}

/**
 * Checks every table file against the manifest's sha256. A mismatch means the file was damaged or
 * edited by hand: the error names the file and the command that rebuilds it.
 */
export async function verifySnapshot(dataDir: string, manifest: Manifest): Promise<void> {
  for (const dataset of manifest.datasets) {
    for (const table of dataset.tables) {
      const file = join(dataDir, table.file);
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch {
        throw new InputError(`snapshot file missing: ${table.file}`, {
          location: { file },
          hint: rebuildHint,
          kind: 'unavailable',
        });
      }
      const sum = createHash('sha256').update(bytes).digest('hex');
      if (sum !== table.sha256) {
        throw new InputError(
          `snapshot file corrupted: ${table.file} (sha256 ${sum.slice(0, 12)}..., manifest says ${table.sha256.slice(0, 12)}...)`,
          {
            location: { file },
            hint: rebuildHint,
            kind: 'unavailable',
          },
        );
      }
    }
  }
}
