import type { PlotModule } from '../../plot';
import { tipFormat } from '../tips';
import type { ChartView } from '../types';
import type { BearingSeriesData } from './shape';

export function renderBearingSeries(
  Plot: PlotModule,
  data: BearingSeriesData,
  view: ChartView,
  width: number,
): Element {
  return Plot.plot({
    width,
    height: Math.max(260, Math.min(380, width * 0.42)),
    marginLeft: 44,
    marginRight: 12,
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd' },
    y: { domain: [-1, 1], grid: true, label: `↑ ${view.poleNames[1]} · ${view.poleNames[0]} ↓` },
    color: {
      label: 'Measure',
      domain: data.names,
      range: [
        '#16150f',
        '#0072B2',
        '#009E73',
        '#CC79A7',
        '#E69F00',
        '#56B4E9',
        '#D55E00',
        '#F0E442',
        '#999999',
      ],
      legend: true,
    },
    marks: [
      Plot.ruleY([0], { stroke: '#999' }),
      ...(view.year ? [Plot.ruleX([view.year], { stroke: '#999', strokeDasharray: '3,3' })] : []),
      Plot.lineY(data.dimensionLines, {
        x: 'year',
        y: 'position',
        stroke: 'series',
        strokeWidth: 1.25,
        strokeOpacity: 0.85,
      }),
      Plot.lineY(data.compositeLine, { x: 'year', y: 'position', stroke: 'series', strokeWidth: 3 }),
      // Years read from one dimension: a hollow point on the line, no stance (docs/methods/bearing.md).
      ...(data.partial.length
        ? [Plot.dot(data.partial, { x: 'year', y: 'position', r: 4, fill: 'white', stroke: '#16150f' })]
        : []),
      Plot.tip(
        data.drawn,
        Plot.pointerX({
          x: { value: 'year', label: 'Year' },
          y: 'position',
          stroke: 'series',
          // The y axis's label (the poles with arrows) would name this line: a plain name instead.
          channels: { Position: 'position' },
          format: { x: tipFormat.year, y: false, Position: tipFormat.position },
        }),
      ),
    ],
  });
}
