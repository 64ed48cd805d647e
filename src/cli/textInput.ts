import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { maxTextChars } from '../claims/extract/text.js';
import { InputError } from '../errors.js';

/** Bytes read at most: four bytes a character covers any UTF-8 text within the character limit. */
const maxBytes = maxTextChars * 4;

const tooLong = (bytes: number, file: string) =>
  new InputError(
    `text too long: ${(bytes / 2 ** 20).toFixed(1)} MB, at most ${maxTextChars.toLocaleString('en-US')} characters`,
    {
      location: { file },
      hint: 'check one article at a time',
    },
  );

/** Reads the text to check from a file or, for `-`, standard input; never more than the limit. */
export async function readTextInput(
  path: string,
  stdin: Readable = process.stdin,
): Promise<{ raw: string; source: string }> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stdin) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += b.length;
      if (size > maxBytes) throw tooLong(size, 'stdin');
      chunks.push(b);
    }
    return { raw: Buffer.concat(chunks).toString('utf8'), source: 'stdin' };
  }
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new InputError(`cannot read ${path}`, { location: { file: path } });
  }
  if (size > maxBytes) throw tooLong(size, path);
  return { raw: await readFile(path, 'utf8'), source: path };
}
