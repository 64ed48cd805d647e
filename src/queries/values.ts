import { InputError } from '../errors.js';
import {
  compareEstimates,
  type IndexComparison,
  type PoleEstimate,
  poleEstimate,
  valuesDistance,
  valuesPosition,
} from '../measures/values/distance.js';
import { type Pole, poleMembers } from '../poles/pole.js';
import type { Store } from '../store/open.js';
import { loadValues, type ValuesRow, valuesFiles } from '../store/values.js';
import { type Estimate, type FreedomStatus, type VdemIndex, vdemIndices } from '../values/valuesRecord.js';

export const valuesSources = {
  vdem: `V-Dem (Varieties of Democracy) via democracyData: ${valuesFiles.vdem}`,
  freedomHouse: `Freedom House, Freedom in the World 2025 edition, via democracyData: ${valuesFiles.freedomHouse}`,
};

/** What the values data cover, from the rows themselves. */
export interface ValuesCoverage {
  vdem: { from: number; to: number };
  freedomHouse: { from: number; to: number };
}

export interface PoleValues {
  pole: string;
  name: string;
  /** Members with a V-Dem value that year (1 for a single state). */
  members: number;
  polyarchy: PoleEstimate | null;
  libdem: PoleEstimate | null;
  /** A single state's status; for a bloc, how many members have each status. */
  freedomStatus: FreedomStatus | null;
  freedomStatuses: Record<FreedomStatus, number>;
}

/** A state-year's values (the stored row without its source lines, given in `sources`) and the poles'. */
export interface ValuesReading extends Omit<ValuesRow, 'vdemLine' | 'freedomHouseLine'> {
  poles: [PoleValues, PoleValues];
  /** Mean absolute difference of the V-Dem point estimates from each pole (0-1); null when not defined. */
  distance: [number | null, number | null];
  /** -1 at the first pole's values, +1 at the second's. */
  position: number | null;
  /** For each pole and index: whether the intervals show a difference (overlap = indistinguishable). */
  comparison: [Record<VdemIndex, IndexComparison | null>, Record<VdemIndex, IndexComparison | null>];
  sources: { file: string; rows: number[] }[];
  coverage: string;
}

function byCountryYear(rows: readonly ValuesRow[]): Map<string, ValuesRow> {
  return new Map(rows.map((r) => [`${r.country} ${r.year}`, r]));
}

interface ValuesIndex {
  rows: readonly ValuesRow[];
  at: Map<string, ValuesRow>;
  coverage: ValuesCoverage;
}

/** The rows, a country-year index and the coverage: computed once per store. */
export async function valuesIndex(store: Store): Promise<ValuesIndex> {
  const key = 'values:index';
  const cached = store.cache.get(key) as ValuesIndex | undefined;
  if (cached) return cached;
  const rows = await loadValues(store);
  const span = (pick: (r: ValuesRow) => boolean) => {
    const ys = rows.filter(pick).map((r) => r.year);
    return { from: Math.min(...ys), to: Math.max(...ys) };
  };
  const out: ValuesIndex = {
    rows,
    at: byCountryYear(rows),
    coverage: {
      vdem: span((r) => r.polyarchy !== null),
      freedomHouse: span((r) => r.freedomStatus !== null),
    },
  };
  store.cache.set(key, out);
  return out;
}

/** The years each source covers in the snapshot. */
export async function valuesCoverage(store: Store): Promise<ValuesCoverage> {
  return (await valuesIndex(store)).coverage;
}

/** Where a pole stands in a year: its own figures, or its members' distribution. */
export function poleValues(at: Map<string, ValuesRow>, pole: Pole, year: number): PoleValues {
  const rows = poleMembers(pole, year)
    .map((id) => at.get(`${id} ${year}`))
    .filter((r): r is ValuesRow => r !== undefined);
  const pick = (index: VdemIndex) => rows.map((r) => r[index]).filter((e): e is Estimate => e !== null);
  const freedomStatuses: Record<FreedomStatus, number> = { F: 0, PF: 0, NF: 0 };
  for (const r of rows) if (r.freedomStatus) freedomStatuses[r.freedomStatus]++;
  return {
    pole: pole.id,
    name: pole.name,
    members: pick('polyarchy').length,
    polyarchy: poleEstimate(pick('polyarchy')),
    libdem: poleEstimate(pick('libdem')),
    freedomStatus: pole.kind === 'country' ? (rows[0]?.freedomStatus ?? null) : null,
    freedomStatuses,
  };
}

const points = (x: { polyarchy: Estimate | null; libdem: Estimate | null }) =>
  vdemIndices.map((i) => x[i]?.value ?? null);
const finite = (x: number) => (Number.isNaN(x) ? null : x);

