import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { roundNumbers } from '../../format/precision.js';
import type { Column } from '../../format/rows.js';
import { resolvePoles } from '../../params/poles.js';
import type { DimensionDetail as DimensionDetailType } from '../../queries/bearing.js';
import {
  bearingProfile,
  bearingRank,
  bearingWorld,
  dimensionIds,
  flatRankRow,
  parseWeights,
  profileSeriesColumns,
  profileSeriesRows,
  providers,
  rankColumns,
} from '../../queries/bearing.js';
import type { RouteContext, RouteModule } from '../context.js';
import * as params from '../params.js';
import {
  CountryPathParams,
  dataResponses,
  Format,
  limits,
  Nullable,
  PolesParam,
  StringEnum,
  Year,
} from '../schemas.js';

const Num = (description?: string) => Nullable(Type.Number(description ? { description } : {}));
const stances = ['first', 'second', 'balanced', 'disengaged'] as const;
const Stance = Nullable(
  StringEnum(stances, {
    description:
      'first/second: leaning to that pole; balanced: facing forward; disengaged: engaging neither.',
  }),
);
const Dimension = StringEnum(dimensionIds as string[]);
/** One object with a key per registered dimension (src/queries/dimensions/index.ts). */
const perDimension = <T extends TSchema>(schema: T, description?: string) =>
  Type.Object(Object.fromEntries(dimensionIds.map((d) => [d, schema])) as Record<string, T>, {
    additionalProperties: false,
    ...(description ? { description } : {}),
  });
const Weights = perDimension(
  Type.Number(),
  'The weights applied, renormalised to sum to 1 (0 for a missing dimension).',
);
const Reading = Type.Object(
  {
    position: Num(
      '-1 at the first pole, +1 at the second; null when the data do not cover the country-year.',
    ),
    engagement: Num('Engagement with both poles relative to the world that year, in [0, 1].'),
    dataYear: Nullable(Type.Integer({ description: 'The year the data come from.' })),
    carried: Type.Boolean({ description: 'True when carried forward from dataYear (carryForward).' }),
  },
  { additionalProperties: false },
);
/** The reading and its figures: the figures' names differ by dimension (agreementFirst, owedFirst, ...). */
const DimensionDetail = Type.Unsafe<DimensionDetailType>(
  Type.Object(
    {
      position: Num('-1 at the first pole, +1 at the second.'),
      engagement: Num('Engagement with both poles relative to the world that year, in [0, 1].'),
      dataYear: Type.Integer({ description: 'The year the data come from.' }),
      carried: Type.Boolean({ description: 'True when carried forward from dataYear.' }),
      source: Type.String(),
      words: Nullable(Type.String({ description: 'The reading in words.' })),
    },
    {
      additionalProperties: Type.Unsafe<number | string | boolean | null>({
        type: ['number', 'string', 'boolean', 'null'],
      }),
      description:
        'The reading and the figures behind it (named by the dimension: agreementFirst, owedFirst, withFirst, ...).',
    },
  ),
);
const Hedging = Nullable(
  Type.Object(
    { first: Type.Array(Dimension), second: Type.Array(Dimension) },
    { description: 'Dimensions leaning to each pole: both non-empty is the hedging signature.' },
  ),
);
const Coverage = Type.Object(
  {
    used: Type.Array(Dimension, { description: 'Weighted dimensions with data.' }),
    enough: Type.Boolean({ description: 'At least two: enough for a stance.' }),
    label: Nullable(Type.String({ description: 'null when enough; else "partial: finance only".' })),
  },
  { additionalProperties: false },
);
const Carried = Type.Array(
  Type.Object({ id: Dimension, dataYear: Type.Integer() }, { additionalProperties: false }),
  { description: 'Dimensions carried forward into the year, with the year their data come from.' },
);

