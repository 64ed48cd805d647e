import { firstPoleColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import { endLabels } from '../labels';
import type { ChartView } from '../types';
import type { SponsorshipData } from './shape';

export function renderSponsorship(
  Plot: PlotModule,
  data: SponsorshipData,
  view: ChartView,
  width: number,
): Element {
  const rows = data.points;
  const height = Math.max(240, Math.min(360, width * 0.4));
  const domain: [number, number] = [0, 1];
  const labels = endLabels(
    data.points,
    (r) => r.poleName,
    (r) => r.year,
    (r) => r.share,
    {
      domain,
      height: height - 20 - 30,
    },
  );
  return Plot.plot({
    width,
    height,
    marginTop: 20,
    marginBottom: 30,
    marginLeft: 44,
    marginRight: 12 + 7.5 * Math.max(...view.poleNames.map((n) => n.length)),
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd' },
    y: { domain, grid: true, label: 'Co-sponsored', tickFormat: '.0%' },
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
      Plot.text(labels, {
        x: 'x',
        y: 'labelY',
        text: 'label',
        fill: 'label',
        dx: 6,
        textAnchor: 'start',
        fontWeight: 600,
      }),
    ],
  });
}
