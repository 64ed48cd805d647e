import { type Static, Type } from '@sinclair/typebox';
import { InputError } from '../../errors.js';
import { creditorKinds, debtCategories } from '../../finance/debtRecord.js';
import type { Column } from '../../format/rows.js';
import { defaultMultilaterals, multilateralModes } from '../../measures/finance/attribution.js';
import { creditorExposure, debtSeries } from '../../queries/debt.js';
import {
  debtMeasureChoices,
  resolveDebtMeasure,
  serviceExposure,
  serviceSeries,
} from '../../queries/debtService.js';
import type { RouteContext, RouteModule } from '../context.js';
import * as params from '../params.js';
import { CountryPathParams, dataResponses, Nullable, StringEnum, seriesSpanQuery, Year } from '../schemas.js';

// Debt by creditor (`bearing debt`): stocks for African debtors, service for every IDS debtor, with the
// multilateral lenders attributed to shareholders or not (docs/methods/finance.md).

const Num = Nullable(Type.Number());
const open = { additionalProperties: true };

const Attributed = Type.Object(
  {
    institution: Type.String({ description: 'Institution id, e.g. IDA, IBRD.' }),
    asOf: Type.String({ description: 'The one date of the voting-power table used.' }),
    value: Type.Number(),
    firstVotes: Type.Number({
      description: 'Share of the institution\u2019s votes held by the first pole\u2019s members, 0-1.',
    }),
    secondVotes: Type.Number(),
    first: Type.Number(),
    second: Type.Number(),
  },
  open,
);
const Unattributed = Type.Object({ institution: Type.String(), value: Type.Number() }, open);

const CreditorRow = Type.Object(
  {
    year: Type.Integer(),
    creditor: Type.String(),
    kind: StringEnum(creditorKinds),
    country: Nullable(Type.String()),
    category: StringEnum(debtCategories),
    stock: Num,
    stockShare: Num,
    service: Num,
    serviceShare: Num,
    projected: Type.Boolean(),
  },
  open,
);
export const DebtExposureSchema = Type.Object(
  {
    debtor: Type.String(),
    debtorName: Type.String(),
    year: Type.Integer(),
    stock: Nullable(Type.Number({ description: 'PPG external debt stock, current US$.' })),
    service: Nullable(Type.Number({ description: 'Debt service in the year, current US$.' })),
    projected: Type.Boolean(),
    categories: Type.Array(
      Type.Object(
        {
          category: StringEnum(debtCategories),
          stock: Type.Number(),
          service: Type.Number(),
          stockShare: Num,
        },
        open,
      ),
    ),
    hhi: Num,
    effectiveCreditors: Num,
    namedCoverage: Num,
    poles: Nullable(
      Type.Object(
        {
          first: Type.String(),
          second: Type.String(),
          firstStock: Type.Number(),
          secondStock: Type.Number(),
          firstShare: Num,
          secondShare: Num,
          firstService: Type.Number(),
          secondService: Type.Number(),
          tilt: Num,
          serviceTilt: Num,
          multilaterals: StringEnum(multilateralModes),
          directFirstStock: Type.Number({ description: 'Held by the first pole\u2019s member creditors.' }),
          directSecondStock: Type.Number(),
          attributed: Type.Array(Attributed),
          unattributed: Type.Array(Unattributed),
        },
        open,
      ),
    ),
    creditors: Type.Array(CreditorRow),
  },
  { $id: 'DebtExposure', ...open },
);
export const DebtYearSchema = Type.Object(
  {
    debtor: Type.String(),
    year: Type.Integer(),
    stock: Num,
    service: Num,
    projected: Type.Boolean(),
    hhi: Num,
    effectiveCreditors: Num,
    firstStock: Num,
    secondStock: Num,
    firstShare: Num,
    secondShare: Num,
    tilt: Num,
  },
  { $id: 'DebtYear', ...open },
);

const ServiceCreditor = Type.Object(
  {
    year: Type.Integer(),
    creditor: Type.String(),
    kind: StringEnum(creditorKinds),
    country: Nullable(Type.String()),
    institution: Nullable(Type.String()),
    category: StringEnum(debtCategories),
    principal: Type.Number(),
    interest: Type.Number(),
    service: Type.Number({ description: 'Principal plus interest, current US$.' }),
    serviceShare: Num,
    concessional: Nullable(
      Type.Number({ description: 'Of which concessional: part of service, not an addition.' }),
    ),
    projected: Type.Boolean(),
    sourceFile: Type.String(),
    sourceLines: Type.Array(Type.Integer()),
  },
  open,
);
export const DebtServiceSchema = Type.Object(
  {
    debtor: Type.String(),
    debtorName: Type.String(),
    measure: Type.Literal('service'),
    year: Type.Integer(),
    service: Type.Number(),
    principal: Type.Number(),
    interest: Type.Number(),
    projected: Type.Boolean(),
    categories: Type.Array(
      Type.Object(
        {
          category: StringEnum(debtCategories),
          principal: Type.Number(),
          interest: Type.Number(),
          service: Type.Number(),
          concessional: Num,
        },
        open,
      ),
    ),
    poles: Nullable(
      Type.Object(
        {
          first: Type.String(),
          second: Type.String(),
          multilaterals: StringEnum(multilateralModes),
          firstService: Type.Number(),
          secondService: Type.Number(),
          directFirst: Type.Number(),
          directSecond: Type.Number(),
          firstShare: Num,
          secondShare: Num,
          tilt: Num,
          attributed: Type.Array(Attributed),
          unattributed: Type.Array(Unattributed),
        },
        open,
      ),
    ),
    creditors: Type.Array(ServiceCreditor),
    stocks: Type.Object({ available: Type.Boolean(), note: Type.String() }, open),
    coverage: Type.Object({ from: Type.Integer(), to: Type.Integer(), lastActual: Type.Integer() }, open),
    source: Type.String(),
  },
  { $id: 'DebtService', ...open },
);
export const DebtServiceYearSchema = Type.Object(
  {
    debtor: Type.String(),
    year: Type.Integer(),
    service: Type.Number(),
    principal: Type.Number(),
    interest: Type.Number(),
    projected: Type.Boolean(),
    firstService: Num,
    secondService: Num,
    firstShare: Num,
    secondShare: Num,
    tilt: Num,
  },
  { $id: 'DebtServiceYear', ...open },
);

