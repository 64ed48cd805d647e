import { type Static, Type } from '@sinclair/typebox';
import { InputError } from '../../errors.js';
import type { Column } from '../../format/rows.js';
import type { VoteFilter } from '../../params/votes.js';
import { yearBases } from '../../params/yearBasis.js';
import {
  agreementMeasures,
  agreementSeries,
  checkVoteYears,
  similarStates,
  voteFilterLimits,
} from '../../queries/agreement.js';
import type { Store } from '../../store/open.js';
import { countRollCalls } from '../../store/votes.js';
import type { RouteContext, RouteModule } from '../context.js';
import * as params from '../params.js';
import {
  CountryList,
  CountryPathParams,
  dataResponses,
  Format,
  limits,
  Nullable,
  StringEnum,
  voteFilterQuery,
  Year,
} from '../schemas.js';

const measureFields = {
  votes: Type.Integer({ description: 'Roll calls on which both cast a vote (yes, abstain or no).' }),
  agreement: Nullable(Type.Number({ description: 'Abstention as half-agreement (Voeten), in [0, 1].' })),
  identical: Nullable(
    Type.Number({ description: 'Identical votes only (abstention a third category), in [0, 1].' }),
  ),
  s: Nullable(Type.Number({ description: 'Signorino-Ritter S (p = 1, three-point scale), in [-1, 1].' })),
  kappa: Nullable(Type.Number({ description: "Cohen's kappa (H\u00e4ge 2011)." })),
  pi: Nullable(Type.Number({ description: "Scott's pi (H\u00e4ge 2011)." })),
  coincidence: Nullable(
    Type.Number({
      description: 'US State Department convention: identical votes among yes/no votes of both.',
    }),
  ),
  stateDept: Nullable(
    Type.Number({
      description:
        'US State Department convention as published for 2022-2023: (same + ½ (partial + absent)) / all recorded votes; needs recorded absences (2020 on).',
    }),
  ),
  yearBasis: StringEnum(yearBases, {
    description: 'What `year` means: calendar year of the votes, or General Assembly session + 1945.',
  }),
};

export const AgreementRowSchema = Type.Object(
  {
    year: Type.Integer(),
    country: Type.String(),
    partner: Type.String(),
    ...measureFields,
  },
  { $id: 'AgreementRow', additionalProperties: false },
);

export const SimilarRowSchema = Type.Object(
  {
    side: StringEnum(['most', 'least'] as const),
    rank: Type.Integer({ minimum: 1 }),
    year: Type.Integer(),
    country: Type.String(),
    partner: Type.String(),
    ...measureFields,
  },
  { $id: 'SimilarRow', additionalProperties: false },
);

const measureColumns: Column<Record<string, unknown>>[] = [
  { key: 'votes' },
  { key: 'agreement' },
  { key: 'identical' },
  { key: 's' },
  { key: 'kappa' },
  { key: 'pi' },
  { key: 'coincidence' },
  { key: 'stateDept' },
  { key: 'yearBasis' },
];

/**
 * A vote filter that selects no roll call (an issue area with no whole-resolution vote in a year)
 * is the user's to widen: a 400 naming the filter, before any matrix is built from nothing.
 */
async function requireRollCalls(store: Store, filter: VoteFilter): Promise<void> {
  if ((await countRollCalls(store, filter)) === 0) {
    throw new InputError('no roll calls match these options', {
      location: { field: filter.issues?.length ? 'issue' : filter.wholeOnly ? 'wholeOnly' : 'important' },
      hint: 'widen the vote selection (issue areas, important votes, whole resolutions) or the years',
    });
  }
}

