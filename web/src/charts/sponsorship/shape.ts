import type { SponsorshipRow } from '../../../../src/api/types';
import { pct } from '../../format';
import type { ChartData, ChartView } from '../types';

type SponsorshipPoint = SponsorshipRow & { poleName: string; share: number; worldMedian: number };
export type SponsorshipData = ChartData<SponsorshipRow> & {
  /** Years where the state sponsored something and the world has a median: one line per pole and its median. */
  points: SponsorshipPoint[];
};

const sponsorshipColumns = [
  'year',
  'country',
  'pole',
  'sponsored',
  'coSponsored',
  'share',
  'worldMedian',
  'relative',
  'resolutions',
];

/** Share of the state's resolutions co-sponsored with each pole, and the world median; missing years left out. */
export function shapeSponsorship(answer: SponsorshipRow[], view: ChartView): SponsorshipData | null {
  const points = answer
    .filter((r) => r.share !== null && r.worldMedian !== null)
    .map((r) => ({
      ...r,
      share: r.share as number,
      worldMedian: r.worldMedian as number,
      poleName:
        r.pole === view.poles[0] ? view.poleNames[0] : r.pole === view.poles[1] ? view.poleNames[1] : r.pole,
    }));
  if (points.length === 0) return null;
  const years = points.map((p) => p.year);
  const last = Math.max(...years);
  const yr = view.year && years.includes(view.year) ? view.year : last;
  const at = (pole: string) => points.find((p) => p.pole === pole && p.year === yr);
  const a = at(view.poles[0]);
  const b = at(view.poles[1]);
  const sponsored = (a ?? b)?.sponsored ?? 0;
  return {
    rows: answer.map((r) => ({ ...r })),
    columns: sponsorshipColumns,
    subtitle:
      'Of the adopted resolutions the country sponsored each year, the share a pole also sponsored (solid), beside the same share for the median state (dashed)',
    summary: `Line chart, ${Math.min(...years)}–${last}. In ${yr}, ${view.countryName} sponsored ${sponsored} resolutions; ${view.poleNames[0]} co-sponsored ${pct(a?.share)} of them (world median ${pct(a?.worldMedian)}) and ${view.poleNames[1]} ${pct(b?.share)} (median ${pct(b?.worldMedian)}).`,
    points,
  };
}
