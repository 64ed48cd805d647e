import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import { isInputError } from '../errors.js';
import type { Store } from '../store/open.js';
import { apiPrefix, apiVersion, docsPrefix, type RouteContext } from './context.js';
import { CostlyGate, type CostlyLimits, defaultCostlyLimits } from './costly.js';
import { assertFiniteRequest } from './finite.js';
import { lazyCompilers } from './lazyCompilers.js';
import { LiveStore } from './liveStore.js';
import {
  internalProblem,
  notFoundProblem,
  type Problem,
  problemFromFastifyError,
  problemFromInputError,
  problemMediaType,
  problemTypes,
  ShedError,
} from './problem.js';
import { createResponder, etagOf, matchesEtag } from './respond.js';
import { routeModules } from './routes/index.js';
import { limits, ProblemSchema } from './schemas.js';

/** Store memo entries kept beyond those the warm-up computed. */
const maxStoreMemos = 48;

export interface ServerOptions {
  /** The opened snapshot; open it with `{materialize: true}` for a server. */
  store: Store;
  /**
   * Structured request logs (pino): true for info-level JSON lines on stdout, false for none (tests),
   * or pino options.
   */
  logger?: boolean | Record<string, unknown>;
  /** Origins allowed to call the API from a browser: a list, `*` for any, or false (default: same origin only). */
  cors?: readonly string[] | '*' | false;
  /**
   * Sites allowed to embed the dashboard's charts in a frame: a list of origins, `*` for any, or false
   * (default: this server's own pages only).
   */
  embed?: readonly string[] | '*' | false;
  /** The dashboard's built files, served at `/`; default `web/dist` of the package when it exists; null for none. */
  webDir?: string | null;
  /** Bytes of serialised answers kept in memory (default 64 MiB; 0 disables the answer cache). */
  cacheBytes?: number;
  /**
   * Warm the caches (load the tables into memory, the whole vote record, the default poles' bearing,
   * compile every route's schemas) in the background once built, without holding back any answer
   * (default true); `app.warmed` resolves when done. A swapped-in store is warmed before it is served.
   */
  warm?: boolean;
  /** Start-up phases already timed by the caller (opening the store), in milliseconds. */
  timings?: Record<string, number>;
  /** Limits that shed abuse (idle sockets, floods, costly checks); defaults in `defaultShedding`. */
  shedding?: Partial<Shedding>;
}

/** What the server refuses beyond, so that no client can take it from the others. */
export interface Shedding {
  /** Milliseconds to receive a request's headers (slow-loris), then 408 and close. */
  headersTimeout: number;
  /** Milliseconds to receive a whole request. */
  requestTimeout: number;
  /** Milliseconds an idle keep-alive socket is kept. */
  keepAliveTimeout: number;
  /** Milliseconds of socket inactivity before it is closed (a socket that never sends anything). */
  connectionTimeout: number;
  /** Open sockets at once; beyond, new connections are dropped at accept. */
  maxConnections: number;
  /** Requests per client address per minute; 0 disables the limit. */
  rateLimit: number;
  /** POST /check and /check/text per client address per minute; 0 disables it. */
  checkRateLimit: number;
  /** Checks computing and waiting at once, and answers kept (identical bodies). */
  checks: CostlyLimits;
}

export const defaultShedding: Shedding = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  connectionTimeout: 60_000,
  maxConnections: 1024,
  rateLimit: 1200,
  checkRateLimit: 60,
  checks: defaultCostlyLimits,
};

export interface StartupReport {
  /**
   * Milliseconds per phase: the caller's phases (`openStore`), `routes`, `total` (until the server could
   * listen); then, as each background warm-up ends, `warm:<name>` (its own time) and `warmed` (from the
   * start until the last warm-up ended).
   */
  timings: Record<string, number>;
}

declare module 'fastify' {
  interface FastifyInstance {
    startup: StartupReport;
    /** Resolves when the background warm-ups have finished (at once when `warm` is false). */
    warmed: Promise<void>;
    /** Whether the dashboard's files are served at `/`. */
    hasWebDir: boolean;
    /**
     * Serves `next` from now on: it is warmed first, requests in flight finish on the old store,
     * which is closed after their answers; caches of the old snapshot are dropped.
     */
    swapStore(next: Store): Promise<void>;
    /** Closes every store the server holds (after `close()`, when it swapped any). */
    closeStores(): void;
  }
}

