import {
  type ContactEvent,
  mergeStays,
  twoWayVisits,
  visitWindowYears,
  yearlyIntensity,
} from '../../measures/visits/index.js';
import { levelWeights } from '../../measures/visits/levels.js';
import type { Pole } from '../../poles/pole.js';
import {
  hasLeaderVisits,
  leaderVisitCoverage,
  loadLeaderVisits,
  type Pole as RecordPole,
  visitPoles,
} from '../../store/diplomacy.js';
import type { Store } from '../../store/open.js';
import type { DimensionProvider, DimensionSeries } from './provider.js';

/** The figures behind a two-way visits reading (poles named in firstPole / secondPole). */
export type VisitsFigures = {
  firstPole: string;
  secondPole: string;
  /** Level-weighted stays over the window with each pole. */
  firstIntensity: number;
  secondIntensity: number;
  /** The country's share of each pole's stays with all states over the window. */
  firstShare: number;
  secondShare: number;
  windowFrom: number;
  windowTo: number;
};

const source =
  'US State Department, Office of the Historian: visits to the US, trips of the president and secretary of state (data/visits); China Vitae via G. B. Walker: trips and visitors of China’s leaders (data/diplomacy)';

/** Years both poles' records cover (null when either is absent). */
export async function twoWayCoverage(store: Store): Promise<{ from: number; to: number } | null> {
  if (!hasLeaderVisits(store) || !store.has('china_engagements')) return null;
  const cover = await leaderVisitCoverage(store);
  const usa = cover.get('USA');
  const chn = cover.get('CHN');
  if (!usa || !chn) return null;
  const from = Math.max(usa.from, chn.from);
  const to = Math.min(usa.to, chn.to);
  return from <= to ? { from, to } : null;
}

/** The states read in a year: those of the concordance existing then (with a COW code), and any visited. */
function universe(store: Store, visited: ReadonlySet<string>): (year: number) => string[] {
  return (year) => {
    const ids = store.concordance.countries
      .filter(
        (c) =>
          c.cown !== null &&
          (!c.historical || ((c.from ?? '0000') <= `${year}-12-31` && (c.to ?? '9999') >= `${year}-01-01`)),
      )
      .map((c) => c.id);
    return [...new Set([...ids, ...visited])];
  };
}

/**
 * The two-way visits dimension (docs/methods/visits.md): position from a country's share of each
 * pole's leader-level contacts, engagement from the sum of the shares relative to the world. Read only
 * for the poles whose records exist (the US and China, in either order) and only in the years both
 * cover (2003-2018); every other country-year is absent.
 */
export const visitsDimension: DimensionProvider<VisitsFigures> = {
  id: 'visits',
  label: 'Visits (leaders, both ways)',
  defaultWeight: 1,
  coverage: twoWayCoverage,
  async read(store: Store, poles: readonly [Pole, Pole]): Promise<DimensionSeries<VisitsFigures>> {
    const out: DimensionSeries<VisitsFigures> = new Map();
    const ids = poles.map((p) => (p.kind === 'country' ? p.id : null));
    if (!ids.every((id): id is RecordPole => id !== null && visitPoles.includes(id as RecordPole)))
      return out;
    if (ids[0] === ids[1]) return out;
    const covered = await twoWayCoverage(store); // null without either record: no reading, no error
    if (!covered) return out;
    const rows = await loadLeaderVisits(store, {
      from: `${covered.from - visitWindowYears}-01-01`,
      to: `${covered.to}-12-31`,
    });
    const events: ContactEvent[] = rows.map((r) => ({
      pole: r.pole,
      direction: r.direction,
      country: r.country,
      date: r.date,
      weight: levelWeights[r.direction === 'out' ? r.poleLevel : (r.counterpartLevel ?? 'other')],
    }));
    const readings = twoWayVisits({
      poles: [ids[0], ids[1]],
      intensity: yearlyIntensity(mergeStays(events)),
      covered,
      universe: universe(store, new Set(events.map((e) => e.country))),
    });
    for (const [year, byCountry] of readings) {
      const m = new Map();
      for (const [country, r] of byCountry) {
        m.set(country, {
          position: r.position,
          engagement: r.engagement,
          dataYear: year,
          figures: {
            firstPole: ids[0],
            secondPole: ids[1],
            firstIntensity: r.firstIntensity,
            secondIntensity: r.secondIntensity,
            firstShare: r.firstShare,
            secondShare: r.secondShare,
            windowFrom: r.windowFrom,
            windowTo: r.windowTo,
          },
          source,
        });
      }
      out.set(year, m);
    }
    return out;
  },
  describe(r, names) {
    const f = r.figures;
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    return `${pct(f.firstShare)} of ${names[0]}’s and ${pct(f.secondShare)} of ${names[1]}’s leader-level visits with all states, ${f.windowFrom}-${f.windowTo} (weighted ${f.firstIntensity} and ${f.secondIntensity})`;
  },
  methods:
    'Leaders’ visits both ways: for each pole, its leaders’ trips abroad (US president 5, secretary of state 2; China’s president and premier 5, foreign minister 2) and the visitors it receives (head of state or government 5, foreign minister 2, other 1), merged into stays and summed over the year and the four before (cut to 2003-2018, the years both records cover). A country’s contact with a pole is its share of that pole’s contacts with all states; position = (share with the second - share with the first) / their sum; engagement = percentile of the summed shares among the year’s states. Missing outside 2003-2018 and for poles other than the US and China.',
};
