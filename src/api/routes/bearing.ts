import { type Static, Type } from '@sinclair/typebox';
import type { Column } from '../../format/rows.js';
import { dimensions } from '../../measures/bearing/dimensions.js';
import { resolvePoles } from '../../params/poles.js';
import {
  bearingProfile,
  bearingRank,
  bearingWorld,
  parseWeights,
  profileSeriesRows,
} from '../../queries/bearing.js';
import type { RouteContext, RouteModule } from '../context.js';
import * as params from '../params.js';
import { CountryParam, dataResponses, Format, limits, Nullable, StringEnum, Year } from '../schemas.js';

const Num = (description?: string) => Nullable(Type.Number(description ? { description } : {}));
const stances = ['first', 'second', 'balanced', 'disengaged'] as const;
const Stance = Nullable(
  StringEnum(stances, {
    description:
      'first/second: leaning to that pole; balanced: facing forward; disengaged: engaging neither.',
  }),
);
const Dimension = StringEnum(dimensions);
const Weights = Type.Object(
  { votes: Type.Number(), trade: Type.Number(), finance: Type.Number(), visits: Type.Number() },
  {
    additionalProperties: false,
    description: 'The weights applied, renormalised to sum to 1 (0 for a missing dimension).',
  },
);
const Reading = Type.Object(
  {
    position: Num(
      '-1 at the first pole, +1 at the second; null when the data do not cover the country-year.',
    ),
    engagement: Num('Engagement with both poles relative to the world that year, in [0, 1].'),
  },
  { additionalProperties: false },
);

const reading = {
  position: Num('-1 at the first pole, +1 at the second.'),
  engagement: Num('Engagement with both poles relative to the world that year, in [0, 1].'),
  source: Type.String(),
};
const VotesDimension = Type.Object(
  {
    ...reading,
    agreementFirst: Num('Mean agreement with the first pole\u2019s members.'),
    agreementSecond: Num('Mean agreement with the second pole\u2019s members.'),
    difference: Num(),
    worldMedian: Num(),
    firstAnchor: Num(),
    secondAnchor: Num(),
    participation: Num(),
    rollCalls: Type.Integer(),
  },
  { additionalProperties: false },
);
const shareFields = {
  total: Num(),
  firstShare: Num(),
  secondShare: Num(),
  tilt: Num(),
  worldMedianCombinedShare: Num(),
};
const TradeDimension = Type.Object(
  { ...reading, withFirst: Num('US$ millions.'), withSecond: Num('US$ millions.'), ...shareFields },
  { additionalProperties: false },
);
const FinanceDimension = Type.Object(
  { ...reading, owedFirst: Num('US$.'), owedSecond: Num('US$.'), ...shareFields },
  { additionalProperties: false },
);
const VisitsDimension = Type.Object(
  {
    ...reading,
    intensity5y: Num(),
    visitsIn5y: Type.Integer(),
    travelsOut5y: Type.Integer(),
    percentile: Num(),
  },
  { additionalProperties: false },
);
const Hedging = Nullable(
  Type.Object(
    { first: Type.Array(Dimension), second: Type.Array(Dimension) },
    { description: 'Dimensions leaning to each pole: both non-empty is the hedging signature.' },
  ),
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
    headline: Type.String(),
    weights: Weights,
    dimensions: Type.Object(
      {
        votes: Nullable(VotesDimension),
        trade: Nullable(TradeDimension),
        finance: Nullable(FinanceDimension),
        visits: Nullable(VisitsDimension),
      },
      { additionalProperties: false },
    ),
    sensitivity: Type.Array(
      Type.Object(
        { dimension: Dimension, factor: Type.Number(), position: Num(), balance: Num(), stance: Stance },
        { additionalProperties: false },
      ),
    ),
    series: Type.Array(
      Type.Object(
        {
          year: Type.Integer(),
          position: Num(),
          balance: Num(),
          spread: Num(),
          stance: Stance,
          hedging: Hedging,
          weights: Weights,
          dimensions: Type.Object(
            { votes: Reading, trade: Reading, finance: Reading, visits: Reading },
            { additionalProperties: false },
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'Profile', additionalProperties: false },
);

export const RankRowSchema = Type.Object(
  {
    rank: Type.Integer({ minimum: 1 }),
    country: Type.String(),
    name: Type.String(),
    year: Type.Integer(),
    position: Num(),
    balance: Num(),
    spread: Num(),
    stance: Stance,
    votes: Num(),
    trade: Num(),
    finance: Num(),
    visits: Num(),
  },
  { $id: 'RankRow', additionalProperties: false },
);

const PolesParam = Type.String({
  maxLength: 100,
  description:
    'Two poles, comma-separated: countries or blocs (EU, G7, BRICS, NATO, SCO, WARSAW). Default USA,CHN. Poles other than the default are computed on first use (seconds).',
});
const WeightsParam = Type.String({
  maxLength: 100,
  description: 'Weights as name=value pairs, e.g. votes=1,trade=1,finance=1,visits=0 (the default).',
});

const ProfileParams = Type.Object({ country: CountryParam }, { additionalProperties: false });
const ProfileQuery = Type.Object(
  {
    year: Type.Optional(Year('The year in detail; default the latest year with the most dimensions.')),
    poles: Type.Optional(PolesParam),
    weights: Type.Optional(WeightsParam),
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
      Type.Integer({ minimum: 1, maximum: limits.maxTop, description: 'Only the first N.' }),
    ),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

const seriesColumns: Column<Record<string, unknown>>[] = [
  'year',
  'position',
  'balance',
  'spread',
  'stance',
  'votes',
  'trade',
  'finance',
  'visits',
].map((key) => ({ key }));
const rankColumns: Column<Record<string, unknown>>[] = [
  'rank',
  'country',
  'name',
  'year',
  'position',
  'balance',
  'spread',
  'stance',
  'votes',
  'trade',
  'finance',
  'visits',
].map((key) => ({ key }));

/** The bearing: a country's position between two poles on each dimension and overall (`bearing profile`, `bearing rank`). */
export const bearingRoutes: RouteModule = {
  tag: {
    name: 'bearing',
    description:
      'Which way a country faces between two poles: votes, trade, finance, visits and the composite',
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
        params: ProfileParams,
        querystring: ProfileQuery,
        response: dataResponses(Type.Ref(ProfileSchema), 'The profile'),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof ProfileQuery>;
      const c = params.country(store, (request.params as Static<typeof ProfileParams>).country, 'country');
      const poles = resolvePoles(store.concordance, q.poles);
      const weights = parseWeights(q.weights);
      return responder.send(
        request,
        reply,
        () => bearingProfile(store, c.id, { year: q.year, poles, weights }),
        {
          rows: profileSeriesRows,
          columns: seriesColumns,
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
          const rows = await bearingRank(store, { year: q.year, poles, weights, by: q.by ?? 'position' });
          return q.top ? rows.slice(0, q.top) : rows;
        },
        { rows: (v) => v, columns: rankColumns, name: () => `rank-${q.year}-${poles[0].id}-${poles[1].id}` },
      );
    },
  );

  // Every state's readings between the default poles, for every year: profile and rank read from it.
  warm('bearing', () => bearingWorld(store, resolvePoles(store.concordance, undefined)));
}
