// A publisher's release listing (JSON) read for the file or files to download.
import { InputError } from '../../errors.js';
import { mirrored, type PublisherFile, type PublisherListing, releaseDateKey } from '../publishers.js';
import type { UpdateOptions } from './types.js';

export async function resolveListing(
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

export function describeNetworkError(error: unknown): string {
  const e = error as Error & { cause?: Error & { code?: string } };
  const cause = e.cause ? `: ${e.cause.code ?? ''} ${e.cause.message}`.trimEnd() : '';
  return `${e.name === 'TimeoutError' ? 'timed out' : e.message}${cause}`;
}
