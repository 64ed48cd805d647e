import { firstPoleColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import { endLabels } from '../labels';
import { tipFormat } from '../tips';
import type { ChartView } from '../types';
import type { ValuesData, ValuesRow } from './shape';

export function renderValues(Plot: PlotModule, data: ValuesData, view: ChartView, width: number): Element {
  const colour = (n: string) =>
    n === view.poleNames[0] ? firstPoleColour : n === view.poleNames[1] ? secondPoleColour : '#16150f';
  // One band per index (Plot's default padding 0.1 between bands): the height each facet's labels share.
  const band = ((420 - 20 - 30) / (data.indices.length - 0.1)) * 0.9;
  const labels = data.indices.flatMap((index) =>
    endLabels(
      data.rows.filter((r) => r.indexLabel === index),
      (r) => r.name,
      (r) => r.year,
      (r) => r.value,
      { domain: [0, 1], height: band },
    ).map((l) => ({ ...l, indexLabel: index })),
  );
  return Plot.plot({
    width,
    height: 420,
    marginTop: 20,
    marginBottom: 30,
    marginLeft: 44,
    marginRight: 12 + 7.5 * Math.max(...data.names.map((n) => n.length)),
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd', ticks: Math.max(1, Math.min(8, data.span)) },
    y: { label: 'Index (0-1)', domain: [0, 1], grid: true },
    fy: { label: null, domain: data.indices, axis: null },
    color: { label: 'Country', domain: data.names, range: data.names.map(colour) },
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
      Plot.text(labels, {
        x: 'x',
        y: 'labelY',
        fy: 'indexLabel',
        text: 'label',
        fill: 'label',
        dx: 6,
        textAnchor: 'start',
        fontWeight: 600,
      }),
      Plot.tip(
        data.rows,
        Plot.pointerX({
          x: { value: 'year', label: 'Year' },
          y: 'value',
          fy: 'indexLabel',
          stroke: 'name',
          channels: { 'Interval low': 'low', 'Interval high': 'high' },
          format: {
            x: tipFormat.year,
            y: tipFormat.index,
            stroke: true,
            'Interval low': tipFormat.index,
            'Interval high': tipFormat.index,
            fy: false,
          },
        }),
      ),
    ],
  });
}
