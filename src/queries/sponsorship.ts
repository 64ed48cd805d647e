import { InputError } from '../errors.js';
import { coSponsorshipOf, type SponsorYear, sponsorYear } from '../measures/sponsorship/coSponsorship.js';
import type { YearBasis } from '../params/yearBasis.js';
import { type Pole, poleMembers } from '../poles/pole.js';
import type { Store } from '../store/open.js';
import { loadSponsorLists, sponsorshipYears } from '../store/sponsorships.js';

/** One state, year and pole: resolutions sponsored, the share co-sponsored with the pole, and the world's. */
export interface SponsorshipRow {
  year: number;
  country: string;
  pole: string;
  /** Resolutions the state sponsored that year (original or additional sponsor). */
  sponsored: number;
  /** Adopted resolutions with a sponsor list that year. */
  resolutions: number;
  /** Of the state's resolutions, those a pole member also sponsored. */
  coSponsored: number;
  share: number | null;
  /** The median share over every other sponsoring state outside the pole. */
  worldMedian: number | null;
  /** share - worldMedian. */
  relative: number | null;
  yearBasis: YearBasis;
  /** Where the sponsor lists come from. */
  source: string;
}

/**
 * Co-sponsorship of `country` with each pole, year by year (docs/methods/sponsorship.md). Years outside
 * the sponsor lists' coverage are an error naming the range; a year in range where the state sponsored
 * nothing gives shares null.
 */
export async function sponsorshipSeries(
  store: Store,
  country: string,
  poles: readonly Pole[],
  options: { from?: number; to?: number; yearBasis?: YearBasis } = {},
): Promise<SponsorshipRow[]> {
  const basis = options.yearBasis ?? 'calendar';
  const cover = await sponsorshipYears(store, basis);
  if (!cover) {
    throw new InputError('this snapshot has no sponsor lists', {
      kind: 'unavailable',
      hint: 'rebuild the unga dataset with the DGACM resolutions (npm run build-data -- --only unga)',
    });
  }
  if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
    throw new InputError(`impossible year range: from ${options.from} is after to ${options.to}`, {
      location: { field: 'from' },
    });
  }
  const from = options.from ?? cover.from;
  const to = options.to ?? cover.to;
  if (to < cover.from || from > cover.to) {
    const asked =
      options.from !== undefined && options.to === undefined
        ? `${from} on`
        : from === to
          ? `${from}`
          : `${from}-${to}`;
    throw new InputError(
      `no sponsor lists in ${asked}: they cover ${cover.from}-${cover.to} (DGACM resolutions, sessions 74-80; ${basis} years)`,
      { location: { field: from > cover.to ? 'from' : 'to' } },
    );
  }
  const byYear = await sponsorLists(store, cover, basis);
  const rows: SponsorshipRow[] = [];
  for (const [year, lists] of [...byYear].sort((a, b) => a[0] - b[0])) {
    if (year < from || year > to) continue;
    const r = coSponsorshipOf(
      readYear(
        store,
        basis,
        year,
        lists,
        poles.map((p) => poleMembers(p, year)),
      ),
      country,
    );
    poles.forEach((p, i) => {
      rows.push({
        year,
        country,
        pole: p.id,
        sponsored: r.sponsored,
        resolutions: lists.length,
        coSponsored: r.poles[i].coSponsored,
        share: r.poles[i].share,
        worldMedian: r.poles[i].worldMedian,
        relative: r.poles[i].relative,
        yearBasis: basis,
        source:
          'DGACM machine-readable General Assembly resolutions (UNxml/GAresolutions), sponsors and additional sponsors',
      });
    });
  }
  return rows;
}

/** Every year's sponsor lists, read once per store and year basis. */
function sponsorLists(
  store: Store,
  cover: { from: number; to: number },
  basis: YearBasis,
): Promise<Map<number, string[][]>> {
  const key = `sponsorship:lists:${basis}`;
  let lists = store.cache.get(key) as Promise<Map<number, string[][]>> | undefined;
  if (!lists) {
    lists = loadSponsorLists(store, cover.from, cover.to, basis);
    store.cache.set(key, lists);
    lists.catch(() => store.cache.delete(key));
  }
  return lists;
}

/**
 * A year read for the poles' members (every state's share with each pole, and the world's), kept per
 * store, year and pole (a country or bloc: a bounded set): each further country costs a look-up, not a
 * recount of the world (it was half a second per country).
 */
function readYear(
  store: Store,
  basis: YearBasis,
  year: number,
  lists: string[][],
  members: string[][],
): SponsorYear {
  const parts = members.map((m) => {
    const key = `sponsorship:year:${basis}:${year}:${[...m].sort().join(' ')}`;
    let read = store.cache.get(key) as SponsorYear | undefined;
    if (!read) {
      read = sponsorYear(lists, [m]);
      store.cache.set(key, read);
    }
    return read;
  });
  return { sponsored: parts[0].sponsored, poles: parts.map((p) => p.poles[0]) };
}
