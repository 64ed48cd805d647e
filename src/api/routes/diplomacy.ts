import { type Static, Type } from '@sinclair/typebox';
import type { Column } from '../../format/rows.js';
import {
  lastLeaderVisit,
  leaderStays,
  leaderVisitCounts,
  visitLevels,
  visitPole,
} from '../../queries/leaderVisits.js';
import { resolvePlace, scopeCountries } from '../../queries/visits.js';
import { participantLevels } from '../../store/diplomacy.js';
import type { Store } from '../../store/open.js';
import type { RouteContext, RouteModule } from '../context.js';
import * as params from '../params.js';
import { dataResponses, Format, limits, Nullable, StringEnum, Year } from '../schemas.js';

const Pole = StringEnum(['USA', 'CHN'] as const, {
  description: 'Whose record: USA (Office of the Historian) or CHN (China Vitae, 2003-2018).',
});
const Direction = StringEnum(['out', 'in'] as const, {
  default: 'out',
  description: "out: the pole's leaders abroad; in: visitors the pole received.",
});
const DateParam = (description: string) =>
  Type.String({
    pattern: '^\\d{4}(-\\d{2}-\\d{2})?$',
    description: `${description} A year or a date yyyy-mm-dd.`,
  });

const LeaderVisitsQuery = Type.Object(
  {
    pole: Pole,
    direction: Type.Optional(Direction),
    level: Type.Optional(
      Type.String({
        maxLength: 60,
        description: `The traveller's level, comma-separated: ${participantLevels.join(', ')}, or all. Default head.`,
      }),
    ),
    country: Type.Optional(
      Type.String({ minLength: 1, maxLength: limits.maxString, description: 'Countries, comma-separated.' }),
    ),
    region: Type.Optional(Type.String({ maxLength: 100, description: 'World Bank or UN region.' })),
    continent: Type.Optional(
      Type.String({ maxLength: 40, description: 'Africa, Americas, Asia, Europe or Oceania.' }),
    ),
    from: Type.Optional(DateParam('Stays starting on or after.')),
    to: Type.Optional(DateParam('Stays starting on or before.')),
    before: Type.Optional(DateParam('Only stays starting before.')),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

const Level = StringEnum(participantLevels);
export const LeaderStaySchema = Type.Object(
  {
    pole: Pole,
    direction: StringEnum(['out', 'in'] as const),
    date: Type.String({ description: 'First recorded day, yyyy-mm-dd.' }),
    lastDate: Type.String(),
    year: Type.Integer(),
    country: Type.String(),
    countryName: Type.String(),
    city: Nullable(Type.String()),
    traveller: Type.String({ description: "The pole's leader (out) or the visitor (in)." }),
    level: Level,
    polePerson: Type.String(),
    poleLevel: StringEnum(['head', 'foreign-minister'] as const),
    counterpart: Nullable(Type.String()),
    counterpartTitle: Nullable(Type.String()),
    counterpartLevel: Nullable(Level),
    kind: Type.String({ description: 'US visit type or trip role; China: the classifier rule.' }),
    rows: Type.Integer({ description: 'Recorded rows merged into the stay.' }),
    sourceTable: Type.String(),
    sourceFile: Type.String(),
    sourceLine: Type.Integer(),
  },
  { $id: 'LeaderStay', additionalProperties: false },
);
const LastStaySchema = Type.Object(
  {
    ...LeaderStaySchema.properties,
    stay: StringEnum(['latest', 'previous'] as const),
    gapDays: Nullable(Type.Integer({ description: 'Latest row: days since the previous stay.' })),
    gapYears: Nullable(Type.Number()),
    sinceDays: Nullable(Type.Integer({ description: 'Latest row: days from it to `before`.' })),
  },
  { additionalProperties: false },
);
export const LeaderVisitCountSchema = Type.Object(
  {
    country: Type.String(),
    year: Type.Integer(),
    pole: Pole,
    direction: StringEnum(['out', 'in'] as const),
    head: Type.Integer(),
    foreignMinister: Type.Integer(),
    other: Type.Integer(),
    total: Type.Integer(),
  },
  { $id: 'LeaderVisitCount', additionalProperties: false },
);
const CountsQuery = Type.Object(
  {
    country: Type.String({ minLength: 1, maxLength: 60, description: 'One country (code or name).' }),
    from: Type.Optional(Year('First year.')),
    to: Type.Optional(Year('Last year.')),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

const keys = (schema: { properties: object }): Column<Record<string, unknown>>[] =>
  Object.keys(schema.properties).map((key) => ({ key }));

function query(store: Store, q: Static<typeof LeaderVisitsQuery>) {
  const scope = {
    countries: params.list(q.country, 'country').map((c) => resolvePlace(store, c)),
    region: q.region,
    continent: q.continent,
  };
  scopeCountries(store, scope);
  const rawLevels = params.list(q.level ?? 'head', 'level');
  const levels = rawLevels.length === 1 && rawLevels[0] === 'all' ? undefined : visitLevels(rawLevels);
  const { from, to, before } = params.dateRange(q);
  return {
    q: { ...scope, pole: visitPole(q.pole), direction: q.direction ?? 'out', levels, from, to },
    before,
  };
}

/** Both poles' leader visits (`bearing visits --pole`): stays, "the first since", counts for charts. */
export const diplomacyRoutes: RouteModule = {
  tag: {
    name: 'leader visits',
    description:
      'Leader-level visits of both poles: US and Chinese leaders abroad and the visitors each receives (Historian; China Vitae 2003-2018)',
  },
  schemas: [LeaderStaySchema, LeaderVisitCountSchema],
  register,
};

async function register({ app, store, responder }: RouteContext): Promise<void> {
  const tags = ['leader visits'];
  app.get(
    '/leader-visits',
    {
      schema: {
        tags,
        summary: "A pole's leader-level stays with a place, in one direction",
        description:
          'Recorded days of one visit are one stay (docs/methods/visits.md). Example: pole=CHN&country=KEN&level=all.',
        querystring: LeaderVisitsQuery,
        response: dataResponses(Type.Array(Type.Ref(LeaderStaySchema)), 'Stays in date order'),
      },
    },
    async (request, reply) => {
      const { q, before } = query(store, request.query as Static<typeof LeaderVisitsQuery>);
      return responder.send(
        request,
        reply,
        () =>
          leaderStays(store, { ...q, to: before ?? q.to }).then((r) =>
            r.filter((s) => !before || s.date < before),
          ),
        {
          rows: (v) => v,
          columns: keys(LeaderStaySchema),
          name: () => 'leader-visits',
        },
      );
    },
  );
  app.get(
    '/leader-visits/last',
    {
      schema: {
        tags,
        summary: '"The first since" for either pole: the latest stay, the one before, and the gap',
        description: 'Example: pole=CHN&country=KEN (Li Keqiang 2014, after Hu Jintao 2006).',
        querystring: LeaderVisitsQuery,
        response: dataResponses(Type.Array(LastStaySchema, { maxItems: 2 }), 'Latest and previous stay'),
      },
    },
    async (request, reply) => {
      const { q, before } = query(store, request.query as Static<typeof LeaderVisitsQuery>);
      return responder.send(
        request,
        reply,
        async () => {
          const r = await lastLeaderVisit(store, q, before);
          const rows = [];
          if (r.latest)
            rows.push({
              ...r.latest,
              stay: 'latest' as const,
              gapDays: r.gapDays,
              gapYears: r.gapYears,
              sinceDays: r.sinceDays,
            });
          if (r.previous)
            rows.push({
              ...r.previous,
              stay: 'previous' as const,
              gapDays: null,
              gapYears: null,
              sinceDays: null,
            });
          return rows;
        },
        { rows: (v) => v, columns: keys(LastStaySchema), name: () => 'leader-visit-last' },
      );
    },
  );
  app.get(
    '/leader-visits/counts',
    {
      schema: {
        tags,
        summary: 'Stays per year with one country: both poles, both directions, by level',
        description:
          "Years outside a pole's record have no row (China: 2003-2018). The country page's visits chart reads this.",
        querystring: CountsQuery,
        response: dataResponses(
          Type.Array(Type.Ref(LeaderVisitCountSchema)),
          'Country-year-pole-direction rows',
        ),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof CountsQuery>;
      const country = resolvePlace(store, q.country);
      const span = params.yearSpan(q.from, q.to);
      return responder.send(request, reply, () => leaderVisitCounts(store, country, span), {
        rows: (v) => v,
        columns: keys(LeaderVisitCountSchema),
        name: () => `leader-visit-counts-${country}`,
      });
    },
  );
}
