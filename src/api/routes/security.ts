import { type Static, Type } from '@sinclair/typebox';
import { InputError } from '../../errors.js';
import type { Column } from '../../format/rows.js';
import { armsBySupplier } from '../../queries/arms.js';
import { securityCountryYear, securityTimeline } from '../../queries/securityCountry.js';
import { securityCoverage } from '../../store/security.js';
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

const Num = Nullable(Type.Number());
const open = { additionalProperties: true };
const PartyKind = StringEnum(['state', 'armed group', 'organisation', 'unknown'] as const);
const Source = Type.Object({
  file: Type.String(),
  rows: Type.Array(Type.Integer()),
  note: Type.Optional(Type.String()),
});

const ArmsSupplier = Type.Object(
  {
    supplier: Type.String({ description: 'Concordance id, or SIPRI\u2019s name for a non-state supplier.' }),
    supplierName: Type.String(),
    supplierKind: PartyKind,
    tiv: Type.Number({ description: 'SIPRI TIV, millions, over the period.' }),
    share: Type.Number(),
    years: Type.Integer({ description: 'Years with a delivery.' }),
    pole: Type.Optional(Nullable(StringEnum(['first', 'second'] as const))),
  },
  open,
);
const ArmsYear = Type.Object(
  {
    year: Type.Integer(),
    supplier: Type.String(),
    supplierName: Type.String(),
    supplierKind: PartyKind,
    tiv: Num,
    source: StringEnum(['register', 'tidy'] as const),
    sourceLine: Type.Integer({ description: 'First publisher line of the aggregate.' }),
    sourceLines: Type.Integer({ description: 'Register lines summed (1 for the tidy table).' }),
    pole: Type.Optional(Nullable(StringEnum(['first', 'second'] as const))),
  },
  open,
);
export const ArmsImportsSchema = Type.Object(
  {
    country: Type.String(),
    from: Type.Integer(),
    to: Type.Integer(),
    total: Type.Number(),
    suppliers: Type.Array(ArmsSupplier),
    years: Type.Array(ArmsYear),
    coverage: Type.String(),
    sources: Type.Array(Source),
  },
  { $id: 'ArmsImports', ...open },
);
const Ties = Type.Object({
  tie: Type.Number(),
  obligations: Type.Array(Type.String()),
  partners: Type.Array(Type.String()),
});
export const SecurityReadingSchema = Type.Object(
  {
    country: Type.String(),
    year: Type.Integer(),
    poles: Type.Array(Type.String(), { minItems: 2, maxItems: 2 }),
    position: Nullable(Type.Number({ minimum: -1, maximum: 1 })),
    engagement: Nullable(Type.Number({ minimum: 0, maximum: 1 })),
    figures: Type.Object({}, { ...open, description: 'Every figure of the reading (SecurityFigures).' }),
    arms: Type.Object(
      {
        window: Type.Object({ from: Type.Integer(), to: Type.Integer() }),
        suppliers: Type.Array(
          Type.Object(
            {
              supplier: Type.String(),
              supplierName: Type.String(),
              tiv: Type.Number(),
              share: Type.Number(),
              pole: Nullable(StringEnum(['first', 'second'] as const)),
            },
            open,
          ),
        ),
      },
      open,
    ),
    alliances: Type.Object(
      { dataYear: Type.Integer(), carriedForward: Type.Boolean(), first: Ties, second: Ties },
      open,
    ),
    status: Type.Object(
      {
        natoMember: Type.Boolean(),
        mnna: Type.Boolean({ description: 'US major non-NATO ally on 31 December of the year.' }),
        mnnaSince: Nullable(Type.String()),
        mnnaCitation: Nullable(Type.String()),
      },
      open,
    ),
    troops: Type.Object(
      { usActiveDuty: Nullable(Type.Integer()), scale: Num, applicable: Type.Boolean() },
      open,
    ),
    coverage: Type.String(),
    sources: Type.Array(Source),
  },
  { $id: 'SecurityReading', ...open },
);
export const SecurityYearSchema = Type.Object(
  {
    country: Type.String(),
    year: Type.Integer(),
    position: Num,
    engagement: Num,
    armsTotalTiv: Num,
    armsTilt: Num,
    allianceTieFirst: Type.Number(),
    allianceTieSecond: Type.Number(),
    allianceObligationsFirst: Type.String(),
    allianceObligationsSecond: Type.String(),
    allianceCarriedForward: Type.Boolean(),
    natoMember: Type.Boolean(),
    mnna: Type.Boolean(),
    usTroopsActiveDuty: Num,
  },
  { $id: 'SecurityYear', ...open },
);

