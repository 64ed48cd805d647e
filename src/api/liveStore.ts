// The store a running server answers from, replaceable while it runs. Route modules receive `view`
// at registration: a stand-in that forwards every property to the store pinned to the current
// request (AsyncLocalStorage, set when the request arrives), or to the current store outside a
// request (warm-ups). So a request that began on the old snapshot finishes on it, whatever swaps
// meanwhile; requests arriving after a swap get the new one; the old store is closed when its last
// request has answered. Never half-way.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Store } from '../store/open.js';

export class LiveStore {
  private current: Store;
  private readonly pinned = new AsyncLocalStorage<Store>();
  private readonly inFlight = new Map<Store, number>();
  private readonly retired = new Set<Store>();
  private readonly generations = new WeakMap<Store, number>();
  private latest = 0;
  readonly view: Store;

  constructor(store: Store) {
    this.current = store;
    this.generations.set(store, 0);
    this.view = new Proxy({} as Store, {
      get: (_target, key) => Reflect.get(this.store(), key),
      has: (_target, key) => Reflect.has(this.store(), key),
    });
  }

  /** The store of the request being answered, else the current one. */
  store(): Store {
    return this.pinned.getStore() ?? this.current;
  }

  /** The pinned store's generation (0 for the first, +1 per swap): answer caches key by it. */
  generation(): number {
    return this.generations.get(this.store()) ?? 0;
  }

  /** Pins the current store to the rest of a request (`next` runs inside); returns the release. */
  enter(next: () => void): () => void {
    const store = this.current;
    this.inFlight.set(store, (this.inFlight.get(store) ?? 0) + 1);
    let released = false;
    this.pinned.run(store, next);
    return () => {
      if (released) return;
      released = true;
      const n = (this.inFlight.get(store) ?? 1) - 1;
      this.inFlight.set(store, n);
      if (n === 0 && this.retired.has(store)) this.closeRetired(store);
    };
  }

  /** Runs `work` with `store` pinned (warming a store before it becomes current). */
  with<T>(store: Store, work: () => T): T {
    return this.pinned.run(store, work);
  }

  /** Makes `next` current; the old store is closed once no request pinned to it is left. */
  swap(next: Store): Store {
    const old = this.current;
    this.current = next;
    this.generations.set(next, ++this.latest);
    this.retired.add(old);
    if ((this.inFlight.get(old) ?? 0) === 0) this.closeRetired(old);
    return old;
  }

  /** Closes the current store and any retired one (server shutdown). */
  close(): void {
    for (const s of this.retired) this.closeRetired(s);
    this.current.close();
  }

  private closeRetired(store: Store): void {
    this.retired.delete(store);
    this.inFlight.delete(store);
    store.close();
  }
}
