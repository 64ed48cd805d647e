// A chart asked for a year its data do not cover shows the nearest year it has and says so, instead of
// the API's "year must be a year from 1960 to 2020". Load clamps the year to the dataset's span (from
// GET /meta); shape compares the year answered with the year asked and words the difference.
import type { Meta } from '../../../src/api/types';

/** The years a dataset of the snapshot covers, when it states them. */
export function datasetYears(
  meta: { snapshot: { datasets: readonly Pick<Meta['snapshot']['datasets'][number], 'id' | 'coverage'>[] } },
  id: string,
): { from: number; to: number } | undefined {
  const d = meta.snapshot.datasets.find((x) => x.id === id);
  return d && d.coverage.from !== null && d.coverage.to !== null
    ? { from: d.coverage.from, to: d.coverage.to }
    : undefined;
}

/** `year` moved into the span (unchanged when inside it, or when there is no year or no span). */
export function nearestYear(
  year: number | undefined,
  span: { from: number; to: number } | undefined,
): number | undefined {
  if (year === undefined || !span) return year;
  return Math.min(span.to, Math.max(span.from, year));
}

/** What the chart says when it shows another year than the one asked for; undefined when the same. */
export function otherYearNote(asked: number | undefined, shown: number, what: string): string | undefined {
  if (asked === undefined || asked === shown) return undefined;
  return `No ${what} for ${asked}: ${asked > shown ? 'the data end' : 'the data begin'} in ${shown}, the nearest year, shown here.`;
}
