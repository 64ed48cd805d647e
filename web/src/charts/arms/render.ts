import { firstPoleColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import { tipFormat } from '../tips';
import type { ChartData, ChartView } from '../types';
import { type ArmsBar, nonStateSuppliers, otherSuppliers } from './shape';

export function renderArms(
  Plot: PlotModule,
  data: ChartData<ArmsBar>,
  view: ChartView,
  width: number,
): Element {
  const domain = [view.poleNames[0], view.poleNames[1], otherSuppliers, nonStateSuppliers];
  return Plot.plot({
    width,
    height: Math.max(240, Math.min(360, width * 0.4)),
    marginLeft: 52,
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd', interval: 1 },
    y: { label: 'TIV (millions)', grid: true },
    color: { domain, range: [firstPoleColour, secondPoleColour, '#c9c5ba', '#8c8c8c'], legend: true },
    marks: [
      ...(view.year ? [Plot.ruleX([view.year], { stroke: '#999', strokeDasharray: '3,3' })] : []),
      Plot.rectY(data.rows, {
        x: 'year',
        y: 'tiv',
        fill: 'group',
        order: domain,
        interval: 1,
        channels: { Year: 'year', Supplier: 'supplier', Group: 'group', 'TIV (millions)': 'tiv' },
        tip: {
          format: {
            Year: tipFormat.year,
            Supplier: true,
            Group: true,
            'TIV (millions)': ',.1f',
            x: false,
            y: false,
            fill: false,
          },
        },
      }),
      Plot.ruleY([0]),
    ],
  });
}
