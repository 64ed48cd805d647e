import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Static, Type } from '@sinclair/typebox';
import { checkClaims, checkEach, maxClaims, readClaims } from '../../claims/check.js';
import { claimTypes } from '../../claims/types.js';
import { verdictRow, verdicts } from '../../claims/verdict.js';
import { type Column, toCsv } from '../../format/rows.js';
import { packageRoot } from '../../packageRoot.js';
import type { RouteContext, RouteModule } from '../context.js';
import { dataResponses, Format, StringEnum } from '../schemas.js';

const examples = ['seed'] as const;

export const VerdictSchema = Type.Object(
  {
    id: Type.String(),
    type: Type.String(),
    statement: Type.Union([Type.String(), Type.Null()]),
    verdict: StringEnum(verdicts),
    summary: Type.String({ description: 'One or two sentences a journalist could quote, with the caveats.' }),
    evidence: Type.Object(
      {
        figures: Type.Record(
          Type.String(),
          Type.Union([Type.Number(), Type.String(), Type.Boolean(), Type.Null()]),
        ),
        comparedWith: Type.String(),
        coverage: Type.String(),
        sources: Type.Array(
          Type.Object({
            file: Type.String(),
            rows: Type.Array(Type.Integer()),
            note: Type.Optional(Type.String()),
          }),
        ),
      },
      { additionalProperties: true },
    ),
  },
  { $id: 'Verdict', additionalProperties: true },
);

const ClaimsBody = Type.Unsafe<unknown>({
  type: ['object', 'array'],
  description: `Claims: one claim object, an array of them, or {"claims": [...]} (at most ${maxClaims}). Each has a \`type\` (${claimTypes.map((t) => t.type).join(', ')}), an optional \`id\` and \`statement\`, and the fields of its type (docs/methods/claims.md); an error names the claim and the field, e.g. claims[2].country.`,
  examples: [{ claims: [{ type: 'largest-partner', country: 'KEN', partner: 'CHN', measure: 'total' }] }],
});
const CheckQuery = Type.Object({ format: Type.Optional(Format) }, { additionalProperties: false });
const ExampleParams = Type.Object({ name: StringEnum(examples) }, { additionalProperties: false });

const columns: Column<Record<string, unknown>>[] = [
  'id',
  'type',
  'verdict',
  'statement',
  'summary',
  'sources',
].map((key) => ({ key }));

/** Claim checks: a verdict with evidence for each statement (`bearing check`). */
export const checkRoutes: RouteModule = {
  tag: { name: 'check', description: 'Claim checks: a verdict with the figures and source rows behind it' },
  schemas: [VerdictSchema],
  register,
};

async function register({ app, store, responder, costly }: RouteContext): Promise<void> {
  app.post(
    '/check',
    {
      config: costly.config,
      schema: {
        tags: ['check'],
        summary: 'Check claims against the data (read-only: nothing is stored)',
        description:
          'Verdicts: supported, partly supported, not supported, not checkable. The body is JSON (application/json), at most 64 KiB.',
        querystring: CheckQuery,
        body: ClaimsBody,
        response: dataResponses(Type.Array(Type.Ref(VerdictSchema)), 'One verdict per claim, in order'),
      },
    },
    async (request, reply) => {
      const claims = readClaims(request.body);
      const result = await costly.run('check', request.body, () =>
        responder.run(() => checkEach(store, claims)),
      );
      reply.header('cache-control', 'no-store');
      if ((request.query as Static<typeof CheckQuery>).format === 'csv') {
        return reply.type('text/csv; charset=utf-8').send(toCsv(result.map(verdictRow), columns));
      }
      return reply.type('application/json; charset=utf-8').send(result);
    },
  );

  app.get(
    '/check/examples/:name',
    {
      schema: {
        tags: ['check'],
        summary:
          'The bundled example claims checked: seed is the seed article\u2019s five checkable statements',
        params: ExampleParams,
        querystring: CheckQuery,
        response: dataResponses(Type.Array(Type.Ref(VerdictSchema)), 'One verdict per claim'),
      },
    },
    async (request, reply) => {
      const { name } = request.params as Static<typeof ExampleParams>;
      return responder.send(
        request,
        reply,
        async () => {
          const text = await readFile(
            join(packageRoot(), 'src', 'claims', 'examples', `${name}.json`),
            'utf8',
          );
          return checkClaims(store, readClaims(JSON.parse(text), `example ${name}`));
        },
        { rows: (v) => v.map(verdictRow), columns, name: () => `check-${name}` },
      );
    },
  );
}
