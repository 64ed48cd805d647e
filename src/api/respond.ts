import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Column, toCsv } from '../format/rows.js';

/**
 * Answers for deterministic routes: the data come from an immutable snapshot, so an answer is a
 * function of the route and its parameters. Serialised answers (JSON or CSV) are kept in a
 * byte-bounded LRU with their ETags; a repeat request costs a map lookup, and a client holding the
 * ETag gets 304. Computations run one at a time (`exclusive`), because queries share one DuckDB
 * connection and some of them use temporary tables.
 */
export interface Answer {
  /** UTF-8 bytes, encoded once: a cached answer is written as it is. */
  body: Buffer;
  etag: string;
  /** Set for CSV answers: the file name offered. */
  csvName?: string;
}

/** How to turn a route's value into CSV: which rows, which columns. */
export interface CsvSpec<T> {
  rows(value: T): readonly object[];
  columns:
    | readonly Column<Record<string, unknown>>[]
    | ((value: T) => readonly Column<Record<string, unknown>>[]);
  /** File name stem for Content-Disposition. */
  name(value: T): string;
}

export const cacheControl = 'public, max-age=600';

export class AnswerCache {
  private readonly map = new Map<string, Answer & { bytes: number }>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(readonly maxBytes: number) {}

  /** Forgets every answer (a new snapshot is served). */
  clear(): void {
    this.map.clear();
    this.bytes = 0;
  }

  get(key: string): Answer | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    // Refresh recency: Map iteration order is insertion order.
    this.map.delete(key);
    this.map.set(key, hit);
    return hit;
  }

  set(key: string, answer: Answer): void {
    if (this.maxBytes <= 0) return;
    const bytes = key.length + answer.body.length;
    if (bytes > this.maxBytes / 4) return;
    const old = this.map.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.map.delete(key);
    }
    this.map.set(key, { ...answer, bytes });
    this.bytes += bytes;
    for (const [k, v] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= v.bytes;
    }
  }

  get size(): number {
    return this.map.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }
}

export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`;
}

/** True when the request's If-None-Match names this ETag (or is `*`). */
export function matchesEtag(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header
    .split(',')
    .map((s) => s.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/** Runs async work one piece at a time, in arrival order. */
export class Exclusive {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export interface Responder {
  /**
   * Answers a GET with the value `compute` returns, JSON or CSV by `?format=`, with ETag and
   * Cache-Control; 304 when If-None-Match matches. `compute` runs at most once per key while cached.
   */
  send<T>(
    request: FastifyRequest,
    reply: FastifyReply,
    compute: () => Promise<T> | T,
    csv: CsvSpec<T>,
  ): Promise<Buffer | string>;
  /** Runs work that touches the store, one piece at a time (for answers that are not cached). */
  run<T>(work: () => Promise<T>): Promise<T>;
  readonly cache: AnswerCache;
}

/** The cache key of a request: its route, path parameters and query (format included). */
export function answerKey(request: FastifyRequest): string {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const params = (request.params ?? {}) as Record<string, unknown>;
  const sorted = (o: Record<string, unknown>) =>
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]);
  return `${request.routeOptions.url}\u0000${JSON.stringify(sorted(params))}\u0000${JSON.stringify(sorted(query))}`;
}

export function createResponder(options: {
  cacheBytes: number;
  /** Called after each computation, still inside the exclusive section (e.g. to trim the store's memo). */
  afterCompute?: () => void;
  /**
   * The served snapshot's generation, part of every cache key: an answer computed on the old
   * snapshot by a request in flight during a swap is never served for the new one.
   */
  generation?: () => number;
}): Responder {
  const cache = new AnswerCache(options.cacheBytes);
  const exclusive = new Exclusive();

  return {
    cache,
    run: (work) =>
      exclusive.run(async () => {
        try {
          return await work();
        } finally {
          options.afterCompute?.();
        }
      }),
    async send(request, reply, compute, csv) {
      const format = (request.query as { format?: string } | undefined)?.format ?? 'json';
      const key = `${options.generation?.() ?? 0}\u0000${answerKey(request)}`;
      let answer = cache.get(key);
      if (answer) cache.hits++;
      else {
        cache.misses++;
        const value = await exclusive.run(async () => {
          try {
            return await compute();
          } finally {
            options.afterCompute?.();
          }
        });
        if (format === 'csv') {
          const columns = typeof csv.columns === 'function' ? csv.columns(value) : csv.columns;
          const body = Buffer.from(toCsv(csv.rows(value) as Record<string, unknown>[], columns));
          answer = { body, etag: etagOf(body), csvName: `${csv.name(value).replace(/[^\w.-]+/g, '_')}.csv` };
        } else {
          // The route's compiled serialiser for its declared 200 JSON schema: undeclared fields never leak.
          const serialize = reply.getSerializationFunction('200', 'application/json') as
            | ((v: unknown) => string)
            | undefined;
          const body = Buffer.from(serialize ? serialize(value) : JSON.stringify(value));
          answer = { body, etag: etagOf(body) };
        }
        cache.set(key, answer);
      }
      const { body, etag } = answer;
      if (answer.csvName) {
        reply.type('text/csv; charset=utf-8');
        reply.header('content-disposition', `inline; filename="${answer.csvName}"`);
      } else reply.type('application/json; charset=utf-8');
      reply.header('etag', etag);
      reply.header('cache-control', cacheControl);
      reply.header('vary', 'Accept-Encoding, Origin');
      if (matchesEtag(request, etag)) {
        reply.code(304);
        return '';
      }
      return body;
    },
  };
}