/** A state's values in a year against both poles (default year: the latest with V-Dem figures for it). */
export async function valuesReading(
  store: Store,
  country: string,
  poles: readonly [Pole, Pole],
  year?: number,
): Promise<ValuesReading> {
  const { rows, at } = await valuesIndex(store);
  const coverage = await valuesCoverage(store);
  const own = rows.filter((r) => r.country === country);
  if (own.length === 0) {
    throw new InputError(`no V-Dem or Freedom House figures for ${country}`, {
      location: { field: 'country' },
      kind: 'unknown',
    });
  }
  const last = Math.max(coverage.vdem.to, coverage.freedomHouse.to);
  if (year !== undefined && (year < coverage.vdem.from || year > last)) {
    throw new InputError(
      `year ${year} is outside the values data (V-Dem ${coverage.vdem.from}-${coverage.vdem.to}, Freedom House ${coverage.freedomHouse.from}-${coverage.freedomHouse.to})`,
      {
        location: { field: 'year' },
      },
    );
  }
  const y = year ?? Math.max(...own.filter((r) => r.polyarchy !== null).map((r) => r.year));
  const row = at.get(`${country} ${y}`);
  const first = poleValues(at, poles[0], y);
  const second = poleValues(at, poles[1], y);
  const mine = { polyarchy: row?.polyarchy ?? null, libdem: row?.libdem ?? null };
  const d1 = valuesDistance(points(mine), points(first));
  const d2 = valuesDistance(points(mine), points(second));
  const compare = (p: PoleValues) =>
    Object.fromEntries(
      vdemIndices.map((i) => {
        const a = mine[i];
        const b = p[i];
        return [i, a && b ? compareEstimates(a, b) : null];
      }),
    ) as Record<VdemIndex, IndexComparison | null>;
  const sources = [
    ...(row?.vdemLine ? [{ file: valuesFiles.vdem, rows: [row.vdemLine] }] : []),
    ...(row?.freedomHouseLine ? [{ file: valuesFiles.freedomHouse, rows: [row.freedomHouseLine] }] : []),
  ];
  for (const pole of poles) {
    for (const id of poleMembers(pole, y)) {
      const r = at.get(`${id} ${y}`);
      if (r?.vdemLine) sources.push({ file: valuesFiles.vdem, rows: [r.vdemLine] });
    }
  }
  return {
    country,
    year: y,
    ...mine,
    freedomStatus: row?.freedomStatus ?? null,
    politicalRights: row?.politicalRights ?? null,
    civilLiberties: row?.civilLiberties ?? null,
    poles: [first, second],
    distance: [finite(d1), finite(d2)],
    position: finite(valuesPosition(d1, d2)),
    comparison: [compare(first), compare(second)],
    sources,
    coverage:
      `V-Dem ${coverage.vdem.from}-${coverage.vdem.to}, Freedom House ${coverage.freedomHouse.from}-${coverage.freedomHouse.to}; ${row?.polyarchy ? '' : `no V-Dem figures for ${country} in ${y}; `}${row?.freedomStatus ? '' : `no Freedom House rating for ${country} in ${y}`}`.replace(
        /; $/,
        '',
      ),
  };
}

/** One point of a democracy-index series with its interval, for charts and downloads. */
export interface ValuesSeriesRow {
  country: string;
  year: number;
  index: VdemIndex;
  value: number;
  low: number;
  high: number;
  sourceLine: number | null;
}

/** The V-Dem indices of several states over a span of years (long format, one row per index). */
export async function valuesSeries(
  store: Store,
  countries: readonly string[],
  range: { from?: number; to?: number } = {},
): Promise<ValuesSeriesRow[]> {
  const { rows } = await valuesIndex(store);
  const wanted = new Set(countries);
  const out: ValuesSeriesRow[] = [];
  for (const r of rows) {
    if (!wanted.has(r.country)) continue;
    if ((range.from !== undefined && r.year < range.from) || (range.to !== undefined && r.year > range.to))
      continue;
    for (const index of vdemIndices) {
      const e = r[index];
      if (e) out.push({ country: r.country, year: r.year, index, ...e, sourceLine: r.vdemLine });
    }
  }
  return out;
}

/** Every state's V-Dem point estimates by year (for the values dimension of every country-year). */
export async function valuesByYear(store: Store): Promise<Map<number, ValuesRow[]>> {
  const { rows } = await valuesIndex(store);
  const out = new Map<number, ValuesRow[]>();
  for (const r of rows) {
    if (!r.polyarchy && !r.libdem) continue;
    const y = out.get(r.year);
    if (y) y.push(r);
    else out.set(r.year, [r]);
  }
  return out;
}
