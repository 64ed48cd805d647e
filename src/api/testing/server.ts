import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../../store/open.js';
import { buildServer, type ServerOptions } from '../server.js';

/**
 * One server over the bundled snapshot for a test file: opened once, quiet, warm, closed by `close()`.
 * Tests call `app.inject()` (no socket) or `app.listen({port: 0, host: '127.0.0.1'})`.
 */
export async function testServer(
  options: Partial<ServerOptions> = {},
): Promise<{ app: FastifyInstance; store: Store; close(): Promise<void> }> {
  const store = await openStore({ materialize: true, verify: false });
  // One test process sends thousands of requests from one address: no rate limit unless a test sets one.
  const app = await buildServer({
    store,
    logger: false,
    webDir: null,
    ...options,
    shedding: { rateLimit: 0, ...options.shedding },
  });
  // Tests see a warm server, as the previous start-up gave (warm-ups now run after building).
  await app.warmed;
  return {
    app,
    store,
    async close() {
      await app.close();
      store.close();
    },
  };
}

/** JSON-pointer escaping of one path segment, percent-encoded for use in a URI fragment. */
export function pointer(...segments: string[]): string {
  return segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
}
