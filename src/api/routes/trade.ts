import { type Static, Type } from '@sinclair/typebox';
import { InputError } from '../../errors.js';
import type { Column } from '../../format/rows.js';
import { tradeFlowKinds } from '../../measures/tradeSummary.js';
import { tradePartnerSeries, tradePartners, tradeSeries } from '../../queries/trade/index.js';
import type { RouteContext, RouteModule } from '../context.js';
import * as params from '../params.js';
import {
  CountryParam,
  CountryPathParams,
  dataResponses,
  Format,
  limits,
  Nullable,
  StringEnum,
  seriesSpanQuery,
  Year,
} from '../schemas.js';

const Num = Nullable(Type.Number());
const Basis = StringEnum(['world row', 'sum of partners', 'none reported'] as const, {
  description: "Where a total comes from: the country's World row, else the sum over partners.",
});
const Source = Type.Object(
  { file: Type.String(), rows: Type.Array(Type.Integer()), note: Type.Optional(Type.String()) },
  { description: 'The publisher file and lines a figure rests on.' },
);
const PartnerSchema = Type.Object(
  {
    partner: Type.String(),
    partnerName: Type.String(),
    exports: Type.Number({ description: 'As reported by the country (FOB, US$ millions).' }),
    imports: Type.Number({
      description: "Mirror: the partner's reported exports to the country (FOB, US$ millions).",
    }),
    total: Type.Number(),
    balance: Type.Number(),
    exportsReported: Type.Boolean(),
    importsReported: Type.Boolean(),
    share: Type.Number({ description: "Of the country's total of the chosen flow." }),
    rank: Type.Integer({ minimum: 1 }),
    sources: Type.Array(Source),
  },
  { additionalProperties: true },
);
export const TradePartnersSchema = Type.Object(
  {
    country: Type.String(),
    countryName: Type.String(),
    year: Type.Integer(),
    latestYear: Type.Integer(),
    coverageNote: Type.String({
      description:
        'What the years rest on (IMF DOTS; a user-supplied IMTS file) and that the bundled snapshot ends in 2020',
    }),
    flow: StringEnum(tradeFlowKinds),
    exports: Type.Number(),
    exportsBasis: Basis,
    imports: Type.Number(),
    importsBasis: Basis,
    total: Type.Number(),
    balance: Type.Number(),
    flowTotal: Type.Number(),
    partnerCount: Type.Integer(),
    hhi: Num,
    effectivePartners: Num,
    otherPartners: Type.Number(),
    partners: Type.Array(PartnerSchema),
    sources: Type.Array(Source),
  },
  { $id: 'TradePartners', additionalProperties: true },
);
const PoleInfo = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: StringEnum(['country', 'bloc'] as const),
});
export const TradeSeriesSchema = Type.Object(
  {
    country: Type.String(),
    countryName: Type.String(),
    flow: StringEnum(tradeFlowKinds),
    poles: Type.Array(PoleInfo, { minItems: 2, maxItems: 2 }),
    from: Type.Integer(),
    to: Type.Integer(),
    rows: Type.Array(
      Type.Object(
        {
          year: Type.Integer(),
          exports: Type.Number(),
          exportsBasis: Basis,
          imports: Type.Number(),
          importsBasis: Basis,
          total: Type.Number(),
          balance: Type.Number(),
          partners: Type.Integer(),
          hhi: Num,
          effectivePartners: Num,
          firstValue: Type.Number(),
          secondValue: Type.Number(),
          firstShare: Num,
          secondShare: Num,
          tilt: Nullable(Type.Number({ description: '(second - first) / (second + first), in [-1, 1].' })),
        },
        { additionalProperties: true },
      ),
    ),
    coverageNote: Type.String({
      description:
        'What the years rest on (IMF DOTS; a user-supplied IMTS file) and that the bundled snapshot ends in 2020',
    }),
  },
  { $id: 'TradeSeries', additionalProperties: true },
);

export const PartnerSeriesSchema = Type.Object(
  {
    country: Type.String(),
    countryName: Type.String(),
    partner: Type.String(),
    partnerName: Type.String(),
    flow: StringEnum(tradeFlowKinds),
    from: Type.Integer(),
    to: Type.Integer(),
    rows: Type.Array(
      Type.Object(
        {
          year: Type.Integer(),
          value: Nullable(
            Type.Number({ description: 'The partner\u2019s value of the flow, US$ millions.' }),
          ),
          share: Nullable(Type.Number({ description: 'Of the country\u2019s total of the flow.' })),
          rank: Nullable(Type.Integer({ description: '1 = the largest partner state that year.' })),
          partners: Type.Integer({ description: 'Partner states ranked that year.' }),
          lines: Type.Array(Type.Integer(), { description: 'Publisher lines of the two flows.' }),
        },
        { additionalProperties: false },
      ),
    ),
    coverageNote: Type.String(),
    sources: Type.Array(Type.Object({ file: Type.String(), note: Type.String() })),
  },
  { $id: 'TradePartnerSeries', additionalProperties: false },
);