const DebtQuery = Type.Object(
  {
    year: Type.Optional(
      Year(
        'One year (default: stocks, the last with a stock; service, the last actual year, 2022). Not with series.',
      ),
    ),
    measure: Type.Optional(
      StringEnum(debtMeasureChoices, {
        description:
          'stock (African debtors only) or service (all IDS debtors). Default: stock where the snapshot has stocks, else service.',
      }),
    ),
    multilaterals: Type.Optional(
      StringEnum(multilateralModes, {
        description:
          'With poles: shareholders (default) counts IDA and IBRD toward each pole by its members\u2019 votes (single dates: IDA 2022-12-31, IBRD 2023-02-06); none counts country creditors only.',
      }),
    ),
    series: Type.Optional(
      Type.Boolean({ description: 'Year by year: stock, service, HHI, pole shares and tilt.' }),
    ),
    ...seriesSpanQuery,
  },
  { additionalProperties: false },
);
const keys = (ks: string[]): Column<Record<string, unknown>>[] => ks.map((key) => ({ key }));
const creditorColumns = keys([
  'year',
  'creditor',
  'kind',
  'country',
  'category',
  'stock',
  'stockShare',
  'service',
  'serviceShare',
  'projected',
]);
const debtYearColumns = keys(Object.keys(DebtYearSchema.properties));
const serviceColumns = keys(Object.keys(ServiceCreditor.properties));
const serviceYearColumns = keys(Object.keys(DebtServiceYearSchema.properties));

export const debtRoutes: RouteModule = {
  tag: {
    name: 'debt',
    description:
      'Who a country owes: debt stocks (African debtors) and debt service (all IDS debtors) by creditor',
  },
  schemas: [DebtExposureSchema, DebtYearSchema, DebtServiceSchema, DebtServiceYearSchema],
  register,
};

async function register({ app, store, responder }: RouteContext): Promise<void> {
  const tags = ['debt'];
  app.get(
    '/debt/:country',
    {
      schema: {
        tags,
        summary: 'Who a country owes: public external debt by creditor; with series=true, year by year',
        description:
          'World Bank International Debt Statistics. measure=stock: African debtors, stocks 2000-2024 (service to 2030 from the same extract). measure=service: all 122 IDS debtors, principal and interest by creditor 2000-2025 (2023-2025 projections, marked); stocks outside Africa are not in the snapshot (400-class problem naming measure). With poles, each pole\u2019s part (multilaterals attributed by voting power unless multilaterals=none) and the tilt. CSV: the creditors, or the years with series=true.',
        params: CountryPathParams,
        querystring: DebtQuery,
        response: dataResponses(
          Type.Union([
            Type.Ref(DebtExposureSchema),
            Type.Array(Type.Ref(DebtYearSchema)),
            Type.Ref(DebtServiceSchema),
            Type.Array(Type.Ref(DebtServiceYearSchema)),
          ]),
          'DebtExposure (stock) or DebtService for one year; arrays of DebtYear or DebtServiceYear with series=true',
        ),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof DebtQuery>;
      const c = params.countryParam(store, request);
      const poles = q.poles === undefined ? undefined : params.poles(store, q.poles);
      const multilaterals = q.multilaterals ?? defaultMultilaterals;
      const { measure, hasStocks } = await resolveDebtMeasure(store, c, q.measure);
      if (q.series) {
        if (q.year !== undefined) {
          throw new InputError('year and series do not go together; use from and to', {
            location: { field: 'year' },
          });
        }
        const span = params.yearSpan(q.from, q.to);
        if (measure === 'service') {
          return responder.send(
            request,
            reply,
            () => serviceSeries(store, c, { poles, multilaterals, ...span }),
            {
              rows: (v) => v,
              columns: serviceYearColumns,
              name: () => `debt-service-${c.id}-series`,
            },
          );
        }
        return responder.send(request, reply, () => debtSeries(store, c, { poles, multilaterals, ...span }), {
          rows: (v) => v,
          columns: debtYearColumns,
          name: () => `debt-${c.id}-series`,
        });
      }
      for (const field of ['from', 'to'] as const) {
        if (q[field] !== undefined) {
          throw new InputError(`${field} goes with series=true; one year is year`, { location: { field } });
        }
      }
      if (measure === 'service') {
        return responder.send(
          request,
          reply,
          () => serviceExposure(store, c, { year: q.year, poles, multilaterals, hasStocks }),
          {
            rows: (e) => e.creditors,
            columns: serviceColumns,
            name: (e) => `debt-service-${e.debtor}-${e.year}`,
          },
        );
      }
      const exposure = () => creditorExposure(store, c, { year: q.year, poles, multilaterals });
      return responder.send(request, reply, exposure, {
        rows: (e) => e.creditors,
        columns: creditorColumns,
        name: (e) => `debt-${e.debtor}-${e.year}`,
      });
    },
  );
}
