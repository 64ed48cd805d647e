// GET /finance-distribution: how the finance positions of every IDS debtor spread in a year, under one
// multilaterals setting (the About page's chart; docs/methods/finance.md).
import { type Static, Type } from '@sinclair/typebox';
import type { Column } from '../../format/rows.js';
import { defaultMultilaterals, multilateralModes } from '../../measures/finance/attribution.js';
import { resolvePoles } from '../../params/poles.js';
import { financeDistribution } from '../../queries/financeDistribution.js';
import type { RouteContext, RouteModule } from '../context.js';
import { dataResponses, Format, Nullable, PolesParam, StringEnum, Year } from '../schemas.js';

const Bin = Type.Object(
  {
    from: Type.Number(),
    to: Type.Number(),
    count: Type.Integer({ minimum: 0 }),
    saturated: Type.Boolean({ description: 'An end bin: |position| >= 0.95.' }),
  },
  { additionalProperties: false },
);

export const FinanceDistributionSchema = Type.Object(
  {
    year: Type.Integer(),
    poles: Type.Array(Type.String(), { minItems: 2, maxItems: 2 }),
    multilaterals: StringEnum(multilateralModes),
    debtorsRead: Type.Integer({ description: 'IDS debtors with a positive total debt service that year.' }),
    withPosition: Type.Integer({ description: 'Of them, those paying something toward either pole.' }),
    saturated: Type.Integer({ description: 'Debtors at |position| >= 0.95.' }),
    saturatedShare: Nullable(Type.Number({ description: 'saturated / withPosition.' })),
    firstSide: Type.Integer({ description: 'Debtors at position <= -0.25 (the first pole’s side).' }),
    between: Type.Integer({ description: 'Debtors between -0.25 and +0.25.' }),
    secondSide: Type.Integer({ description: 'Debtors at position >= +0.25 (the second pole’s side).' }),
    median: Nullable(Type.Number()),
    quartiles: Nullable(Type.Array(Type.Number(), { minItems: 2, maxItems: 2 })),
    projected: Type.Boolean({
      description: 'The year’s figures are IDS contractual projections (2023-2025).',
    }),
    bins: Type.Array(Bin, {
      description: 'Histogram: the saturated ends apart, 0.1 wide between (21 bins from -1 to 1).',
    }),
    debtors: Type.Array(
      Type.Object(
        { country: Type.String(), position: Nullable(Type.Number()) },
        { additionalProperties: false },
      ),
      { description: 'Every debtor read, with its position.' },
    ),
    coverage: Type.Object({ from: Type.Integer(), to: Type.Integer() }, { additionalProperties: false }),
    source: Type.String(),
  },
  { $id: 'FinanceDistribution', additionalProperties: false },
);

const Query = Type.Object(
  {
    year: Year('The year (IDS debt service: 2000-2025, 2023-2025 projected).'),
    multilaterals: Type.Optional(
      StringEnum(multilateralModes, {
        description:
          'shareholders (default) counts IDA and IBRD toward each pole by its members’ votes; none counts country creditors only.',
      }),
    ),
    poles: Type.Optional(PolesParam),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

const binColumns = ['from', 'to', 'count', 'saturated'].map((key) => ({ key })) as Column<
  Record<string, unknown>
>[];

/** The distribution of finance positions across all IDS debtors (issue 16 item 3). */
export const financeDistributionRoutes: RouteModule = {
  tag: {
    name: 'finance-distribution',
    description:
      'How the finance positions of all IDS debtors spread in a year, under each multilaterals setting',
  },
  schemas: [FinanceDistributionSchema],
  register,
};

async function register({ app, store, responder }: RouteContext): Promise<void> {
  app.get(
    '/finance-distribution',
    {
      schema: {
        tags: ['finance-distribution'],
        summary:
          'The finance positions of every IDS debtor in a year: histogram, sides, saturation, quartiles',
        description:
          'The finance dimension’s readings (debt service toward each pole, position (S - F)/(S + F)) of every debtor in the year, counted: the share at |position| >= 0.95, each side, the median and quartiles, a histogram, and each debtor’s position. CSV: the histogram. Methods: docs/methods/finance.md.',
        querystring: Query,
        response: dataResponses(Type.Ref(FinanceDistributionSchema), 'The distribution'),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof Query>;
      const poles = resolvePoles(store.concordance, q.poles);
      const multilaterals = q.multilaterals ?? defaultMultilaterals;
      return responder.send(request, reply, () => financeDistribution(store, poles, multilaterals, q.year), {
        rows: (d) => d.bins,
        columns: binColumns,
        name: (d) => `finance-distribution-${d.year}-${d.multilaterals}`,
      });
    },
  );
}
