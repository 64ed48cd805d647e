// The map page's state, all derived from the URL (poles, metric, year) and the server (metrics it
// has, the vote years): pure functions, so the page's rules are tested without a browser.
import { NeedsLiveApi } from '../../api';
import type { Countries, Meta } from '../../data';
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
  /** For the composite's measures: the dimensions the shown year has no data for, in words. */
  lacking: string[];
}

/**
 * The composite's weighted dimensions and the datasets they rest on (the registry,
 * src/queries/dimensions/index.ts; values has weight 0 and is left out).
 */
const compositeDimensions: { name: string; datasets: string[] }[] = [
  { name: 'UN votes', datasets: ['unga'] },
  { name: 'trade', datasets: ['trade'] },
  { name: 'finance', datasets: ['debt', 'debtservice'] },
  { name: 'investment', datasets: ['investment'] },
  { name: 'aid', datasets: ['aid'] },
  { name: 'security', datasets: ['security'] },
  { name: 'visits', datasets: ['visits'] },
];

function coverageOf(meta: Meta | undefined, ids: string[]): { from: number; to: number } | undefined {
  const spans = (meta?.snapshot.datasets ?? [])
    .filter((d) => ids.includes(d.id) && d.coverage.from !== null && d.coverage.to !== null)
    .map((d) => ({ from: d.coverage.from as number, to: d.coverage.to as number }));
  if (spans.length === 0) return undefined;
  return { from: Math.min(...spans.map((s) => s.from)), to: Math.max(...spans.map((s) => s.to)) };
}

/**
 * The years the composite bearing can be shown for: it needs the votes and the trade record (the API
 * answers from the first trade year, 1960), so the slider starts where both exist.
 */
export function compositeYears(meta: Meta | undefined): { from: number; to: number } | undefined {
  const votes = voteYears(meta);
  const trade = coverageOf(meta, ['trade']);
  return votes && trade ? { from: Math.max(votes.from, trade.from), to: votes.to } : votes;
}

/** The composite's dimensions with no data in `year`: "trade ends in 2020", "finance begins in 2000". */
export function lackingDimensions(meta: Meta | undefined, year: number | undefined): string[] {
  if (year === undefined) return [];
  return compositeDimensions.flatMap(({ name, datasets }) => {
    const c = coverageOf(meta, datasets);
    if (!c) return [];
    if (year > c.to) return [`${name} ends in ${c.to}`];
    if (year < c.from) return [`${name} begins in ${c.from}`];
    return [];
  });
}

export function mapState(
  params: URLSearchParams,
  caps: Set<string>,
  countries: Pick<Countries, 'name'>,
  meta: Meta | undefined,
): MapState {
  const poles = polesOf(params);
  const metrics = mapMetrics(caps);
  const metric = metrics.find((m) => m.id === params.get('metric')) ?? metrics[0];
  // The composite's measures start where the composite does; vote agreement where the votes do.
  const composite = metric?.composite ?? false;
  const span = composite ? compositeYears(meta) : voteYears(meta);
  // The default is the latest year most dimensions cover, not the last year only the votes reach.
  const year = yearOf(params) ?? (composite ? defaultMapYear(meta) : span?.to);
  const years = span ? Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i) : [];
  return {
    poles,
    poleNames: [countries.name(poles[0]), countries.name(poles[1])],
    metrics,
    metric,
    years,
    lastYear: span?.to,
    year,
    lacking: composite ? lackingDimensions(meta, year) : [],
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

/** The poles after choosing `value` for pole `i`; undefined when both would be the same. */
export function pickPole(poles: [string, string], i: 0 | 1, value: string): [string, string] | undefined {
  const next: [string, string] = [...poles];
  next[i] = value;
  return next[0] === next[1] ? undefined : next;
}

export type FigureStatus = 'loading' | 'ready' | 'error' | 'unavailable';

/** The figure's status while a metric loads: a pending re-run is loading, not the answer for the URL. */
export function figureStatus(
  metric: MapMetric | undefined,
  data: { value?: unknown; error?: Error; pending: boolean },
): FigureStatus {
  if (!metric) return 'unavailable';
  if (data.error) return data.error instanceof NeedsLiveApi ? 'unavailable' : 'error';
  return data.value && !data.pending ? 'ready' : 'loading';
}
