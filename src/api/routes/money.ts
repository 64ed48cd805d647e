import { type Static, Type } from '@sinclair/typebox';
import type { Column } from '../../format/rows.js';
import { aidProfile } from '../../queries/aid.js';
import { investmentProfile } from '../../queries/investment.js';
import type { RouteContext, RouteModule } from '../context.js';
import * as params from '../params.js';
import { CountryPathParams, dataResponses, Format, Nullable, PolesParam, Year } from '../schemas.js';

// Investment (IMF DIP) and aid (ForeignAssistance.gov, AidData GCDF 3.0): `bearing investment`, `bearing aid`.

const Num = Nullable(Type.Number());
const Line = Nullable(Type.Integer({ description: 'Line of the publisher file the figure comes from.' }));
const open = { additionalProperties: true };

export const InvestmentProfileSchema = Type.Object(
  {
    country: Type.String(),
    countryName: Type.String(),
    year: Type.Integer(),
    poles: Type.Array(Type.String(), { minItems: 2, maxItems: 2 }),
    investors: Type.Array(
      Type.Object(
        {
          investor: Type.String(),
          investorName: Type.String(),
          reportedUsdMn: Nullable(
            Type.Number({
              description: 'Outward position reported by the investor economy, US$ millions, net.',
            }),
          ),
          reportedLine: Line,
          derivedUsdMn: Nullable(
            Type.Number({
              description: "IMF figure derived from the country's inward data (never mixed with reported).",
            }),
          ),
          derivedLine: Line,
          reportedShare: Num,
        },
        open,
      ),
    ),
    tilt: Nullable(
      Type.Object(
        {
          first: Type.String(),
          second: Type.String(),
          firstUsdMn: Type.Number(),
          secondUsdMn: Type.Number(),
          position: Nullable(
            Type.Number({ description: '(second - first) / (second + first) of the stakes, in [-1, 1].' }),
          ),
          clipped: Type.Boolean(),
          basis: Type.Literal('reported'),
        },
        open,
      ),
    ),
    tiltNote: Nullable(Type.String()),
    series: Type.Array(
      Type.Object(
        { year: Type.Integer(), investor: Type.String(), reportedUsdMn: Num, derivedUsdMn: Num },
        open,
      ),
    ),
    coverage: Type.Object(
      { from: Type.Integer(), to: Type.Integer(), investors: Type.Array(Type.String()) },
      open,
    ),
    source: Type.Object({ publisher: Type.String(), file: Type.String(), unit: Type.String() }, open),
    notes: Type.Array(Type.String()),
  },
  { $id: 'InvestmentProfile', ...open },
);

const Span = Type.Object({ from: Type.Integer(), to: Type.Integer() }, open);
export const AidProfileSchema = Type.Object(
  {
    country: Type.String(),
    countryName: Type.String(),
    from: Type.Integer(),
    to: Type.Integer(),
    poles: Type.Array(Type.String(), { minItems: 2, maxItems: 2 }),
    rows: Type.Array(
      Type.Object(
        {
          year: Type.Integer(),
          usObligationsUsd: Nullable(Type.Number({ description: 'US fiscal year, current US$.' })),
          usObligationsConstantUsd: Num,
          usObligationsLine: Line,
          usDisbursementsUsd: Nullable(Type.Number({ description: 'US fiscal year, current US$.' })),
          usDisbursementsConstantUsd: Num,
          usDisbursementsLine: Line,
          chinaOdaLikeUsd2021: Nullable(
            Type.Number({ description: 'Commitments, calendar year, constant 2021 US$.' }),
          ),
          chinaOofUsd2021: Num,
          chinaVagueUsd2021: Num,
          chinaLine: Line,
        },
        open,
      ),
    ),
    windows: Type.Array(
      Type.Object(
        {
          year: Type.Integer(),
          window: Type.String(),
          usObligationsConstantUsd: Num,
          chinaOdaLikeUsd2021: Num,
          chinaOofUsd2021: Num,
          position: Num,
          clipped: Type.Boolean(),
        },
        open,
      ),
    ),
    tiltNote: Nullable(Type.String()),
    coverage: Type.Object(
      {
        usObligations: Span,
        usDisbursements: Span,
        china: Span,
        usRecipient: Type.Boolean(),
        chinaRecipient: Type.Boolean(),
      },
      open,
    ),
    comparability: Type.Array(Type.String(), {
      description: 'What is not comparable between the two donors.',
    }),
    sources: Type.Object({ us: Type.String(), china: Type.String() }, open),
  },
  { $id: 'AidProfile', ...open },
);

