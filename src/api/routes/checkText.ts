import { type Static, Type } from '@sinclair/typebox';
import { maxTextChars } from '../../claims/extract/text.js';
import type { RouteContext, RouteModule } from '../context.js';
import { dataResponses, ProblemSchema } from '../schemas.js';
import { VerdictSchema } from './check.js';

/** Largest request body: the longest text read plus JSON escaping room. */
const textBodyLimit = 256 * 1024;

const SpanSchema = Type.Object({
  start: Type.Integer({
    description: 'Offset of the first character (UTF-16 code units, as JavaScript counts).',
  }),
  end: Type.Integer({ description: 'Offset after the last character.' }),
  text: Type.String(),
});
const SentenceSchema = Type.Intersect([SpanSchema, Type.Object({ index: Type.Integer() })]);
const ClaimJson = Type.Object(
  { type: Type.String(), id: Type.String(), statement: Type.Union([Type.String(), Type.Null()]) },
  {
    additionalProperties: true,
    description: 'The claim JSON the statement became: edit it and POST it to /check to re-check.',
  },
);

export const TextStatementSchema = Type.Object(
  {
    id: Type.String(),
    type: Type.String(),
    sentence: SentenceSchema,
    alsoIn: Type.Array(SentenceSchema, { description: 'Other sentences stating the same claim.' }),
    cue: SpanSchema,
    claim: ClaimJson,
    assumptions: Type.Array(Type.String(), {
      description: 'Fields not stated in the text, and where their values came from.',
    }),
    verdict: Type.Ref(VerdictSchema),
  },
  { $id: 'TextStatement' },
);

export const UncheckedSchema = Type.Object(
  {
    type: Type.String(),
    sentence: SentenceSchema,
    cue: SpanSchema,
    reason: Type.String(),
    partial: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { $id: 'UncheckedStatement' },
);

export const TextReportSchema = Type.Object(
  {
    characters: Type.Integer(),
    sentences: Type.Integer(),
    subject: Type.Union([Type.String(), Type.Null()], {
      description: 'The country the text is mostly about.',
    }),
    date: Type.Union([Type.String(), Type.Null()]),
    notes: Type.Array(Type.String()),
    statements: Type.Array(Type.Ref(TextStatementSchema)),
    unchecked: Type.Array(Type.Ref(UncheckedSchema)),
    message: Type.Union([Type.String(), Type.Null()], {
      description: '"no checkable statements found" when there is nothing.',
    }),
  },
  { $id: 'TextReport' },
);

const TextBody = Type.Object(
  {
    text: Type.String({
      description: `English text, plain or HTML (tags are stripped), at most ${maxTextChars.toLocaleString('en-US')} characters.`,
    }),
    date: Type.Optional(
      Type.String({ format: 'date', description: 'The date the text speaks from (yyyy-mm-dd).' }),
    ),
  },
  { additionalProperties: false },
);

/** `POST /check/text`: the checkable statements of an article, each with its claim and verdict. */
export const checkTextRoutes: RouteModule = {
  tag: { name: 'check', description: 'Claim checks: a verdict with the figures and source rows behind it' },
  schemas: [TextStatementSchema, UncheckedSchema, TextReportSchema],
  register,
};

async function register({ app, store, responder, costly }: RouteContext): Promise<void> {
  app.post(
    '/check/text',
    {
      bodyLimit: textBodyLimit,
      config: costly.config,
      schema: {
        tags: ['check'],
        summary: 'Find the checkable statements in a text and check each (read-only)',
        description: `The body is JSON {"text": ..., "date"?: ...}, at most ${textBodyLimit / 1024} KiB (413 beyond). Sentences that look checkable but could not become a claim are listed in \`unchecked\` with the reason; docs/methods/extraction.md.`,
        body: TextBody,
        response: {
          ...dataResponses(Type.Ref(TextReportSchema), 'The statements found, their claims and verdicts'),
          413: {
            description: 'The body is larger than the limit.',
            content: { 'application/problem+json': { schema: Type.Ref(ProblemSchema) } },
          },
        },
      },
    },
    async (request, reply) => {
      const body = request.body as Static<typeof TextBody>;
      // Loaded on first use: the extractor stays out of the server's start-up.
      const { checkText } = await import('../../claims/extract/check.js');
      const result = await costly.run('check/text', body, () =>
        responder.run(() => checkText(store, body.text, { date: body.date, location: { field: 'text' } })),
      );
      reply.header('cache-control', 'no-store');
      return reply.type('application/json; charset=utf-8').send(result);
    },
  );
}
