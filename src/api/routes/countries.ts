import { type Static, Type } from '@sinclair/typebox';
import type { Country } from '../../countries/country.js';
import type { Column } from '../../format/rows.js';
import type { RouteContext, RouteModule } from '../context.js';
import * as params from '../params.js';
import { CountryPathParams, CountrySchema, dataResponses, Format, limits } from '../schemas.js';

const columns: Column<Record<string, unknown>>[] = [
  'id',
  'name',
  'iso2',
  'iso3',
  'm49',
  'cown',
  'cowc',
  'imf',
  'wb',
  'continent',
  'region',
  'unRegion',
  'unSubregion',
  'historical',
  'from',
  'to',
  'aliases',
].map((key) => ({ key }));

const ListQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: limits.maxString,
        description: 'Search codes, names and aliases; omit to list every country.',
      }),
    ),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

const OneQuery = Type.Object({ format: Type.Optional(Format) }, { additionalProperties: false });

function plain(c: Country): Static<typeof CountrySchema> {
  const { pattern: _pattern, ...rest } = c;
  return rest;
}

/** Countries: the concordance, searchable (`bearing countries`). */
export const countriesRoutes: RouteModule = {
  tag: {
    name: 'countries',
    description: 'The country concordance: codes, names, regions, historical states',
  },
  schemas: [CountrySchema],
  register,
};

async function register({ app, store, responder }: RouteContext): Promise<void> {
  app.get(
    '/countries',
    {
      schema: {
        tags: ['countries'],
        summary: 'List or search countries',
        description:
          'Every country of the concordance (historical states included), or those whose code, name or alias matches `q`. An unknown `q` answers 404 with suggestions.',
        querystring: ListQuery,
        response: dataResponses(Type.Array(Type.Ref(CountrySchema)), 'Countries, canonical id first'),
      },
    },
    async (request, reply) => {
      const { q } = request.query as Static<typeof ListQuery>;
      return responder.send(
        request,
        reply,
        () => {
          const query = q?.trim() ?? '';
          const hits = query ? store.concordance.search(query) : store.concordance.countries;
          if (query && hits.length === 0) params.country(store, query, 'q');
          return hits.map(plain);
        },
        { rows: (v) => v, columns, name: () => 'countries' },
      );
    },
  );

  app.get(
    '/countries/:country',
    {
      schema: {
        tags: ['countries'],
        summary: 'One country by any code or name',
        description: 'Resolves KEN, KE, Kenya, cow:501, m49:404 or imf:664 to the same country.',
        params: CountryPathParams,
        querystring: OneQuery,
        response: dataResponses(Type.Ref(CountrySchema), 'The country'),
      },
    },
    async (request, reply) => {
      const c = params.countryParam(store, request);
      return responder.send(request, reply, () => plain(c), { rows: (v) => [v], columns, name: (v) => v.id });
    },
  );
}
