import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { yearBases } from '../params/yearBasis.js';
import { issueCodes } from '../votes/rollCall.js';

/**
 * Schemas shared by the routes. Every schema is declared once and serves three purposes: Fastify
 * validates requests with it, serialises responses with it, and @fastify/swagger turns it into the
 * OpenAPI 3.1 document. Request limits (year ranges, list lengths) live here.
 */
export const limits = {
  /** Years any year parameter may take. */
  minYear: 1900,
  maxYear: 2100,
  /** Longest span from `from` to `to`, in years. */
  maxYearSpan: 200,
  /** Most partner/country codes in one list parameter. */
  maxList: 20,
  /** Longest string parameter (a country name, a list). */
  maxString: 200,
  /** Largest request body (POST /check), bytes. */
  bodyLimit: 64 * 1024,
  /** Most rows `top` may ask for. */
  maxTop: 300,
} as const;

/** A value or null, as a JSON-schema type array (fast to serialise, valid OpenAPI 3.1). */
export function Nullable<T extends TSchema>(schema: T) {
  const { type, enum: values } = schema as { type?: string; enum?: unknown[] };
  return Type.Unsafe<Static<T> | null>({
    ...schema,
    type: [type, 'null'],
    ...(values && { enum: [...values, null] }),
  });
}

export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string; default?: T[number] } = {},
) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

export const Format = StringEnum(['json', 'csv'] as const, {
  description: 'Response format: JSON (default) or CSV (text/csv, one row per record).',
});

export const Year = (description: string) =>
  Type.Integer({ minimum: limits.minYear, maximum: limits.maxYear, description });

/** A country: any code or name the concordance resolves (KEN, KE, Kenya, cow:501, m49:404). */
export const CountryParam = Type.String({
  minLength: 1,
  maxLength: limits.maxString,
  description:
    'Any code or name: ISO3 (KEN), ISO2 (KE), name (Kenya), or scheme:code (cow:501, m49:404, imf:664).',
  examples: ['KEN'],
});

/** Path parameters of every `/<topic>/:country` route. */
export const CountryPathParams = Type.Object({ country: CountryParam }, { additionalProperties: false });

/** A dataset's coverage as the manifest states it (null where it does not say). */
export const DatasetCoverage = Type.Object({
  from: Type.Union([Type.Integer(), Type.Null()]),
  to: Type.Union([Type.Integer(), Type.Null()]),
  countries: Type.Union([Type.Integer(), Type.Null()]),
});

/** A comma-separated list of countries. */
/** Two poles, `first,second`: countries or blocs; one declaration for every route that takes them. */
export const PolesParam = Type.String({
  maxLength: 100,
  description:
    'Two poles, comma-separated: countries or blocs (EU, G7, BRICS, NATO, SCO, WARSAW). Default USA,CHN. Poles other than the default are computed on first use.',
});

export const CountryList = (description: string) =>
  Type.String({
    minLength: 1,
    maxLength: limits.maxString,
    description: `${description} Comma-separated, at most ${limits.maxList}.`,
  });

/** The tail of a query whose `series` switch turns one year into a year range: poles, the range, the format. */
export const seriesSpanQuery = {
  poles: Type.Optional(PolesParam),
  from: Type.Optional(Year('With series: first year.')),
  to: Type.Optional(Year('With series: last year.')),
  format: Type.Optional(Format),
};

/** Query parameters of every vote measure: years, issue areas, important votes, whole resolutions. */
export const voteFilterQuery = {
  from: Type.Optional(Year('First year (inclusive).')),
  to: Type.Optional(Year('Last year (inclusive).')),
  issue: Type.Optional(
    Type.String({
      maxLength: 40,
      pattern: `^\\s*(${issueCodes.join('|')})\\s*(,\\s*(${issueCodes.join('|')})\\s*)*$`,
      description: `Issue areas (Voeten), comma-separated: ${issueCodes.join(', ')}.`,
    }),
  ),
  important: Type.Optional(
    Type.Boolean({ description: 'Only the US State Department\u2019s important votes.' }),
  ),
  wholeOnly: Type.Optional(
    Type.Boolean({ description: 'Only votes on whole resolutions (no amendments or paragraphs).' }),
  ),
  yearBasis: Type.Optional(
    StringEnum(yearBases, {
      default: 'calendar',
      description:
        'What a year is: calendar (the year of the vote) or session (General Assembly session + 1945, the convention of Voeten and Bailey-Strezhnev-Voeten; emergency special sessions count in the regular session in progress).',
    }),
  ),
};

export const CountrySchema = Type.Object(
  {
    id: Type.String({ description: 'Canonical id: ISO3, or a historical id (SUN, YUG, DDR, ...).' }),
    name: Type.String(),
    iso2: Nullable(Type.String()),
    iso3: Nullable(Type.String()),
    m49: Nullable(Type.Integer()),
    cown: Nullable(Type.Integer()),
    cowc: Nullable(Type.String()),
    imf: Nullable(Type.Integer()),
    wb: Nullable(Type.String()),
    continent: Nullable(Type.String()),
    region: Nullable(Type.String()),
    unRegion: Nullable(Type.String()),
    unSubregion: Nullable(Type.String()),
    aliases: Type.Array(Type.String()),
    historical: Type.Boolean(),
    from: Nullable(Type.String({ description: 'ISO date the historical state began, when known.' })),
    to: Nullable(Type.String({ description: 'ISO date the historical state ended, when known.' })),
  },
  { $id: 'Country', additionalProperties: false },
);

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'A URN naming the kind of problem.' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    parameter: Type.Optional(Type.String({ description: 'The request parameter at fault.' })),
    in: Type.Optional(StringEnum(['query', 'path', 'body', 'header'] as const)),
    suggestions: Type.Optional(
      Type.Array(Type.String(), { description: 'Close matches for an unknown name.' }),
    ),
    hint: Type.Optional(Type.String()),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details (application/problem+json).' },
);

/** Response map for a data route: 200 as JSON or CSV, and the problems it can answer. */
export function dataResponses(schema: TSchema, description: string) {
  const problem = {
    description: 'Problem details (RFC 9457)',
    content: { 'application/problem+json': { schema: Type.Ref(ProblemSchema) } },
  };
  return {
    200: {
      description,
      content: {
        'application/json': { schema },
        'text/csv': { schema: Type.String({ description: 'CSV with a header row (?format=csv).' }) },
      },
    },
    304: { description: 'Not modified (If-None-Match matched the ETag).', type: 'null' },
    400: { ...problem, description: 'Invalid parameter: `parameter` names it.' },
    404: {
      ...problem,
      description: 'Unknown country or data not available: `suggestions` lists close matches.',
    },
  };
}
