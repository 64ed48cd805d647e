// What the typed loads of a dataset share: the check that its tables are in the snapshot, one query's
// rows as objects, and a value computed once per store.
import { InputError } from '../errors.js';
import type { Store } from './open.js';
import { rebuildHint } from './readManifest.js';

/**
 * Throws "the snapshot has no <what> dataset" (unavailable) unless every one of `tables` is present;
 * the hint names the datasets to build when `only` is given.
 */
export function requireDataset(store: Store, tables: readonly string[], what: string, only?: string): void {
  if (!tables.every((t) => store.has(t))) {
    throw new InputError(`the snapshot has no ${what} dataset`, {
      kind: 'unavailable',
      location: { file: 'data/manifest.json' },
      hint:
        only === undefined
          ? rebuildHint
          : rebuildHint.replace('build-data`', `build-data -- --only ${only}\``),
    });
  }
}

/** The rows of one statement as plain objects (values bound as parameters $1, $2, ...). */
export async function rowObjects(
  store: Store,
  sql: string,
  values: (string | number)[] = [],
): Promise<Record<string, unknown>[]> {
  return (await store.connection.runAndReadAll(sql, values)).getRowObjectsJS() as Record<string, unknown>[];
}

/** `compute()` once per store: later calls get the value kept under `key` in the store's cache. */
export async function cachedPerStore<T>(store: Store, key: string, compute: () => Promise<T>): Promise<T> {
  const cached = store.cache.get(key) as T | undefined;
  if (cached) return cached;
  const value = await compute();
  store.cache.set(key, value);
  return value;
}
