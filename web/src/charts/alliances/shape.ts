import type { SecurityYear } from '../../../../src/api/types';
import type { ChartData, ChartView } from '../types';

export type TiePoint = { year: number; pole: string; tie: number; obligations: string; carried: boolean };

export interface AlliancesData extends ChartData<TiePoint> {
  /** Years the country was a US major non-NATO ally. */
  mnnaYears: number[];
}

/** Two rows a year (the tie with each pole), flagged when ATOP 2018 is carried forward; MNNA years apart. */
export function shapeAlliances(rows: SecurityYear[], view: ChartView): AlliancesData | null {
  if (rows.length === 0) return null;
  const words = (o: string) => (o ? o.replace(/,/g, ', ') : 'none');
  const long = rows.flatMap((r) => [
    {
      year: r.year,
      pole: view.poleNames[0],
      tie: r.allianceTieFirst,
      obligations: words(r.allianceObligationsFirst),
      carried: r.allianceCarriedForward,
    },
    {
      year: r.year,
      pole: view.poleNames[1],
      tie: r.allianceTieSecond,
      obligations: words(r.allianceObligationsSecond),
      carried: r.allianceCarriedForward,
    },
  ]);
  const last = rows[rows.length - 1];
  return {
    rows: long,
    columns: ['year', 'pole', 'tie', 'obligations', 'carried'],
    mnnaYears: rows.filter((r) => r.mnna).map((r) => r.year),
    subtitle:
      'Strongest obligation with any member: defence/offence 1, neutrality/non-aggression 0.5, consultation 0.25',
    summary: `Step lines ${rows[0].year}–${last.year}. In ${last.year}: ${view.poleNames[0]} ${words(last.allianceObligationsFirst)}, ${view.poleNames[1]} ${words(last.allianceObligationsSecond)}${last.allianceCarriedForward ? ' (ATOP 2018 carried forward)' : ''}${last.mnna ? '; a US major non-NATO ally' : ''}.`,
  };
}
