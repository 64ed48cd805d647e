import type { FinanceDistribution } from '../../../../src/api/types';
import { pct } from '../../format';
import type { ChartData, ChartView } from '../types';

export type DistributionBar = {
  year: number;
  projected: boolean;
  multilaterals: 'none' | 'shareholders';
  from: number;
  to: number;
  debtors: number;
  saturated: boolean;
};

export interface FinanceDistributionData extends ChartData<DistributionBar> {
  /** Facet labels: columns by year, rows by setting. */
  yearLabels: string[];
  settingLabels: string[];
  yearLabel(r: Pick<DistributionBar, 'year' | 'projected'>): string;
  settingLabel(m: DistributionBar['multilaterals']): string;
}

const settingWords = {
  none: 'country creditors only (none)',
  shareholders: 'IDA/IBRD by votes (shareholders, default)',
} as const;

const yearLabel = (r: Pick<DistributionBar, 'year' | 'projected'>) =>
  `${r.year}${r.projected ? ' (projected)' : ''}`;
const settingLabel = (m: DistributionBar['multilaterals']) => settingWords[m];
const saturatedWords = (d: FinanceDistribution) =>
  `${d.saturated} of ${d.withPosition} (${pct(d.saturatedShare, 1)})`;

/** One bar per histogram bin of each year and setting; null when no answer has a position. */
export function shapeFinanceDistribution(
  answers: FinanceDistribution[],
  view: ChartView,
): FinanceDistributionData | null {
  const drawn = answers.filter((d) => d.withPosition > 0);
  if (drawn.length === 0) return null;
  const rows = drawn.flatMap((d) =>
    d.bins.map((b) => ({
      year: d.year,
      projected: d.projected,
      multilaterals: d.multilaterals,
      from: b.from,
      to: b.to,
      debtors: b.count,
      saturated: b.saturated,
    })),
  );
  const years = [...new Map(drawn.map((d) => [yearLabel(d), d.year])).entries()].sort((a, b) => a[1] - b[1]);
  const settings = [...new Set(drawn.map((d) => d.multilaterals))].sort();
  const bySetting = (m: string) => drawn.filter((d) => d.multilaterals === m).sort((a, b) => a.year - b.year);
  const sentence = (m: 'none' | 'shareholders') =>
    `${settingLabel(m)}: ${bySetting(m)
      .map((d) => `${saturatedWords(d)} in ${yearLabel(d)}`)
      .join(', ')}`;
  const summary = `Debtors at |position| >= 0.95 (one pole at least 39 times the other), ${view.poleNames[0]} -1 to ${view.poleNames[1]} +1. ${settings.map(sentence).join('. ')}.`;
  const coverage = drawn
    .map(
      (d) =>
        `${yearLabel(d)}, ${d.multilaterals}: ${d.debtorsRead} IDS debtors read, ${d.withPosition} with a position (${d.debtorsRead - d.withPosition} pay neither pole)`,
    )
    .join('; ');
  return {
    rows,
    columns: ['year', 'projected', 'multilaterals', 'from', 'to', 'debtors', 'saturated'],
    summary,
    subtitle: `Finance positions of all World Bank IDS debtors (debt service), ${view.poleNames[0]} −1 to ${view.poleNames[1]} +1; bars count debtors, dark bars |position| ≥ 0.95`,
    coverageNote: `Coverage: ${coverage}. Poles ${drawn[0].poles.join(', ')}; debt service ${drawn[0].coverage.from}–${drawn[0].coverage.to}, 2023 on IDS projections.`,
    yearLabels: years.map(([label]) => label),
    settingLabels: settings.map(settingLabel),
    yearLabel,
    settingLabel,
  };
}
