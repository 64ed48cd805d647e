// The integrity check every obtained file passes before a dataset reads it.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { InputError } from '../../errors.js';

/** Checks a file's integrity before anything reads it: gzip streams must decompress to their end. */
export async function checkFile(
  file: string,
  path: string,
  fail: (why: string) => InputError,
): Promise<void> {
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