/** The package's root (where package.json is), from this file in src/ or dist/. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return resolve('.');
}

export function defaultWebDir(): string | null {
  const dir = join(packageRoot(), 'web', 'dist');
  return existsSync(join(dir, 'index.html')) && statSync(dir).isDirectory() ? dir : null;
}

interface ApiIndexEntry {
  method: string;
  path: string;
  summary: string;
  tag: string;
}

/** The answer at /api/v1/: what the API is, where its docs are, and every route with its summary. */
function apiIndex(routes: readonly ApiIndexEntry[]) {
  return {
    name: 'bearing API',
    version: apiVersion,
    description:
      'Which way a country faces between the powers it deals with, from public data. Read-only JSON (CSV with ?format=csv).',
    links: {
      docs: `${docsPrefix}/`,
      openapi: `${apiPrefix}/openapi.json`,
      dashboard: '/',
    },
    routes: [...routes].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method)),
  };
}

/** Where a named parameter was, for a problem's `in`: path parameters are the route's; else body or query. */
function locator(request: FastifyRequest) {
  const path = Object.keys((request.params as object | undefined) ?? {});
  return (name: string): Problem['in'] =>
    path.includes(name) ? 'path' : request.method === 'POST' ? 'body' : 'query';
}

function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply.code(problem.status).type(problemMediaType).header('cache-control', 'no-store').send(problem);
}

