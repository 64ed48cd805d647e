import { type Static, Type } from '@sinclair/typebox';
import type { Column } from '../../format/rows.js';
import { yearBases } from '../../params/yearBasis.js';
import { sponsorshipSeries } from '../../queries/sponsorship.js';
import type { RouteContext, RouteModule } from '../context.js';
import * as params from '../params.js';
import { CountryPathParams, dataResponses, Format, limits, Nullable, StringEnum, Year } from '../schemas.js';

export const SponsorshipRowSchema = Type.Object(
  {
    year: Type.Integer(),
    country: Type.String(),
    pole: Type.String({ description: 'The pole: a country id or a bloc id (EU, G7, BRICS, ...).' }),
    sponsored: Type.Integer({
      description:
        'Adopted General Assembly resolutions the state sponsored that year (original or additional).',
    }),
    resolutions: Type.Integer({ description: 'Adopted resolutions with a sponsor list that year.' }),
    coSponsored: Type.Integer({
      description: "Of the state's resolutions, those a pole member also sponsored.",
    }),
    share: Nullable(Type.Number({ description: 'coSponsored / sponsored; null when it sponsored none.' })),
    worldMedian: Nullable(
      Type.Number({ description: 'The median share over every other sponsoring state outside the pole.' }),
    ),
    relative: Nullable(Type.Number({ description: 'share - worldMedian.' })),
    yearBasis: StringEnum(yearBases, { description: 'What `year` means.' }),
    source: Type.String(),
  },
  { $id: 'SponsorshipRow', additionalProperties: false },
);

const Query = Type.Object(
  {
    with: Type.Optional(
      Type.String({
        minLength: 3,
        maxLength: limits.maxString,
        default: 'USA,CHN',
        description: 'Two poles, comma-separated: countries or blocs (USA,CHN; EU,CHN).',
      }),
    ),
    from: Type.Optional(Year('First year (inclusive).')),
    to: Type.Optional(Year('Last year (inclusive).')),
    yearBasis: Type.Optional(
      StringEnum(yearBases, {
        default: 'calendar',
        description: 'calendar (the year of adoption) or session (General Assembly session + 1945).',
      }),
    ),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

/** Co-sponsorship: the resolutions a state sponsored and the share co-sponsored with each pole (`bearing sponsorship`). */
export const sponsorshipRoutes: RouteModule = {
  tag: {
    name: 'sponsorship',
    description:
      'Co-sponsorship of UN General Assembly resolutions with two poles (DGACM records, 2019-2026)',
  },
  schemas: [SponsorshipRowSchema],
  register,
};

async function register({ app, store, responder }: RouteContext): Promise<void> {
  app.get(
    '/sponsorship/:country',
    {
      schema: {
        tags: ['sponsorship'],
        summary:
          'Resolutions a state sponsored, and the share co-sponsored with each pole against the world median',
        description:
          'One row per year and pole. Sponsor lists of adopted resolutions (sponsors and additional sponsors) from the DGACM machine-readable resolutions, sessions 74-80. Methods: docs/methods/sponsorship.md.',
        params: CountryPathParams,
        querystring: Query,
        response: dataResponses(Type.Array(Type.Ref(SponsorshipRowSchema)), 'By year, then pole'),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof Query>;
      const c = params.countryParam(store, request);
      const poles = params.poles(store, q.with, { field: 'with' });
      const span = params.yearSpan(q.from, q.to);
      return responder.send(
        request,
        reply,
        () => sponsorshipSeries(store, c.id, poles, { ...span, yearBasis: q.yearBasis ?? 'calendar' }),
        {
          rows: (v) => v,
          columns: [
            'year',
            'country',
            'pole',
            'sponsored',
            'coSponsored',
            'share',
            'worldMedian',
            'relative',
            'resolutions',
            'yearBasis',
          ].map((key) => ({ key })) as Column<Record<string, unknown>>[],
          name: () => `sponsorship-${c.id}-${poles.map((p) => p.id).join('-')}`,
        },
      );
    },
  );
}