const ArmsQuery = Type.Object(
  {
    from: Type.Optional(Year('First delivery year (default 1950).')),
    to: Type.Optional(Year('Last delivery year (default 2024).')),
    by: Type.Optional(
      StringEnum(['supplier', 'year'] as const, { description: 'CSV rows: suppliers or supplier-years.' }),
    ),
    poles: Type.Optional(PolesParam),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);
const SecurityQuery = Type.Object(
  {
    year: Type.Optional(Year('The year (default: the last, 2024).')),
    poles: Type.Optional(PolesParam),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);
const SeriesQuery = Type.Object(
  {
    poles: Type.Optional(PolesParam),
    from: Type.Optional(Year('First year.')),
    to: Type.Optional(Year('Last year.')),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

const keys = (ks: string[]): Column<Record<string, unknown>>[] => ks.map((key) => ({ key }));

/** Security: arms imports by supplier, the security reading and its series (`bearing arms`, `bearing security`). */
export const securityRoutes: RouteModule = {
  tag: { name: 'security', description: 'Arms imports (SIPRI), alliances (ATOP), US troops and MNNA status' },
  schemas: [ArmsImportsSchema, SecurityReadingSchema, SecurityYearSchema],
  register,
};

async function register({ app, store, responder }: RouteContext): Promise<void> {
  const tags = ['security'];
  app.get(
    '/arms/:country',
    {
      schema: {
        tags,
        summary: 'Arms imports by supplier: SIPRI TIV over a period, largest supplier first',
        description:
          'SIPRI Arms Transfers Database aggregates (tidy table to 1994, register deliveries from 1995). Non-state suppliers keep SIPRI\u2019s names and kinds. CSV: suppliers, or supplier-years with by=year.',
        params: CountryPathParams,
        querystring: ArmsQuery,
        response: dataResponses(Type.Ref(ArmsImportsSchema), 'Imports by supplier and supplier-year'),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof ArmsQuery>;
      const c = params.countryParam(store, request);
      const span = params.yearSpan(q.from, q.to);
      const p = q.poles === undefined ? undefined : params.poles(store, q.poles);
      return responder.send(request, reply, () => armsBySupplier(store, c.id, span.from, span.to, p), {
        rows: (v) => (q.by === 'year' ? v.years : v.suppliers) as unknown as Record<string, unknown>[],
        // The pole column exists only when poles were asked for.
        columns: keys(
          Object.keys(q.by === 'year' ? ArmsYear.properties : ArmsSupplier.properties).filter(
            (k) => k !== 'pole' || p !== undefined,
          ),
        ),
        name: () => `arms-${c.id}`,
      });
    },
  );

  app.get(
    '/security/:country',
    {
      schema: {
        tags,
        summary: 'The security reading of a country-year: position, engagement and every component',
        description:
          'Arms imports over 5 years and ATOP alliance ties move the position; US troops and major non-NATO ally status (US only) count in the engagement. ATOP ends in 2018: later alliance figures are carried forward (flagged). CSV: the suppliers of the window.',
        params: CountryPathParams,
        querystring: SecurityQuery,
        response: dataResponses(
          Type.Ref(SecurityReadingSchema),
          'The reading with its components and sources',
        ),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof SecurityQuery>;
      const c = params.countryParam(store, request);
      const p = params.poles(store, q.poles);
      return responder.send(
        request,
        reply,
        async () => {
          const cov = await securityCoverage(store);
          const year = q.year ?? Math.min(cov.arms.to, cov.troops.to);
          const r = await securityCountryYear(store, c.id, year, p);
          if (!r)
            throw new InputError(`no security reading for ${c.name} in ${year}`, {
              location: { field: 'year' },
              kind: 'unknown',
              hint: `the data cover ${cov.arms.from}-${Math.min(cov.arms.to, cov.troops.to)}`,
            });
          return r;
        },
        {
          rows: (v) => v.arms.suppliers as unknown as Record<string, unknown>[],
          columns: keys(['supplier', 'supplierName', 'tiv', 'share', 'pole']),
          name: () => `security-${c.id}`,
        },
      );
    },
  );

  app.get(
    '/security/:country/series',
    {
      schema: {
        tags,
        summary: 'Security readings year by year (the alliances timeline)',
        description: 'Years without a reading are absent. Figures as in SecurityReading.figures, flat.',
        params: CountryPathParams,
        querystring: SeriesQuery,
        response: dataResponses(Type.Array(Type.Ref(SecurityYearSchema)), 'One row a year'),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof SeriesQuery>;
      const c = params.countryParam(store, request);
      const p = params.poles(store, q.poles);
      const span = params.yearSpan(q.from, q.to);
      return responder.send(request, reply, () => securityTimeline(store, c.id, p, span), {
        rows: (v) => v as unknown as Record<string, unknown>[],
        columns: keys(Object.keys(SecurityYearSchema.properties)),
        name: () => `security-${c.id}-series`,
      });
    },
  );
}