const PartnerParams = Type.Object(
  { country: CountryParam, partner: CountryParam },
  { additionalProperties: false },
);
const PartnerQuery = Type.Object(
  {
    flow: Type.Optional(
      StringEnum(tradeFlowKinds, { description: 'Share and rank by this flow. Default total.' }),
    ),
    from: Type.Optional(Year('First year.')),
    to: Type.Optional(Year('Last year.')),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);
const partnerSeriesColumns: Column<Record<string, unknown>>[] = [
  'country',
  'partner',
  'flow',
  'year',
  'value',
  'share',
  'rank',
  'partners',
].map((key) => ({ key }));
const Query = Type.Object(
  {
    year: Type.Optional(Year('One year (default: the last year with trade). Not with series.')),
    top: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: limits.maxTop,
        description: 'Partners listed (0: all). Default 10.',
      }),
    ),
    flow: Type.Optional(
      StringEnum(tradeFlowKinds, { description: 'Rank and share by this flow. Default total.' }),
    ),
    series: Type.Optional(
      Type.Boolean({ description: 'Year by year instead: totals, HHI, pole shares and tilt.' }),
    ),
    ...seriesSpanQuery,
  },
  { additionalProperties: false },
);

const partnerColumns: Column<Record<string, unknown>>[] = [
  'rank',
  'partner',
  'partnerName',
  'exports',
  'imports',
  'total',
  'balance',
  'share',
  'exportsReported',
  'importsReported',
  'country',
  'year',
  'flow',
].map((key) => ({ key }));
const seriesColumns: Column<Record<string, unknown>>[] = [
  'country',
  'year',
  'exports',
  'exportsBasis',
  'imports',
  'importsBasis',
  'total',
  'balance',
  'partners',
  'hhi',
  'effectivePartners',
  'first',
  'firstValue',
  'firstShare',
  'second',
  'secondValue',
  'secondShare',
  'tilt',
].map((key) => ({ key }));

/** Trade: partners, shares, concentration and the tilt between poles (`bearing trade`). */
export const tradeRoutes: RouteModule = {
  tag: {
    name: 'trade',
    description: 'IMF Direction of Trade Statistics: partners, concentration, tilt between poles',
  },
  schemas: [TradePartnersSchema, TradeSeriesSchema, PartnerSeriesSchema],
  register,
};

async function register({ app, store, responder }: RouteContext): Promise<void> {
  app.get(
    '/trade/:country',
    {
      schema: {
        tags: ['trade'],
        summary: 'Whom a country trades with; with series=true, its trade year by year between two poles',
        description:
          'Exports as reported (FOB), imports mirrored from partners\u2019 reported exports, US$ millions. One year: partners with shares and ranks (CSV: the partners). series=true: totals, HHI, effective partners, each pole\u2019s share and the tilt (CSV: the years). Methods: docs/methods/trade.md.',
        params: CountryPathParams,
        querystring: Query,
        response: dataResponses(
          Type.Union([Type.Ref(TradePartnersSchema), Type.Ref(TradeSeriesSchema)]),
          'TradePartners for one year, TradeSeries with series=true',
        ),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof Query>;
      const c = params.countryParam(store, request);
      const flow = q.flow ?? 'total';
      if (q.series) {
        if (q.year !== undefined) {
          throw new InputError('year and series do not go together; use from and to', {
            location: { field: 'year' },
          });
        }
        if (q.top !== undefined) {
          throw new InputError('top lists partners of one year; it does not go with series', {
            location: { field: 'top' },
          });
        }
        const poles = params.poles(store, q.poles);
        const span = params.yearSpan(q.from, q.to);
        return responder.send(request, reply, () => tradeSeries(store, c, { poles, flow, ...span }), {
          rows: (r) =>
            r.rows.map((x) => ({ ...x, country: r.country, first: r.poles[0].id, second: r.poles[1].id })),
          columns: seriesColumns,
          name: (r) => `trade-${r.country}-series`,
        });
      }
      for (const field of ['from', 'to', 'poles'] as const) {
        if (q[field] !== undefined) {
          throw new InputError(`${field} goes with series=true; one year is year`, { location: { field } });
        }
      }
      return responder.send(
        request,
        reply,
        () => tradePartners(store, c, { year: q.year, flow, top: q.top ?? 10 }),
        {
          rows: (r) => r.partners.map((p) => ({ ...p, country: r.country, year: r.year, flow: r.flow })),
          columns: partnerColumns,
          name: (r) => `trade-${r.country}-${r.year}`,
        },
      );
    },
  );

  app.get(
    '/trade/:country/partner/:partner',
    {
      schema: {
        tags: ['trade'],
        summary:
          'One partner over time: its value, share and rank among the country\u2019s partner states, by year',
        description:
          'A year with no published flow with the partner is missing (nulls), never zero. Methods: docs/methods/trade.md, section Shares and ranks.',
        params: PartnerParams,
        querystring: PartnerQuery,
        response: dataResponses(Type.Ref(PartnerSeriesSchema), 'The partner\u2019s years'),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof PartnerQuery>;
      const p = request.params as Static<typeof PartnerParams>;
      const c = params.country(store, p.country, 'country');
      const partner = params.country(store, p.partner, 'partner');
      const span = params.yearSpan(q.from, q.to);
      return responder.send(
        request,
        reply,
        () => tradePartnerSeries(store, c, partner, { flow: q.flow ?? 'total', ...span }),
        {
          rows: (r) => r.rows.map((x) => ({ country: r.country, partner: r.partner, flow: r.flow, ...x })),
          columns: partnerSeriesColumns,
          name: (r) => `trade-${r.country}-${r.partner}`,
        },
      );
    },
  );
}
