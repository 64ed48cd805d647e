import { Type } from '@sinclair/typebox';
import { loadVoteMatrix } from '../../store/votes.js';
import { apiVersion, type RouteContext, type RouteModule } from '../context.js';
import { DatasetCoverage } from '../schemas.js';

const HealthSchema = Type.Object({ status: Type.Literal('ok') }, { additionalProperties: false });

export const MetaSchema = Type.Object(
  {
    name: Type.Literal('bearing'),
    version: Type.String(),
    snapshot: Type.Object({
      version: Type.Union([Type.String(), Type.Null()], {
        description:
          'The snapshot served: its version directory (data/v-<hex>), or null for a legacy data/ layout. Changes when the server reloads a new snapshot.',
      }),
      manifestSha256: Type.Union([Type.String(), Type.Null()], {
        description: 'sha256 of the served manifest.json (data/CURRENT); null for the legacy layout.',
      }),
      builtAt: Type.String(),
      datasets: Type.Array(
        Type.Object({
          id: Type.String(),
          title: Type.String(),
          publisher: Type.String(),
          version: Type.String(),
          license: Type.String(),
          coverage: DatasetCoverage,
          rows: Type.Integer({ description: 'Rows over all the dataset\u2019s tables.' }),
        }),
      ),
    }),
    startup: Type.Object(
      {
        timings: Type.Record(Type.String(), Type.Number(), {
          description:
            'Milliseconds per start-up phase: openStore, routes, total (until the server could listen); then, added as each background warm-up ends (answers are given meanwhile), warm:<name> (its own time) and warmed (from the start until the last one ended).',
        }),
      },
      { additionalProperties: false },
    ),
    cache: Type.Object({
      entries: Type.Integer(),
      bytes: Type.Integer(),
      hits: Type.Integer(),
      misses: Type.Integer(),
    }),
  },
  { additionalProperties: false },
);

/** Service routes: a health check (also the benchmark's hello-world) and what the server holds. */
export const metaRoutes: RouteModule = {
  tag: { name: 'meta', description: 'The service: health, snapshot, start-up timings' },
  schemas: [],
  register,
};

async function register({ app, store, responder, warm }: RouteContext): Promise<void> {
  app.get(
    '/health',
    {
      schema: {
        tags: ['meta'],
        summary: 'Liveness: answers {"status":"ok"}',
        response: { 200: HealthSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { status: 'ok' as const };
    },
  );

  app.get(
    '/meta',
    {
      schema: {
        tags: ['meta'],
        summary: 'The snapshot (datasets, coverage, build time), start-up timings and cache statistics',
        response: { 200: MetaSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return {
        name: 'bearing' as const,
        version: apiVersion,
        snapshot: {
          version: store.snapshot?.version ?? null,
          manifestSha256: store.snapshot?.sha256 ?? null,
          builtAt: store.manifest.builtAt,
          datasets: store.manifest.datasets.map((d) => ({
            id: d.id,
            title: d.title,
            publisher: d.publisher,
            version: d.version,
            license: d.license,
            coverage: d.coverage,
            rows: d.tables.reduce((n, t) => n + t.rows, 0),
          })),
        },
        startup: app.startup,
        cache: {
          entries: responder.cache.size,
          bytes: responder.cache.totalBytes,
          hits: responder.cache.hits,
          misses: responder.cache.misses,
        },
      };
    },
  );

  // The whole vote record as one matrix: every vote measure starts from it.
  warm('votes', () => loadVoteMatrix(store, {}));
}
