import { firstPoleColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import type { ChartView } from '../types';
import type { ValuesData, ValuesRow } from './shape';

export function renderValues(Plot: PlotModule, data: ValuesData, view: ChartView, width: number): Element {
  const colour = (n: string) =>
    n === view.poleNames[0] ? firstPoleColour : n === view.poleNames[1] ? secondPoleColour : '#16150f';
  return Plot.plot({
    width,
    height: 420,
    marginLeft: 44,
    marginRight: 12 + 7.5 * Math.max(...data.names.map((n) => n.length)),
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd', ticks: Math.max(1, Math.min(8, data.span)) },
    y: { label: 'Index (0-1)', domain: [0, 1], grid: true },
    fy: { label: null, domain: data.indices, axis: null },
    color: { domain: data.names, range: data.names.map(colour) },
    marks: [
      Plot.text(data.indices, {
        fy: (d: string) => d,
        text: (d: string) => d,
        frameAnchor: 'top-left',
        dy: 2,
        fontWeight: 600,
      }),
      Plot.areaY(data.rows, {
        x: 'year',
        y1: 'low',
        y2: 'high',
        fy: 'indexLabel',
        fill: 'name',
        fillOpacity: 0.18,
      }),
      Plot.lineY(data.rows, {
        x: 'year',
        y: 'value',
        fy: 'indexLabel',
        stroke: 'name',
        strokeWidth: (d: ValuesRow) => (d.country === view.country ? 2.5 : 1.5),
      }),
      Plot.text(
        data.rows,
        Plot.selectLast({
          x: 'year',
          y: 'value',
          z: 'name',
          fy: 'indexLabel',
          text: 'name',
          fill: 'name',
          dx: 6,
          textAnchor: 'start',
          fontWeight: 600,
        }),
      ),
      Plot.tip(
        data.rows,
        Plot.pointerX({
          x: 'year',
          y: 'value',
          fy: 'indexLabel',
          stroke: 'name',
          channels: { low: 'low', high: 'high' },
          format: { x: 'd', y: '.2f', stroke: true, fy: false },
        }),
      ),
    ],
  });
}
