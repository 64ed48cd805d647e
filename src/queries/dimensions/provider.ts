import type { Pole } from '../../poles/pole.js';
import type { Store } from '../../store/open.js';

/**
 * The shape every dimension of the bearing plugs into. A dimension's query reads the store, calls its
 * pure measure (src/measures/<dimension>/ or src/measures/bearing/) and returns, for one pair of poles, a
 * reading per country-year. A country-year the data do not cover has no entry: missing, never zero.
 *
 * To add a dimension: write a provider in src/queries/dimensions/<id>.ts and add it to the list in
 * src/queries/dimensions/index.ts. Profile, rank, the map's data, the claims, the API schemas, weights and
 * validation all read that list; no face changes.
 */
export interface CountryDimensionReading<F = DimensionFigures> {
  /** -1 at the first pole, +1 at the second; null when measured but undefined (e.g. no flows with either pole). */
  position: number | null;
  /** Engagement with the two poles together relative to the world that year, in [0, 1]; null when not defined. */
  engagement: number | null;
  /** The year the data come from (differs from the year asked only when carried forward, or for windows). */
  dataYear: number;
  /** The figures behind the reading, named so a face can show them (amounts carry their unit in the name). */
  figures: F;
  /** Publisher, file and table the figures come from. */
  source: string;
}

export type DimensionFigures = Readonly<Record<string, number | string | boolean | null>>;

/** year -> country id -> reading. */
export type DimensionSeries<F = DimensionFigures> = Map<number, Map<string, CountryDimensionReading<F>>>;

export interface DimensionProvider<F = DimensionFigures> {
  /** Key in `dimensions.<id>` of profile/rank/map/API output, and the name in `--weights id=1`. */
  id: string;
  label: string;
  /** Default weight in the composite (0 = shown, not counted). */
  defaultWeight: number;
  /** Years the bundled data can cover (before carry-forward); null when the store has none of its tables. */
  coverage(store: Store): Promise<{ from: number; to: number } | null>;
  /**
   * Every country-year reading for these poles. The bearing caches the result per store and pole pair;
   * a provider whose data are absent from the store returns an empty series (never throws for that).
   */
  read(store: Store, poles: readonly [Pole, Pole]): Promise<DimensionSeries<F>>;
  /** One paragraph for the methods text shown beside a reading. */
  methods: string;
  /**
   * Optional: one reading in one line of words for the profile, e.g. "owed to United States US$0.12bn, to
   * China US$6.9bn of US$38.1bn". `names` are the poles' display names. Without it, faces list the figures
   * as name=value.
   */
  describe?(reading: CountryDimensionReading<F>, names: readonly [string, string]): string;
}