export const ProfileSchema = Type.Object(
  {
    country: Type.String(),
    name: Type.String(),
    year: Type.Integer(),
    poles: Type.Array(Type.String(), { minItems: 2, maxItems: 2 }),
    position: Num('Composite position in [-1, 1].'),
    balance: Num('"Facing forward" score in [0, 1].'),
    spread: Num('Largest minus smallest dimension position, in [0, 2].'),
    stance: Stance,
    hedging: Hedging,
    coverage: Coverage,
    headline: Type.String(),
    weights: Weights,
    carried: Carried,
    carryForward: Type.Integer(),
    dimensions: perDimension(Nullable(DimensionDetail)),
    sensitivity: Type.Array(
      Type.Object(
        { dimension: Dimension, factor: Type.Number(), position: Num(), balance: Num(), stance: Stance },
        { additionalProperties: false },
      ),
    ),
    series: Type.Optional(
      Type.Array(
        Type.Object(
          {
            year: Type.Integer(),
            position: Num(),
            balance: Num(),
            spread: Num(),
            stance: Stance,
            hedging: Hedging,
            weights: Weights,
            coverage: Coverage,
            dimensions: perDimension(Reading),
          },
          { additionalProperties: false },
        ),
        { description: 'Every year with data (the same whatever `year`); left out with include=none.' },
      ),
    ),
  },
  { $id: 'Profile', additionalProperties: false },
);

export const RankRowSchema = Type.Object(
  {
    rank: Nullable(
      Type.Integer({
        minimum: 1,
        description: 'null: listed but not ranked (a pole\u2019s member, or too few dimensions).',
      }),
    ),
    country: Type.String(),
    name: Type.String(),
    year: Type.Integer(),
    position: Num(),
    balance: Num(),
    spread: Num(),
    stance: Stance,
    coverage: Nullable(
      Type.String({ description: 'null when enough dimensions; else "partial: finance only".' }),
    ),
    pole: Nullable(
      Type.Integer({ minimum: 0, maximum: 1, description: 'Member of the first (0) or second (1) pole.' }),
    ),
    dimensions: perDimension(Num(), 'Position per dimension, null when missing.'),
    carried: Carried,
  },
  { $id: 'RankRow', additionalProperties: false },
);

const WeightsParam = Type.String({
  maxLength: 200,
  description: `Weights as name=value pairs, e.g. ${providers.map((p) => `${p.id}=${p.defaultWeight}`).join(',')} (the default).`,
});
const CarryForward = Type.Integer({
  minimum: 0,
  maximum: 20,
  description:
    'Fill a dimension whose data end before the year from up to N earlier years; the output says which were carried. Default 0.',
});

