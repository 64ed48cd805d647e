import { missingColour, visitTypeColour } from '../../palette';
import type { PlotModule } from '../../plot';
import { labelMargin } from '../margins';
import { tipFormat } from '../tips';
import type { ChartView } from '../types';
import type { LeaderVisitBar, LeaderVisitsData } from './shape';

export function renderLeaderVisits(
  Plot: PlotModule,
  data: LeaderVisitsData,
  _view: ChartView,
  width: number,
): Element {
  const years = data.rows.map((r) => r.year);
  const all = Object.values(data.coverage).flat();
  const from = Math.min(...years, ...all);
  const to = Math.max(...years, ...all);
  // Years outside a pole's record are shaded: no record there, not zero visits.
  const uncovered = data.poles.flatMap((pole) => {
    const [a, b] = data.coverage[pole];
    const out: { pole: string; x1: number; x2: number }[] = [];
    if (a > from) out.push({ pole, x1: from - 0.5, x2: a - 0.5 });
    if (b < to) out.push({ pole, x1: b + 0.5, x2: to + 0.5 });
    return out;
  });
  return Plot.plot({
    width,
    height: 120 + 110 * data.poles.length,
    marginLeft: 40,
    // The facets' names (the poles) print to the right of the panels: room for the longest.
    marginRight: labelMargin(data.poles, 12, { min: 24 }),
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd', domain: [from - 0.5, to + 0.5] },
    y: { label: 'stays (out ↑, in ↓)', grid: true },
    fy: { domain: data.poles, label: null },
    color: { domain: data.kinds, range: data.kinds.map(visitTypeColour), legend: true },
    marks: [
      Plot.rect(uncovered, { x1: 'x1', x2: 'x2', fy: 'pole', fill: missingColour, fillOpacity: 0.6 }),
      Plot.rectY(data.rows, {
        x1: (d: LeaderVisitBar) => d.year - 0.4,
        x2: (d: LeaderVisitBar) => d.year + 0.4,
        y: 'signed',
        fy: 'pole',
        fill: 'kind',
        channels: { Pole: 'pole', Year: 'year', Direction: 'direction', Level: 'kind', Stays: 'stays' },
        tip: {
          format: {
            Pole: true,
            Year: tipFormat.year,
            Direction: true,
            Level: true,
            Stays: true,
            x1: false,
            x2: false,
            y: false,
            fy: false,
            fill: false,
          },
        },
      }),
      Plot.ruleY([0], { stroke: '#555' }),
    ],
  });
}