/**
 * Builds the HTTP API (and the dashboard's static files) over an opened store. Nothing listens yet:
 * call `listen()` on the result, or `inject()` in tests.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const started = performance.now();
  const shed = { ...defaultShedding, ...options.shedding };
  // Routes see `live.view`: the store pinned to the request they answer (see liveStore.ts).
  const live = new LiveStore(options.store);
  const store = live.view;
  const logger =
    options.logger === true
      ? { level: 'info' }
      : options.logger && typeof options.logger === 'object'
        ? options.logger
        : false;
  const compilers = lazyCompilers();
  const app = Fastify({
    logger,
    // Schemas are compiled per route on first use (and all of them in the background warm-up).
    schemaController: { compilersFactory: compilers.compilersFactory },
    bodyLimit: limits.bodyLimit,
    requestIdHeader: false,
    connectionTimeout: shed.connectionTimeout,
    keepAliveTimeout: shed.keepAliveTimeout,
    requestTimeout: shed.requestTimeout,
    // On close, idle keep-alive sockets are ended at once instead of holding shutdown.
    forceCloseConnections: 'idle',
    // One log line per request (the onResponse hook below), not Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: limits.maxString },
    // Errors the router raises before any route runs (a malformed percent-encoding, an over-long path
    // parameter) get the same problem documents as everything else.
    frameworkErrors: (error, request, reply) => {
      const problem = problemFromFastifyError(error as FastifyError, request.url.split('?')[0]) ?? {
        ...internalProblem(request.url.split('?')[0]),
      };
      sendProblem(reply, problem);
    },
    ajv: {
      customOptions: {
        removeAdditional: false,
        allowUnionTypes: true,
        coerceTypes: true,
        useDefaults: true,
        allErrors: false,
      },
    },
  });
  const timings: Record<string, number> = { ...options.timings };
  app.decorate('startup', { timings });
  app.server.headersTimeout = Math.min(shed.headersTimeout, shed.requestTimeout || shed.headersTimeout);
  app.server.maxConnections = shed.maxConnections;

  // Every request is pinned to the store current when it arrives, and released when answered.
  const releases = new WeakMap<FastifyRequest, () => void>();
  const release = (request: FastifyRequest) => {
    releases.get(request)?.();
    releases.delete(request);
  };
  app.addHook('onRequest', (request, _reply, done) => {
    releases.set(request, live.enter(done));
  });
  app.addHook('onResponse', (request, _reply, done) => {
    release(request);
    done();
  });
  app.addHook('onRequestAbort', (request, done) => {
    release(request);
    done();
  });

  if (logger) {
    app.addHook('onResponse', (request, reply, done) => {
      request.log.info(
        {
          method: request.method,
          url: request.url,
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 100) / 100,
          remote: request.ip,
        },
        'request',
      );
      done();
    });
  }

  app.addHook('preHandler', async (request) => assertFiniteRequest(request));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const instance = request.url.split('?')[0];
    if (error instanceof ShedError) {
      reply.header('retry-after', String(error.retryAfter));
      return sendProblem(reply, error.problem(instance));
    }
    let problem: Problem | null = isInputError(error)
      ? problemFromInputError(error, instance, locator(request))
      : problemFromFastifyError(error, instance);
    if (!problem) {
      request.log.error({ err: error }, 'internal error');
      problem = internalProblem(instance);
    }
    return sendProblem(reply, problem);
  });

  const webDir = options.webDir === undefined ? defaultWebDir() : options.webDir;
  app.decorate('hasWebDir', Boolean(webDir));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    const wantsPage =
      webDir &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/api/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (wantsPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return sendProblem(reply, notFoundProblem(path));
  });

  await app.register(helmet, {
    // The dashboard and the docs load only their own scripts; styles may be inline (charts, Swagger UI).
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameAncestors: !options.embed
          ? ["'self'"]
          : options.embed === '*'
            ? ['*']
            : ["'self'", ...options.embed],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginResourcePolicy: { policy: options.cors ? 'cross-origin' : 'same-origin' },
    // X-Frame-Options cannot list origins: when embedding is allowed, the CSP frame-ancestors above decides.
    frameguard: options.embed ? false : { action: 'sameorigin' },
  });
  if (options.cors) {
    await app.register(cors, {
      origin: options.cors === '*' ? '*' : [...options.cors],
      methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
      exposedHeaders: ['ETag', 'Content-Disposition'],
      maxAge: 600,
    });
  }

  if (shed.rateLimit > 0) {
    await app.register(rateLimit, {
      global: true,
      max: shed.rateLimit,
      timeWindow: 60_000,
      // Bounded memory whatever the number of addresses (an LRU of clients).
      cache: 10_000,
      errorResponseBuilder: (_request, context) =>
        new ShedError(
          429,
          `rate limit: at most ${context.max} requests per ${context.after} from one address`,
          Math.max(1, Math.ceil(context.ttl / 1000)),
        ),
    });
  }

  app.addSchema(ProblemSchema);
  for (const m of routeModules) for (const schema of m.schemas) app.addSchema(schema);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'bearing API',
        version: apiVersion,
        description:
          'Which way a country faces between the powers it deals with, measured from public data: UN votes, trade, finance and visits. Read-only; every data route answers JSON, or CSV with `?format=csv`. Errors are RFC 9457 problem details.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/' }],
      tags: routeModules.map((m) => m.tag),
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        String((json as { $id?: string }).$id ?? `def-${i}`),
    },
  });
  await app.register(swaggerUi, {
    routePrefix: docsPrefix,
    staticCSP: false,
    uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: true },
    logLevel: 'warn',
  });

  // The store memoises derived data (vote matrices per filter, the bearing per pair of poles) without
  // bound; over HTTP anyone can ask for new filters and poles, so beyond what the warm-up computed
  // (pinned) only the most recent entries are kept. An evicted entry is recomputed when next asked.
  const pinned = new Set<string>();
  const trimStoreCache = () => {
    const unpinned = [...store.cache.keys()].filter((k) => !pinned.has(k));
    for (const k of unpinned.slice(0, Math.max(0, unpinned.length - maxStoreMemos))) store.cache.delete(k);
  };
  const responder = createResponder({
    cacheBytes: options.cacheBytes ?? 64 * 2 ** 20,
    afterCompute: trimStoreCache,
    generation: () => live.generation(),
  });
  const checks = new CostlyGate(shed.checks);
  const costlyConfig =
    shed.checkRateLimit > 0 && shed.rateLimit > 0
      ? { rateLimit: { max: shed.checkRateLimit, timeWindow: 60_000 } }
      : {};
  const warmups: { name: string; work: () => Promise<unknown> }[] = [];
  await app.register(
    async (api) => {
      const ctx: RouteContext = {
        app: api,
        store,
        responder,
        warm: (name, work, o) => (o?.first ? warmups.unshift({ name, work }) : warmups.push({ name, work })),
        costly: {
          config: costlyConfig,
          run: (variant, body, work) =>
            checks.run(CostlyGate.key(`${live.generation()}\u0000${variant}`, body), work),
        },
      };
      // The document never changes while the server runs: serialised once, on first request.
      let openapi: { body: string; etag: string } | null = null;
      api.get('/openapi.json', { schema: { hide: true } }, async (request, reply) => {
        if (!openapi) {
          const body = JSON.stringify(app.swagger());
          openapi = { body, etag: etagOf(body) };
        }
        const { body, etag } = openapi;
        reply
          .type('application/json; charset=utf-8')
          .header('etag', etag)
          .header('cache-control', 'public, max-age=600');
        if (matchesEtag(request, etag)) return reply.code(304).send('');
        return body;
      });
      // The browsable docs live at /api/docs; /api/v1/docs is a convenience redirect.
      api.get('/docs', { schema: { hide: true } }, async (_request, reply) =>
        reply.redirect(docsPrefix, 301),
      );
      // The index at /api/v1/ lists every documented route, collected as the modules register them.
      const index: ApiIndexEntry[] = [];
      api.addHook('onRoute', (route) => {
        const schema = route.schema as { hide?: boolean; summary?: string; tags?: string[] } | undefined;
        if (!schema || schema.hide || !route.url.startsWith(apiPrefix)) return;
        const methods = [route.method].flat().filter((m) => m !== 'HEAD');
        for (const method of methods) {
          index.push({ method, path: route.url, summary: schema.summary ?? '', tag: schema.tags?.[0] ?? '' });
        }
      });
      api.get('/', { schema: { hide: true } }, async () => apiIndex(index));
      for (const m of routeModules) await m.register(ctx);
      // Read-only: any other method on an API path is refused, naming the ones allowed.
      api.route({
        method: ['PUT', 'PATCH', 'DELETE'],
        url: '/*',
        schema: { hide: true },
        handler: async (request, reply) => {
          reply.header('allow', 'GET, HEAD');
          return sendProblem(reply, {
            type: problemTypes.methodNotAllowed,
            title: 'Method not allowed',
            status: 405,
            detail: `the API is read-only: ${request.method} is not allowed`,
            instance: request.url.split('?')[0],
          });
        },
      });
    },
    { prefix: apiPrefix },
  );

  if (webDir) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      setHeaders(res, path) {
        // Vite fingerprints everything under assets/; the page itself must be revalidated.
        res.setHeader(
          'cache-control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  } else {
    // Without a built dashboard the root still leads somewhere useful: the API's index.
    app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect(`${apiPrefix}/`, 302));
  }

  // The route modules' warm-ups in the order registered (a request waits for at most the one running),
  // then the tables (opened as views over the Parquet files for a fast start) are loaded into memory,
  // then every route's schemas are compiled.
  // The last two touch no shared state: they run outside the responder's exclusive section.
  const all = [
    ...warmups.map((w) => ({ ...w, shared: true })),
    { name: 'tables', work: () => store.materialize(), shared: false },
    { name: 'schemas', work: () => compilers.compileAll(), shared: false },
  ];
  let warmed: Promise<void> = Promise.resolve();
  let closing = false;
  app.decorate('swapStore', async (next: Store) => {
    // The first store's warm-ups finish first: none runs on a store being closed.
    await warmed;
    if (options.warm ?? true) {
      for (const { work } of all) await live.with(next, work);
    }
    live.swap(next);
    responder.cache.clear();
    checks.clear();
  });
  app.decorate('closeStores', () => live.close());
  app.decorate('warmed', { getter: () => warmed });
  // Closing waits for the warm-up in progress (the store is closed after the server).
  app.addHook('onClose', async () => {
    closing = true;
    await warmed;
  });

  await app.ready();
  timings.routes = Math.round(performance.now() - started);
  timings.total = Math.round(performance.now() - started + (options.timings?.openStore ?? 0));
  // Warm-ups run after the caller has begun listening (setImmediate: after the listen call that follows
  // this function's return), each inside the responder's exclusive section (they share the DuckDB
  // connection with the routes' computations), so a request is answered between two of them.
  warmed =
    options.warm === false
      ? Promise.resolve()
      : new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
          for (const { name, work, shared } of all) {
            if (closing) return;
            const t = performance.now();
            try {
              await (shared ? responder.run(work) : work());
            } catch (error) {
              app.log.error({ err: error }, `warm-up ${name} failed`);
            }
            timings[`warm:${name}`] = Math.round(performance.now() - t);
          }
          for (const k of store.cache.keys()) pinned.add(k);
          timings.warmed = Math.round(performance.now() - started + (options.timings?.openStore ?? 0));
        });
  return app;
}