const ProfileQuery = Type.Object(
  {
    year: Type.Optional(Year('The year in detail; default the latest year with the most dimensions.')),
    poles: Type.Optional(PolesParam),
    weights: Type.Optional(WeightsParam),
    carryForward: Type.Optional(CarryForward),
    include: Type.Optional(
      StringEnum(['series', 'none'] as const, {
        default: 'series',
        description:
          'series (default): with the series of every year; none: the year alone, for a client that reads the series once (it does not depend on `year`). JSON only: CSV is the series.',
      }),
    ),
    precision: Type.Optional(
      StringEnum(['rounded', 'full'] as const, {
        description:
          'rounded (default): non-integers to 6 significant digits; full: the unrounded doubles, to reproduce a computation.',
      }),
    ),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);
const RankQuery = Type.Object(
  {
    year: Year('The year.'),
    poles: Type.Optional(PolesParam),
    weights: Type.Optional(WeightsParam),
    by: Type.Optional(
      StringEnum(['position', 'balance'] as const, {
        default: 'position',
        description: 'position: first pole first; balance: most balanced first.',
      }),
    ),
    top: Type.Optional(
      Type.Integer({ minimum: 0, maximum: limits.maxTop, description: 'Only the first N (0: all).' }),
    ),
    carryForward: Type.Optional(CarryForward),
    continent: Type.Optional(Type.String({ maxLength: 60, description: 'Only states on this continent.' })),
    region: Type.Optional(
      Type.String({ maxLength: 60, description: 'Only states in this World Bank region.' }),
    ),
    includePoles: Type.Optional(
      Type.Boolean({ description: 'List the poles\u2019 own members too, unranked. Default false.' }),
    ),
    includePartial: Type.Optional(
      Type.Boolean({
        description: 'List states with fewer than two dimensions too, unranked. Default false.',
      }),
    ),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

const seriesColumns = (): Column<Record<string, unknown>>[] => profileSeriesColumns().map((key) => ({ key }));
const rankCsvColumns = (): Column<Record<string, unknown>>[] => rankColumns().map((key) => ({ key }));

/** The bearing: a country's position between two poles on each dimension and overall (`bearing profile`, `bearing rank`). */
export const bearingRoutes: RouteModule = {
  tag: {
    name: 'bearing',
    description: `Which way a country faces between two poles: ${dimensionIds.join(', ')} and the composite`,
  },
  schemas: [ProfileSchema, RankRowSchema],
  register,
};

async function register({ app, store, responder, warm }: RouteContext): Promise<void> {
  app.get(
    '/profile/:country',
    {
      schema: {
        tags: ['bearing'],
        summary: 'A country\u2019s bearing between two poles: headline, dimensions, composite, series',
        description:
          'Positions run from -1 (first pole) to +1 (second pole); balance ("facing forward") from 0 to 1. A missing dimension is null, never 0. CSV gives the series, one row per year. Methods: docs/methods/bearing.md.',
        params: CountryPathParams,
        querystring: ProfileQuery,
        response: dataResponses(Type.Ref(ProfileSchema), 'The profile'),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof ProfileQuery>;
      const c = params.countryParam(store, request);
      const poles = resolvePoles(store.concordance, q.poles);
      const weights = parseWeights(q.weights);
      return responder.send(
        request,
        reply,
        async () => {
          const p = await bearingProfile(store, c.id, {
            year: q.year,
            poles,
            weights,
            carryForward: q.carryForward,
          });
          // The series is most of the answer's bytes and the same for every year: include=none leaves it out.
          const { series: _series, ...year } = p;
          const out: Omit<typeof p, 'series'> & Partial<Pick<typeof p, 'series'>> =
            q.include === 'none' && q.format !== 'csv' ? year : p;
          return q.precision === 'full' ? out : roundNumbers(out);
        },
        {
          rows: (p) => profileSeriesRows({ ...p, series: p.series ?? [] }, q.year),
          columns: seriesColumns(),
          name: (p) => `profile-${p.country}-${p.poles.join('-')}`,
        },
      );
    },
  );

  app.get(
    '/rank',
    {
      schema: {
        tags: ['bearing'],
        summary: 'Every country in a year, ordered by position or by balance',
        params: Type.Object({}, { additionalProperties: false }),
        querystring: RankQuery,
        response: dataResponses(Type.Array(Type.Ref(RankRowSchema)), 'Countries in order'),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof RankQuery>;
      const poles = resolvePoles(store.concordance, q.poles);
      const weights = parseWeights(q.weights);
      return responder.send(
        request,
        reply,
        async () => {
          const rows = await bearingRank(store, {
            year: q.year,
            poles,
            weights,
            by: q.by ?? 'position',
            carryForward: q.carryForward,
            continent: q.continent,
            region: q.region,
            includePoles: q.includePoles,
            includePartial: q.includePartial,
          });
          return q.top ? rows.slice(0, q.top) : rows;
        },
        {
          rows: (v) => v.map(flatRankRow),
          columns: rankCsvColumns(),
          name: () => `rank-${q.year}-${poles[0].id}-${poles[1].id}`,
        },
      );
    },
  );

  // Every state's readings between the default poles, for every year (shipped in the snapshot): profile,
  // rank and the map read from it, so it is warmed first.
  warm('bearing', () => bearingWorld(store, resolvePoles(store.concordance, undefined)), { first: true });
  // The base tables every other pair of poles reads (the vote agreement of every dyad, the trade matrix,
  // debt, security, values tables): loaded once now, after the other warm-ups, so that the first other
  // pair costs its own readings only, and kept (warm-up entries are never trimmed). One provider at a
  // time (its readings for the default poles are discarded), so a request waits for at most one.
  for (const p of providers)
    warm(`base:${p.id}`, async () => {
      await p.read(store, resolvePoles(store.concordance, undefined));
    });
}
