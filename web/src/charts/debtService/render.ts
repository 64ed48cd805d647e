import { categorical } from '../../palette';
import type { PlotModule } from '../../plot';
import { tipFormat } from '../tips';
import type { ChartData, ChartView } from '../types';
import type { ServiceBar } from './shape';

export function renderDebtService(
  Plot: PlotModule,
  data: ChartData<ServiceBar>,
  _view: ChartView,
  width: number,
): Element {
  return Plot.plot({
    width,
    height: Math.max(220, Math.min(320, width * 0.36)),
    marginLeft: 48,
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd', interval: 1 },
    y: { label: 'US$ bn', grid: true, transform: (v: number) => v / 1e9 },
    color: { domain: ['reported', 'projected'], range: [categorical[0], '#a6cbe3'], legend: true },
    marks: [
      Plot.barY(data.rows, {
        x: 'year',
        y: 'service',
        fill: (d: ServiceBar) => (d.projected ? 'projected' : 'reported'),
        channels: {
          Year: 'year',
          'Debt service': 'service',
          Figures: (d: ServiceBar) => (d.projected ? 'IDS projection' : 'reported'),
        },
        tip: {
          format: {
            Year: tipFormat.year,
            'Debt service': tipFormat.usd,
            Figures: true,
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
