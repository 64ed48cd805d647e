import { type Static, Type } from '@sinclair/typebox';
import type { Column } from '../../format/rows.js';
import { valuesReading, valuesSeries } from '../../queries/values.js';
import { freedomStatuses, vdemIndices } from '../../values/valuesRecord.js';
import type { RouteContext, RouteModule } from '../context.js';
import * as params from '../params.js';
import {
  CountryPathParams,
  dataResponses,
  Format,
  Nullable,
  PolesParam,
  StringEnum,
  Year,
} from '../schemas.js';

const Estimate = Type.Object(
  {
    value: Type.Number({ minimum: 0, maximum: 1 }),
    low: Type.Number({
      description: 'Low end of the interval (V-Dem codelow; a bloc: first quartile of its members).',
    }),
    high: Type.Number({ description: 'High end (V-Dem codehigh; a bloc: third quartile).' }),
  },
  { additionalProperties: false },
);
const Status = StringEnum(freedomStatuses, {
  description: 'Freedom House status: Free, Partly Free, Not Free.',
});
const Comparison = Type.Object(
  {
    polyarchy: Nullable(StringEnum(['indistinguishable', 'higher', 'lower'] as const)),
    libdem: Nullable(StringEnum(['indistinguishable', 'higher', 'lower'] as const)),
  },
  { additionalProperties: false },
);
const PoleValuesSchema = Type.Object(
  {
    pole: Type.String(),
    name: Type.String(),
    members: Type.Integer({ description: 'Members with V-Dem figures that year (1 for a state).' }),
    polyarchy: Nullable(Estimate),
    libdem: Nullable(Estimate),
    freedomStatus: Nullable(Status),
    freedomStatuses: Type.Object(
      { F: Type.Integer(), PF: Type.Integer(), NF: Type.Integer() },
      { additionalProperties: false, description: 'How many of the pole’s members have each status.' },
    ),
  },
  { additionalProperties: false },
);

export const ValuesReadingSchema = Type.Object(
  {
    country: Type.String(),
    year: Type.Integer(),
    polyarchy: Nullable(Estimate),
    libdem: Nullable(Estimate),
    freedomStatus: Nullable(Status),
    politicalRights: Nullable(Type.Integer({ minimum: 1, maximum: 7 })),
    civilLiberties: Nullable(Type.Integer({ minimum: 1, maximum: 7 })),
    poles: Type.Array(PoleValuesSchema, { minItems: 2, maxItems: 2 }),
    distance: Type.Array(Nullable(Type.Number()), {
      minItems: 2,
      maxItems: 2,
      description: 'Mean absolute difference of the V-Dem point estimates from each pole (0-1).',
    }),
    position: Nullable(Type.Number({ description: '-1 at the first pole’s values, +1 at the second’s.' })),
    comparison: Type.Array(Comparison, { minItems: 2, maxItems: 2 }),
    sources: Type.Array(
      Type.Object({ file: Type.String(), rows: Type.Array(Type.Integer()) }, { additionalProperties: false }),
    ),
    coverage: Type.String(),
  },
  { $id: 'ValuesReading', additionalProperties: false },
);

export const ValuesSeriesRowSchema = Type.Object(
  {
    country: Type.String(),
    year: Type.Integer(),
    index: StringEnum(vdemIndices, {
      description: 'polyarchy: electoral democracy; libdem: liberal democracy.',
    }),
    value: Type.Number(),
    low: Type.Number(),
    high: Type.Number(),
    sourceLine: Nullable(Type.Integer({ description: 'Line of the V-Dem file.' })),
  },
  { $id: 'ValuesSeriesRow', additionalProperties: false },
);

const ReadingQuery = Type.Object(
  {
    year: Type.Optional(Year('Default: the latest year with V-Dem figures for the country.')),
    poles: Type.Optional(PolesParam),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);
const SeriesQuery = Type.Object(
  {
    from: Type.Optional(Year('First year.')),
    to: Type.Optional(Year('Last year.')),
    poles: Type.Optional(PolesParam),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

const seriesColumns = ['country', 'year', 'index', 'value', 'low', 'high', 'sourceLine'].map((key) => ({
  key,
})) as Column<Record<string, unknown>>[];

/** Values: V-Dem and Freedom House figures against two poles (`bearing values`). */
export const valuesRoutes: RouteModule = {
  tag: {
    name: 'values',
    description:
      'How close a country’s institutions are to each pole’s: V-Dem democracy indices with intervals, Freedom House status',
  },
  schemas: [ValuesReadingSchema, ValuesSeriesRowSchema],
  register,
};

async function register({ app, store, responder }: RouteContext): Promise<void> {
  app.get(
    '/values/:country',
    {
      schema: {
        tags: ['values'],
        summary:
          'A country’s V-Dem indices and Freedom House status against two poles, with its values position',
        description:
          'Distance to each pole (a bloc: its members’ median), position (d1 - d2)/(d1 + d2); engagement undefined; weight 0 in the bearing by default. Methods: docs/methods/values.md.',
        params: CountryPathParams,
        querystring: ReadingQuery,
        response: dataResponses(Type.Ref(ValuesReadingSchema), 'The reading'),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof ReadingQuery>;
      const c = params.countryParam(store, request);
      const poles = params.poles(store, q.poles);
      return responder.send(request, reply, () => valuesReading(store, c.id, poles, q.year), {
        // One row for the state and one per pole: its figures and its distance from the state.
        rows: (r) => [
          {
            pole: r.country,
            year: r.year,
            polyarchy: r.polyarchy?.value ?? null,
            libdem: r.libdem?.value ?? null,
            freedomStatus: r.freedomStatus,
            members: 1,
            distance: null,
            position: r.position,
          },
          ...r.poles.map((p, i) => ({
            pole: p.pole,
            year: r.year,
            polyarchy: p.polyarchy?.value ?? null,
            libdem: p.libdem?.value ?? null,
            freedomStatus: p.freedomStatus,
            members: p.members,
            distance: r.distance[i],
            position: null,
          })),
        ],
        columns: [
          'pole',
          'year',
          'polyarchy',
          'libdem',
          'freedomStatus',
          'members',
          'distance',
          'position',
        ].map((key) => ({ key })) as Column<Record<string, unknown>>[],
        name: (r) => `values-${r.country}-${r.year}`,
      });
    },
  );

  app.get(
    '/values/:country/series',
    {
      schema: {
        tags: ['values'],
        summary: 'V-Dem indices with intervals over time for the country and the poles that are states',
        params: CountryPathParams,
        querystring: SeriesQuery,
        response: dataResponses(
          Type.Array(Type.Ref(ValuesSeriesRowSchema)),
          'One row per state, year and index',
        ),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof SeriesQuery>;
      const c = params.countryParam(store, request);
      const poles = params.poles(store, q.poles);
      const span = params.yearSpan(q.from, q.to);
      const ids = [c.id, ...poles.filter((p) => p.kind === 'country').map((p) => p.id)];
      return responder.send(request, reply, () => valuesSeries(store, ids, span), {
        rows: (v) => v,
        columns: seriesColumns,
        name: () => `values-series-${ids.join('-')}`,
      });
    },
  );
}
