// Downloading the publishers' files into the staging folder, each checked before anything reads it.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InputError } from '../../errors.js';
import { mirrored, type PublisherFile } from '../publishers.js';
import { describeNetworkError, resolveListing } from './listing.js';
import type { ObtainedFile, UpdateEvent, UpdateOptions } from './types.js';
import { checkFile } from './verify.js';

export async function downloadEntry(
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