const AgreementQuery = Type.Object(
  {
    with: CountryList('Partners to compare with, e.g. USA,CHN,RUS.'),
    ...voteFilterQuery,
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

const SimilarQuery = Type.Object(
  {
    year: Year('The year.'),
    measure: Type.Optional(
      StringEnum(agreementMeasures, { description: 'Order by this measure.', default: 'agreement' }),
    ),
    top: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: limits.maxTop,
        default: 10,
        description: 'How many on each side.',
      }),
    ),
    issue: voteFilterQuery.issue,
    important: voteFilterQuery.important,
    wholeOnly: voteFilterQuery.wholeOnly,
    yearBasis: voteFilterQuery.yearBasis,
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

/** Votes: UN General Assembly agreement between states, and the states voting most alike (`bearing agreement`, `bearing similar`). */
export const votesRoutes: RouteModule = {
  tag: { name: 'votes', description: 'UN General Assembly votes: agreement between states' },
  schemas: [AgreementRowSchema, SimilarRowSchema],
  register,
};

async function register({ app, store, responder }: RouteContext): Promise<void> {
  app.get(
    '/agreement/:country',
    {
      schema: {
        tags: ['votes'],
        summary: 'Year-by-year UN General Assembly agreement with partners',
        description:
          'One row per year and partner with every measure: agreement (abstention as half), identical, S, kappa, pi, coincidence. Methods: docs/methods.md.',
        params: CountryPathParams,
        querystring: AgreementQuery,
        response: dataResponses(Type.Array(Type.Ref(AgreementRowSchema)), 'Dyad-years, by year then partner'),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof AgreementQuery>;
      const c = params.countryParam(store, request);
      const partners = params.countries(store, q.with, 'with').map((p) => p.id);
      if (partners.length === 0)
        throw new InputError('name at least one partner', { location: { field: 'with' } });
      const filter = params.voteFilter(q);
      // Issue codes and important-vote flags stop before the record does: said in a header.
      const limits = await voteFilterLimits(store, filter);
      if (limits) reply.header('x-bearing-note', limits);
      return responder.send(
        request,
        reply,
        async () => {
          await checkVoteYears(store, filter);
          await requireRollCalls(store, filter);
          // The series is computed over the whole record (one cached vote matrix for every year range)
          // and cut to the years asked: each year's measures depend on that year's votes only.
          const { from: _f, to: _t, ...rest } = filter;
          const rows = await agreementSeries(store, c.id, partners, rest);
          const cut = rows.filter(
            (r) => (filter.from ?? r.year) <= r.year && r.year <= (filter.to ?? r.year),
          );
          // Nothing in the years asked: the query over those years says why (e.g. not a UN member then).
          return cut.length > 0 ? cut : agreementSeries(store, c.id, partners, filter);
        },
        {
          rows: (v) => v,
          columns: [{ key: 'year' }, { key: 'country' }, { key: 'partner' }, ...measureColumns],
          name: () => `agreement-${c.id}-${partners.join('-')}`,
        },
      );
    },
  );

  app.get(
    '/similar/:country',
    {
      schema: {
        tags: ['votes'],
        summary: 'The states voting most and least like a country in one year',
        description:
          'Every state ranked by its agreement with the country in the year: the `top` most alike (side `most`) and the `top` least alike (side `least`).',
        params: CountryPathParams,
        querystring: SimilarQuery,
        response: dataResponses(Type.Array(Type.Ref(SimilarRowSchema)), 'Most alike first, then least alike'),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof SimilarQuery>;
      const c = params.countryParam(store, request);
      const measure = q.measure ?? 'agreement';
      const top = q.top ?? 10;
      const filter = params.voteFilter(q, { years: false });
      return responder.send(
        request,
        reply,
        async () => {
          await requireRollCalls(store, { ...filter, from: q.year, to: q.year });
          const rows = await similarStates(store, c.id, q.year, measure, filter);
          const most = rows.slice(0, top).map((r, i) => ({ side: 'most' as const, rank: i + 1, ...r }));
          const least = rows
            .slice(Math.max(top, rows.length - top))
            .reverse()
            .map((r, i) => ({ side: 'least' as const, rank: i + 1, ...r }));
          return [...most, ...least];
        },
        {
          rows: (v) => v,
          columns: [
            { key: 'side' },
            { key: 'rank' },
            { key: 'year' },
            { key: 'country' },
            { key: 'partner' },
            ...measureColumns,
          ],
          name: () => `similar-${c.id}-${q.year}`,
        },
      );
    },
  );
}