const InvestmentQuery = Type.Object(
  {
    year: Type.Optional(Year('One year, 2014-2024 (default: the last with a reported position).')),
    poles: Type.Optional(PolesParam),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);
const AidQuery = Type.Object(
  {
    from: Type.Optional(Year('First year (default 2000).')),
    to: Type.Optional(Year('Last year (default 2024).')),
    poles: Type.Optional(PolesParam),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

const keys = (ks: string[]): Column<Record<string, unknown>>[] => ks.map((key) => ({ key }));
const investmentColumns = keys(['year', 'investor', 'reportedUsdMn', 'derivedUsdMn']);
const aidColumns = keys([
  'year',
  'usObligationsUsd',
  'usObligationsConstantUsd',
  'usDisbursementsUsd',
  'usDisbursementsConstantUsd',
  'chinaOdaLikeUsd2021',
  'chinaOofUsd2021',
  'chinaVagueUsd2021',
  'usObligationsLine',
  'usDisbursementsLine',
  'chinaLine',
]);

export const moneyRoutes: RouteModule = {
  tag: {
    name: 'investment and aid',
    description: 'Direct investment positions held in a country; aid and development finance it receives',
  },
  schemas: [InvestmentProfileSchema, AidProfileSchema],
  register,
};

async function register({ app, store, responder }: RouteContext): Promise<void> {
  const tags = ['investment and aid'];
  app.get(
    '/investment/:country',
    {
      schema: {
        tags,
        summary:
          'Outward direct investment positions of the US, China, Germany, Japan and Singapore in a country',
        description:
          'IMF Direct Investment Positions 2014-2024, US$ millions, net, at year end: reported by the investor beside the IMF figure derived from counterpart data, never mixed; the tilt between the poles on reported positions where both report. CSV: the series.',
        params: CountryPathParams,
        querystring: InvestmentQuery,
        response: dataResponses(
          Type.Ref(InvestmentProfileSchema),
          'Positions in one year, the series and the tilt',
        ),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof InvestmentQuery>;
      const c = params.countryParam(store, request);
      const poles = params.poles(store, q.poles);
      return responder.send(request, reply, () => investmentProfile(store, c.id, { year: q.year, poles }), {
        rows: (p) => p.series,
        columns: investmentColumns,
        name: (p) => `investment-${p.country}`,
      });
    },
  );
  app.get(
    '/aid/:country',
    {
      schema: {
        tags,
        summary: 'Aid from the United States beside Chinese development finance, by year',
        description:
          'US obligations and disbursements (US fiscal years, current and constant US$) beside Chinese commitments (calendar years, ODA-like / OOF / vague, constant 2021 US$), never added; what is not comparable is listed in every answer. The 3-year tilt compares US obligations with Chinese ODA-like commitments, 2002-2021. CSV: the years.',
        params: CountryPathParams,
        querystring: AidQuery,
        response: dataResponses(
          Type.Ref(AidProfileSchema),
          'Both donors by year, the windows and the comparability notes',
        ),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof AidQuery>;
      const c = params.countryParam(store, request);
      const poles = params.poles(store, q.poles);
      return responder.send(
        request,
        reply,
        () => aidProfile(store, c.id, { from: q.from, to: q.to, poles }),
        {
          rows: (p) => p.rows,
          columns: aidColumns,
          name: (p) => `aid-${p.country}`,
        },
      );
    },
  );
}
