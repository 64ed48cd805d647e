// Fastify compiles every route's validators (Ajv) and response serialisers (fast-json-stringify) when the
// server becomes ready: about 1.6 s of the start-up on the reference machine, for ~100 routes of which a
// first request needs one. These factories wrap Fastify's own compilers so that each route's functions
// are compiled on the route's first use (or by `compileAll`, run in the background after listening):
// the same functions, the same answers, only later.
import { createRequire } from 'node:module';
import type { FastifyServerOptions } from 'fastify';

type Compile<F> = (routeSchema: unknown) => F;
type Build<F> = (externalSchemas: unknown, options: unknown) => Compile<F>;
type Validate = ((data: unknown, context?: unknown) => unknown) & { errors?: unknown; schemaEnv?: unknown };

// Fastify's default compilers, resolved from Fastify's own location: the versions it would use itself.
const fastifyRequire = createRequire(createRequire(import.meta.url).resolve('fastify'));
const defaultValidator = fastifyRequire('@fastify/ajv-compiler') as () => Build<Validate>;
const defaultSerializer = fastifyRequire('@fastify/fast-json-stringify-compiler') as () => Build<
  (data: unknown) => string
>;

export interface LazyCompilers {
  /** For Fastify's `schemaController.compilersFactory`. */
  compilersFactory: NonNullable<FastifyServerOptions['schemaController']>['compilersFactory'];
  /** Compiles every route's functions not compiled yet, yielding between routes; resolves when done. */
  compileAll(): Promise<number>;
}

/** `make()` on first call of the returned getter, kept after; listed in `pending` until then. */
function deferred<F>(pending: Set<() => unknown>, make: () => F): () => F {
  let fn: F | undefined;
  const get = (): F => {
    if (fn === undefined) {
      fn = make();
      pending.delete(get);
    }
    return fn;
  };
  pending.add(get);
  return get;
}

export function lazyCompilers(): LazyCompilers {
  const pending = new Set<() => unknown>();
  const buildValidatorDefault = defaultValidator();
  const buildSerializerDefault = defaultSerializer();

  const buildValidator: Build<Validate> = (external, options) => {
    const compile = buildValidatorDefault(external, options);
    return (routeSchema) => {
      const get = deferred(pending, () => compile(routeSchema));
      const lazy = ((data: unknown, context?: unknown) =>
        context === undefined ? get()(data) : get()(data, context)) as Validate;
      // Fastify reads `schemaEnv` (Ajv: pass the parent so the root can be coerced) and, after a
      // failure, `errors`: both are the compiled function's.
      Object.defineProperty(lazy, 'schemaEnv', { get: () => get().schemaEnv });
      Object.defineProperty(lazy, 'errors', { get: () => get().errors });
      return lazy;
    };
  };

  const buildSerializer: Build<(data: unknown) => string> = (external, options) => {
    const compile = buildSerializerDefault(external, options);
    return (routeSchema) => {
      const get = deferred(pending, () => compile(routeSchema));
      return (data: unknown) => get()(data);
    };
  };

  return {
    // Fastify's types name Ajv's function type; the wrappers are called exactly as it calls those.
    compilersFactory: { buildValidator, buildSerializer } as unknown as LazyCompilers['compilersFactory'],
    async compileAll() {
      let n = 0;
      for (const get of [...pending]) {
        get();
        n++;
        // One route at a time, so that requests arriving meanwhile are answered between them.
        await new Promise((resolve) => setImmediate(resolve));
      }
      return n;
    },
  };
}
