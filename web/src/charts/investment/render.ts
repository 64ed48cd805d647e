import { categorical, firstPoleColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import { tipFormat } from '../tips';
import type { ChartView } from '../types';
import type { InvestmentData, InvestmentPoint } from './shape';

export function renderInvestment(
  Plot: PlotModule,
  data: InvestmentData,
  view: ChartView,
  width: number,
): Element {
  const others = categorical.filter((_, i) => i !== 4);
  const colour = (name: string, i: number) =>
    name === view.poleNames[0]
      ? firstPoleColour
      : name === view.poleNames[1]
        ? secondPoleColour
        : others[i % others.length];
  const reported = data.rows.filter((r) => r.basis === 'reported');
  const derived = data.rows.filter((r) => r.basis === 'derived');
  return Plot.plot({
    width,
    height: Math.max(240, Math.min(340, width * 0.4)),
    marginLeft: 56,
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd', interval: 1 },
    y: { label: 'US$ m', grid: true },
    color: { domain: data.names, range: data.names.map(colour), legend: true },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(reported, { x: 'year', y: 'value', stroke: 'name', strokeWidth: 2, marker: 'dot' }),
      Plot.lineY(derived, {
        x: 'year',
        y: 'value',
        stroke: 'name',
        strokeWidth: 1.5,
        strokeDasharray: '4,3',
      }),
      Plot.tip(
        data.rows,
        Plot.pointerX({
          x: 'year',
          y: 'value',
          stroke: 'name',
          channels: {
            Year: 'year',
            Investor: 'name',
            'Direct investment': 'value',
            Basis: (d: InvestmentPoint) => d.basis,
          },
          format: {
            Year: tipFormat.year,
            Investor: true,
            'Direct investment': tipFormat.usdMillions,
            Basis: true,
            x: false,
            y: false,
            stroke: false,
          },
        }),
      ),
    ],
  });
}
