import type { Profile } from '../../../../src/api/types';
import { num, positionWords } from '../../format';
import type { ChartData, ChartView } from '../types';
import { dimensionNames, dimensionLabel as label } from './dimensions';

export type BearingRow = {
  dimension: string;
  label: string;
  position: number | null;
  engagement: number | null;
  weight: number | null;
  balance: number | null;
  source: string;
};

export type BearingData = ChartData<BearingRow> & {
  /** The rows in order: the y domain. */
  order: string[];
  /** Rows with a position: dots (the composite drawn larger). */
  present: BearingRow[];
  /** Rows without: "no data" in words, never a dot at zero. */
  missing: BearingRow[];
};

/** The composite and each dimension in the profile's year, as one dot row each. */
export function shapeBearing(p: Profile, view: ChartView): BearingData {
  const rows: BearingRow[] = [
    {
      dimension: 'composite',
      label: label('composite'),
      position: p.position,
      engagement: null,
      weight: null,
      balance: p.balance,
      source: 'weighted mean of the dimensions',
    },
    ...dimensionNames(p).map((d) => ({
      dimension: d,
      // A dimension outside the overall position (weight 0) says so in its label.
      label: p.weights[d] === 0 && p.dimensions[d]?.position != null ? `${label(d)} (weight 0)` : label(d),
      position: p.dimensions[d]?.position ?? null,
      engagement: p.dimensions[d]?.engagement ?? null,
      weight: p.weights[d] ?? null,
      balance: null,
      source: p.dimensions[d]?.source ?? '',
    })),
  ];
  const words = rows
    .map(
      (r) =>
        `${r.label}: ${r.position === null ? 'no data' : `${num(r.position)} (${positionWords(r.position, view.poleNames)})`}`,
    )
    .join('; ');
  return {
    rows,
    columns: ['dimension', 'position', 'engagement', 'weight', 'balance', 'source'],
    subtitle: `Position in ${p.year} from −1 (${view.poleNames[0]}) to +1 (${view.poleNames[1]}), each year measured against the world's distribution. Balance: ${num(p.balance)} (1 = engages both poles fully and evenly).`,
    // With fewer than two dimensions there is no stance: the summary says so first.
    summary: `Dot chart for ${p.year}. ${p.coverage.label ? `${p.coverage.label}. ` : ''}${words}.`,
    order: rows.map((r) => r.label),
    present: rows.filter((r) => r.position !== null),
    missing: rows.filter((r) => r.position === null),
  };
}
