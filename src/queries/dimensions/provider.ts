import type { Pole } from '../../poles/pole.js';
import type { Store } from '../../store/open.js';

/**
 * The shape every dimension of the bearing plugs into. A dimension's query reads the store, calls its
 * pure measure (src/measures/<dimension>/) and returns, for one pair of poles, a reading per country-year.
 * A country-year the data do not cover has no entry: missing, never zero.
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
  /** Key in `dimensions.<id>` of profile/rank/map/API output. */
  id: string;
  label: string;
  /** Default weight in the composite (0 = shown, not counted). */
  defaultWeight: number;
  /** Years the bundled data can cover (before carry-forward). */
  coverage(store: Store): Promise<{ from: number; to: number }>;
  /** Every country-year reading for these poles (cached per store and pole pair by the caller). */
  read(store: Store, poles: readonly [Pole, Pole]): Promise<DimensionSeries<F>>;
  /** One paragraph for the methods text shown beside a reading. */
  methods: string;
}
