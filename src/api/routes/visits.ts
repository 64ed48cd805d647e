import { type Static, Type } from '@sinclair/typebox';
import { InputError } from '../../errors.js';
import type { Column } from '../../format/rows.js';
import {
  countTravels,
  countVisits,
  lastTrip,
  lastVisit,
  type PlaceScope,
  resolvePlace,
  scopeCountries,
  travels,
  visitIntensity,
  visits,
} from '../../queries/visits.js';
import type { Store } from '../../store/open.js';
import { travelRoles } from '../../visits/records.js';
import { visitTypes } from '../../visits/visitType.js';
import type { RouteContext, RouteModule } from '../context.js';
import * as params from '../params.js';
import { dataResponses, Format, limits, Nullable, StringEnum, Year } from '../schemas.js';

const DateParam = (description: string) =>
  Type.String({
    pattern: '^\\d{4}(-\\d{2}-\\d{2})?$',
    description: `${description} A year or a date yyyy-mm-dd.`,
  });

const placeQuery = {
  country: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: limits.maxString,
      description: `Countries, comma-separated (codes or names), at most ${limits.maxList}.`,
    }),
  ),
  region: Type.Optional(
    Type.String({
      maxLength: 100,
      description: 'World Bank region, UN region or UN sub-region (Sub-Saharan Africa, Western Europe).',
    }),
  ),
  continent: Type.Optional(
    Type.String({ maxLength: 40, description: 'Africa, Americas, Asia, Europe or Oceania.' }),
  ),
  from: Type.Optional(DateParam('Events starting on or after.')),
  to: Type.Optional(DateParam('Events starting on or before.')),
  before: Type.Optional(DateParam('Only events starting before.')),
  format: Type.Optional(Format),
};

