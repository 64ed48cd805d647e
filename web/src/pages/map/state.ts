// The map page's state, all derived from the URL (poles, metric, year) and the server (metrics it
// has, the vote years): pure functions, so the page's rules are tested without a browser.
import type { Countries, Country, Meta } from '../../data';
import { defaultMapYear, voteYears } from '../../data';
import type { MapValue } from '../../map/shape';
import { polesOf, yearOf } from '../../route';
import { type MapMetric, mapMetrics } from './metrics';

export interface MapState {
  poles: [string, string];
  poleNames: [string, string];
  metrics: MapMetric[];
  /** The metric named in the URL, else the first this server offers; undefined when it offers none. */
  metric: MapMetric | undefined;
  /** The years of the vote record: the span of the slider (empty until the snapshot is known). */
  years: number[];
  lastYear: number | undefined;
  /** The year in the URL, else the last year of the vote record. */
  year: number | undefined;
}

export function mapState(
  params: URLSearchParams,
  caps: Set<string>,
  countries: Pick<Countries, 'name'>,
  meta: Meta | undefined,
): MapState {
  const poles = polesOf(params);
  const metrics = mapMetrics(caps);
  const span = voteYears(meta);
  const years = span ? Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i) : [];
  return {
    poles,
    poleNames: [countries.name(poles[0]), countries.name(poles[1])],
    metrics,
    metric: metrics.find((m) => m.id === params.get('metric')) ?? metrics[0],
    years,
    lastYear: span?.to,
    year: yearOf(params) ?? defaultMapYear(meta),
  };
}

/** Countries with a value, highest first (ties keep the answer's order); "no data" is left out. */
export function ranked(values: Map<string, MapValue>): MapValue[] {
  return [...values.values()].filter((v) => v.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
}

/** The table and CSV rows: one per country with a value, the value under the metric's column name. */
export function mapRows(list: MapValue[], column: string, year: number | undefined) {
  return list.map((v) => ({ country: v.id, name: v.name, year, [column]: v.value }));
}

/** The five highest and the five lowest (lowest first). */
export function extremes(list: MapValue[], n = 5): { top: MapValue[]; bottom: MapValue[] } {
  return { top: list.slice(0, n), bottom: list.slice(-n).reverse() };
}

/** The map's text alternative; undefined when no country has a value. */
export function mapSummary(list: MapValue[]): string | undefined {
  if (list.length === 0) return undefined;
  const { top, bottom } = extremes(list);
  return `World map of ${list.length} countries. Highest: ${top.map((r) => r.name).join(', ')}. Lowest: ${bottom.map((r) => r.name).join(', ')}.`;
}

/** The country a search means: an exact id, name or ISO2 code, else the first name it begins. */
export function findCountry(list: Country[], query: string): Country | undefined {
  const s = query.trim().toLowerCase();
  if (!s) return undefined;
  return (
    list.find(
      (c) =>
        !c.historical &&
        (c.id.toLowerCase() === s || c.name.toLowerCase() === s || c.iso2?.toLowerCase() === s),
    ) ?? list.find((c) => !c.historical && c.name.toLowerCase().startsWith(s))
  );
}

/** The poles after choosing `value` for pole `i`; undefined when both would be the same. */
export function pickPole(poles: [string, string], i: 0 | 1, value: string): [string, string] | undefined {
  const next: [string, string] = [...poles];
  next[i] = value;
  return next[0] === next[1] ? undefined : next;
}

/** The options of a pole's menu: the usual powers, plus the current one if typed in the URL. */
export function poleOptions(choices: string[], current: string): string[] {
  return [...new Set([...choices, current])];
}

export type FigureStatus = 'loading' | 'ready' | 'error' | 'unavailable';

/** The figure's status while a metric loads: a pending re-run is loading, not the answer for the URL. */
export function figureStatus(
  metric: MapMetric | undefined,
  data: { value?: unknown; error?: Error; pending: boolean },
): FigureStatus {
  if (!metric) return 'unavailable';
  if (data.error) return 'error';
  return data.value && !data.pending ? 'ready' : 'loading';
}
