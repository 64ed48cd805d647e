// What the server and its route modules share, kept apart from both so that routes never import the
// server that registers them (no cycle: server -> routes -> context, server -> context).
import type { TSchema } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/open.js';
import type { Responder } from './respond.js';

export const apiPrefix = '/api/v1';
export const docsPrefix = '/api/docs';
export const apiVersion = '0.1.0';

/** A capability's routes: one file under src/api/routes/, listed in routes/index.ts. */
export interface RouteModule {
  /** The OpenAPI tag grouping the module's routes. */
  tag: { name: string; description: string };
  /** Shared schemas with an `$id`, referenced by the routes and listed in the document's components. */
  schemas: readonly TSchema[];
  register(ctx: RouteContext): Promise<void>;
}

/**
 * What a route module receives: its Fastify scope (prefixed with /api/v1), the store and the responder.
 * `store` follows snapshot swaps: each request sees the store that was current when it arrived.
 */
export interface RouteContext {
  app: FastifyInstance;
  store: Store;
  responder: Responder;
  /**
   * Registers work to run in the background once the server listens, so that later requests of that kind
   * are fast; in the order registered, or before the others with `first` (what most first requests need).
   */
  warm(name: string, work: () => Promise<unknown>, options?: { first?: boolean }): void;
  /**
   * For routes whose cost the client chooses (POST /check): `config` goes in the route options
   * (its per-client rate limit), `run` shares one answer among identical bodies and refuses with
   * 503 + Retry-After beyond the concurrent checks allowed.
   */
  costly: {
    config: Record<string, unknown>;
    run<T>(variant: string, body: unknown, work: () => Promise<T>): Promise<T>;
  };
}