const VisitsQuery = Type.Object(
  {
    ...placeQuery,
    type: Type.Optional(
      Type.String({ maxLength: 100, description: `Visit types, comma-separated: ${visitTypes.join(', ')}.` }),
    ),
  },
  { additionalProperties: false },
);
const TravelsQuery = Type.Object(
  {
    ...placeQuery,
    role: Type.Optional(
      Type.String({ maxLength: 40, description: `Roles, comma-separated: ${travelRoles.join(', ')}.` }),
    ),
  },
  { additionalProperties: false },
);
const CountBy = StringEnum(['year', 'country'] as const, {
  default: 'year',
  description: 'year: one row per country-year; country: one per country over the span.',
});
const VisitCountsQuery = Type.Object(
  { ...VisitsQuery.properties, by: Type.Optional(CountBy) },
  { additionalProperties: false },
);
const TravelCountsQuery = Type.Object(
  { ...TravelsQuery.properties, by: Type.Optional(CountBy) },
  { additionalProperties: false },
);
const IntensityQuery = Type.Object(
  {
    country: placeQuery.country,
    from: Type.Optional(Year('First year.')),
    to: Type.Optional(Year('Last year.')),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

const source = {
  sourceFile: Type.String(),
  sourcePosition: Type.Integer(),
  sourceLine: Type.Integer(),
};
const event = {
  id: Type.Integer(),
  date: Type.String({ description: 'Start date, yyyy-mm-dd.' }),
  endDate: Type.String(),
  year: Type.Integer(),
  country: Type.String(),
  countryName: Type.String(),
  countryLabel: Type.String({ description: 'The country as the historian names it.' }),
};
const gap = {
  before: Nullable(Type.String()),
  gapDays: Nullable(Type.Integer()),
  gapYears: Nullable(Type.Number({ description: 'Years of 365.25 days, two decimals.' })),
};

export const VisitSchema = Type.Object(
  {
    ...event,
    visitor: Type.String(),
    role: Nullable(Type.String()),
    type: StringEnum(visitTypes),
    description: Type.String(),
    ...source,
  },
  { $id: 'Visit', additionalProperties: false },
);
const LastVisitSchema = Type.Object({ ...VisitSchema.properties, ...gap }, { additionalProperties: false });
export const TripSchema = Type.Object(
  {
    ...event,
    role: StringEnum(travelRoles),
    who: Type.String(),
    traveller: Type.String(),
    locale: Type.String(),
    remarks: Type.String(),
    ...source,
  },
  { $id: 'Trip', additionalProperties: false },
);
const LastTripSchema = Type.Object({ ...TripSchema.properties, ...gap }, { additionalProperties: false });
const counted = {
  country: Type.String(),
  countryName: Type.String(),
  year: Nullable(Type.Integer({ description: 'null when counting by country.' })),
  total: Type.Integer(),
  first: Type.String(),
  last: Type.String(),
};
const VisitCountSchema = Type.Object(
  {
    ...counted,
    state: Type.Integer(),
    official: Type.Integer(),
    officialWorking: Type.Integer(),
    working: Type.Integer(),
    private: Type.Integer(),
    summit: Type.Integer(),
    other: Type.Integer(),
  },
  { additionalProperties: false },
);
const TripCountSchema = Type.Object(
  { ...counted, president: Type.Integer(), secretary: Type.Integer() },
  { additionalProperties: false },
);
const IntensitySchema = Type.Object(
  {
    country: Type.String(),
    year: Type.Integer(),
    visitsIn: Type.Integer(),
    travelsOut: Type.Integer(),
    intensity: Type.Number({
      description: 'Level-weighted visits in plus trips out (docs/methods/visits.md).',
    }),
  },
  { additionalProperties: false },
);

const keys = (schema: { properties: object }): Column<Record<string, unknown>>[] =>
  Object.keys(schema.properties).map((key) => ({ key }));

function scope(store: Store, q: { country?: string; region?: string; continent?: string }): PlaceScope {
  const s: PlaceScope = {
    countries: params.list(q.country, 'country').map((c) => resolvePlace(store, c)),
    region: q.region,
    continent: q.continent,
  };
  scopeCountries(store, s); // unknown region or continent: 404 with the known names
  return s;
}

/** Visits: leaders' visits to the US and US trips abroad (`bearing visits`, `bearing travels`). */
export const visitsRoutes: RouteModule = {
  tag: {
    name: 'visits',
    description:
      'Visits to the US by foreign leaders and trips abroad by US presidents and secretaries of state',
  },
  schemas: [VisitSchema, TripSchema],
  register,
};

async function register({ app, store, responder, warm }: RouteContext): Promise<void> {
  const visitQuery = (q: Static<typeof VisitsQuery>) => {
    const types = params.enumList(q.type, visitTypes, 'type');
    const { from, to, before } = params.dateRange(q);
    return { q: { ...scope(store, q), types: types.length ? types : undefined, from, to }, before };
  };
  const travelQuery = (q: Static<typeof TravelsQuery>) => {
    const roles = params.enumList(q.role, travelRoles, 'role');
    const { from, to, before } = params.dateRange(q);
    return { q: { ...scope(store, q), roles: roles.length ? roles : undefined, from, to }, before };
  };
  const tags = ['visits'];

  app.get(
    '/visits',
    {
      schema: {
        tags,
        summary: 'Visits to the US by foreign leaders, with their type',
        description: `Types are read from the historian's description: ${visitTypes.join(', ')} (docs/methods/visits.md).`,
        querystring: VisitsQuery,
        response: dataResponses(Type.Array(Type.Ref(VisitSchema)), 'Visits in date order'),
      },
    },
    async (request, reply) => {
      const { q, before } = visitQuery(request.query as Static<typeof VisitsQuery>);
      return responder.send(request, reply, () => visits(store, { ...q, before }), {
        rows: (v) => v,
        columns: keys(VisitSchema),
        name: () => 'visits',
      });
    },
  );

  app.get(
    '/visits/last',
    {
      schema: {
        tags,
        summary: '"The first since": the latest matching visit before a date, and the gap',
        description:
          'The latest visit matching the filters and starting before `before`, with the gap in days and years (365.25 days). An empty array when none matches. Example: type=state&continent=Africa&before=2024-05-23.',
        querystring: VisitsQuery,
        response: dataResponses(Type.Array(LastVisitSchema, { maxItems: 1 }), 'Zero or one visit'),
      },
    },
    async (request, reply) => {
      const { q, before } = visitQuery(request.query as Static<typeof VisitsQuery>);
      return responder.send(
        request,
        reply,
        async () => {
          const last = await lastVisit(store, q, before);
          return last ? [last] : [];
        },
        { rows: (v) => v, columns: keys(LastVisitSchema), name: () => 'visit-last' },
      );
    },
  );

  app.get(
    '/visits/counts',
    {
      schema: {
        tags,
        summary: 'Visits counted by type, per country-year or per country',
        querystring: VisitCountsQuery,
        response: dataResponses(Type.Array(VisitCountSchema), 'Counts'),
      },
    },
    async (request, reply) => {
      const query = request.query as Static<typeof VisitCountsQuery>;
      const { q, before } = visitQuery(query);
      const by = query.by ?? 'year';
      return responder.send(request, reply, () => countVisits(store, { ...q, before }, by), {
        rows: (v) => v,
        columns: keys(VisitCountSchema),
        name: () => `visit-counts-by-${by}`,
      });
    },
  );

  app.get(
    '/visits/intensity',
    {
      schema: {
        tags,
        summary:
          'US-side relationship intensity per country-year (visits in plus trips out, weighted by level)',
        description:
          'With one `country`, every year of the span (zeros included); otherwise only country-years with a visit or a trip.',
        querystring: IntensityQuery,
        response: dataResponses(Type.Array(IntensitySchema), 'Country-years'),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof IntensityQuery>;
      const { from, to } = params.yearSpan(q.from, q.to);
      const ids = params.list(q.country, 'country').map((c) => resolvePlace(store, c));
      return responder.send(
        request,
        reply,
        async () => {
          const all = await visitIntensity(store, { from, to });
          if (ids.length !== 1) return all.filter((r) => ids.length === 0 || ids.includes(r.country));
          // A state with no contact at all (the United States itself) has no series to fill with zeros.
          if (!(await visitIntensity(store)).some((r) => r.country === ids[0])) {
            throw new InputError(`no visits or travels recorded for ${ids[0]}`, {
              location: { field: 'country' },
              kind: 'unknown',
            });
          }
          return visitIntensity(store, { country: ids[0], from, to });
        },
        { rows: (v) => v, columns: keys(IntensitySchema), name: () => 'visit-intensity' },
      );
    },
  );

  app.get(
    '/travels',
    {
      schema: {
        tags,
        summary: 'Trips abroad by US presidents and secretaries of state',
        querystring: TravelsQuery,
        response: dataResponses(Type.Array(Type.Ref(TripSchema)), 'Trips in date order'),
      },
    },
    async (request, reply) => {
      const { q, before } = travelQuery(request.query as Static<typeof TravelsQuery>);
      return responder.send(request, reply, () => travels(store, { ...q, before }), {
        rows: (v) => v,
        columns: keys(TripSchema),
        name: () => 'travels',
      });
    },
  );

  app.get(
    '/travels/last',
    {
      schema: {
        tags,
        summary: 'The latest matching trip before a date, and the gap',
        querystring: TravelsQuery,
        response: dataResponses(Type.Array(LastTripSchema, { maxItems: 1 }), 'Zero or one trip'),
      },
    },
    async (request, reply) => {
      const { q, before } = travelQuery(request.query as Static<typeof TravelsQuery>);
      return responder.send(
        request,
        reply,
        async () => {
          const last = await lastTrip(store, q, before);
          return last ? [last] : [];
        },
        { rows: (v) => v, columns: keys(LastTripSchema), name: () => 'travel-last' },
      );
    },
  );

  app.get(
    '/travels/counts',
    {
      schema: {
        tags,
        summary: 'Trips counted by role, per country-year or per country',
        querystring: TravelCountsQuery,
        response: dataResponses(Type.Array(TripCountSchema), 'Counts'),
      },
    },
    async (request, reply) => {
      const query = request.query as Static<typeof TravelCountsQuery>;
      const { q, before } = travelQuery(query);
      const by = query.by ?? 'year';
      return responder.send(request, reply, () => countTravels(store, { ...q, before }, by), {
        rows: (v) => v,
        columns: keys(TripCountSchema),
        name: () => `travel-counts-by-${by}`,
      });
    },
  );

  warm('visits', () => visitIntensity(store));
}
