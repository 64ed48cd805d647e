import { firstPoleColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import type { ChartView } from '../types';
import type { SponsorshipData } from './shape';

export function renderSponsorship(
  Plot: PlotModule,
  data: SponsorshipData,
  view: ChartView,
  width: number,
): Element {
  const rows = data.points;
  return Plot.plot({
    width,
    height: Math.max(240, Math.min(360, width * 0.4)),
    marginLeft: 44,
    marginRight: 12 + 7.5 * Math.max(...view.poleNames.map((n) => n.length)),
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd' },
    y: { domain: [0, 1], grid: true, label: 'Co-sponsored', tickFormat: '.0%' },
    color: { domain: view.poleNames, range: [firstPoleColour, secondPoleColour] },
    marks: [
      Plot.lineY(rows, {
        x: 'year',
        y: 'worldMedian',
        stroke: 'poleName',
        strokeDasharray: '4,3',
        strokeOpacity: 0.7,
      }),
      Plot.lineY(rows, { x: 'year', y: 'share', stroke: 'poleName', strokeWidth: 2 }),
      Plot.dot(rows, { x: 'year', y: 'share', fill: 'poleName', r: 3 }),
      Plot.text(
        rows,
        Plot.selectLast({
          x: 'year',
          y: 'share',
          z: 'poleName',
          text: 'poleName',
          fill: 'poleName',
          dx: 6,
          textAnchor: 'start',
          fontWeight: 600,
        }),
      ),
    ],
  });
}
