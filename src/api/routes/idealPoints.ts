import { type Static, Type } from '@sinclair/typebox';
import { InputError } from '../../errors.js';
import type { Column } from '../../format/rows.js';
import { defaultIdealPointRequest, idealPoints } from '../../queries/idealPoints.js';
import { idealPointsTable } from '../../store/idealPointsTables.js';
import type { Store } from '../../store/open.js';
import type { RouteContext, RouteModule } from '../context.js';
import * as params from '../params.js';
import { dataResponses, Format, limits, StringEnum, Year } from '../schemas.js';

export const IdealPointSchema = Type.Object(
  {
    year: Type.Integer(),
    country: Type.String(),
    idealPoint: Type.Number({
      description: 'Position on the main dimension; the United States on the positive side.',
    }),
    low: Type.Number({ description: 'Lower end of the 90% interval (parametric bootstrap).' }),
    high: Type.Number({ description: 'Upper end of the 90% interval.' }),
    votes: Type.Integer({ description: 'Votes the state cast that year in the roll calls fitted.' }),
    yearBasis: StringEnum(['session', 'calendar'] as const, {
      description:
        'What `year` means: General Assembly session + 1945 (the shipped estimate) or calendar year.',
    }),
  },
  { $id: 'IdealPoint', additionalProperties: false },
);

const Query = Type.Object(
  {
    country: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: limits.maxString,
        description: `Countries, comma-separated (codes or names), at most ${limits.maxList}; default every state.`,
      }),
    ),
    from: Type.Optional(Year('First year shown.')),
    to: Type.Optional(Year('Last year shown.')),
    yearBasis: Type.Optional(
      StringEnum(['session'] as const, {
        default: 'session',
        description:
          'The shipped estimate is on session years (General Assembly session + 1945, as Bailey-Strezhnev-Voeten); calendar-year estimates: bearing idealpoints --year-basis calendar.',
      }),
    ),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

/** The estimate the API serves: the one precomputed for the whole record and shipped with the snapshot. */
async function shipped(store: Store) {
  if (!store.has(idealPointsTable.name)) {
    throw new InputError('this snapshot has no precomputed ideal points', {
      kind: 'unavailable',
      hint: 'estimate them with the CLI: bearing idealpoints',
    });
  }
  return idealPoints(store, defaultIdealPointRequest);
}

/** Ideal points: each state's yearly position on one scale, with 90% intervals (`bearing idealpoints`). */
export const idealPointsRoutes: RouteModule = {
  tag: {
    name: 'idealpoints',
    description: 'Dynamic ordinal ideal points from UN General Assembly votes, with 90% intervals',
  },
  schemas: [IdealPointSchema],
  register,
};

async function register({ app, store, responder, warm }: RouteContext): Promise<void> {
  app.get(
    '/idealpoints',
    {
      schema: {
        tags: ['idealpoints'],
        summary: 'Ideal points per state-year with 90% intervals',
        description:
          'The estimate over the whole record and every vote, precomputed with the snapshot (docs/methods.md). Re-estimating with other vote sets (issue areas, important votes) takes tens of seconds of CPU and is left to the CLI: bearing idealpoints --issue ...',
        querystring: Query,
        response: dataResponses(
          Type.Array(Type.Ref(IdealPointSchema)),
          'State-years, by country as asked, then year',
        ),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof Query>;
      const wanted = params.countries(store, q.country, 'country').map((c) => c.id);
      const span = params.yearSpan(q.from, q.to);
      return responder.send(
        request,
        reply,
        async () => {
          const answer = await shipped(store);
          for (const id of wanted) {
            const dropped = answer.dropped.find((d) => d.country === id);
            if (dropped) {
              throw new InputError(`too few votes to place ${id}: ${dropped.reason}`, {
                location: { field: 'country' },
              });
            }
          }
          const rows = answer.rows.filter(
            (r) =>
              (span.from === undefined || r.year >= span.from) &&
              (span.to === undefined || r.year <= span.to),
          );
          if (wanted.length === 0) return rows.map((r) => ({ ...r, yearBasis: 'session' as const }));
          const out = wanted
            .flatMap((id) => rows.filter((r) => r.country === id))
            .map((r) => ({ ...r, yearBasis: 'session' as const }));
          for (const id of wanted) {
            if (!out.some((r) => r.country === id)) {
              throw new InputError(
                `no ideal points for ${id} in ${span.from ?? 'first'}-${span.to ?? 'last'}: it cast no votes in those years`,
                {
                  location: { field: 'country' },
                  kind: 'unknown',
                  hint: id === 'RUS' ? 'before 1992 the Soviet Union votes as SUN' : 'check the year range',
                },
              );
            }
          }
          return out;
        },
        {
          rows: (v) => v,
          columns: ['year', 'country', 'idealPoint', 'low', 'high', 'votes', 'yearBasis'].map((key) => ({
            key,
          })) as Column<Record<string, unknown>>[],
          name: () => 'idealpoints',
        },
      );
    },
  );

  warm('idealpoints', () => shipped(store).catch(() => undefined));
}
