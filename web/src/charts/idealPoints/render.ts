import { firstPoleColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import { endLabels, extent } from '../labels';
import { tipFormat } from '../tips';
import type { ChartView } from '../types';
import type { IdealPointRow, IdealPointsData } from './shape';

export function renderIdealPoints(
  Plot: PlotModule,
  data: IdealPointsData,
  view: ChartView,
  width: number,
): Element {
  const { names } = data;
  const height = Math.max(260, Math.min(380, width * 0.42));
  const domain = extent(data.rows.flatMap((r) => [r.low, r.high, r.idealPoint]));
  // Names at the lines' ends, moved apart where lines end close (Kenya and China did).
  const labels = endLabels(
    data.rows,
    (r) => r.name,
    (r) => r.year,
    (r) => r.idealPoint,
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
    marginRight: 12 + 7.5 * Math.max(...names.map((n) => n.length)),
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd' },
    y: { label: 'Ideal point', grid: true, domain },
    color: { label: 'Country', domain: names, range: [firstPoleColour, '#16150f', secondPoleColour] },
    marks: [
      Plot.areaY(data.rows, {
        x: 'year',
        y1: 'low',
        y2: 'high',
        fill: 'name',
        fillOpacity: 0.18,
        curve: 'step',
      }),
      Plot.lineY(data.rows, {
        x: 'year',
        y: 'idealPoint',
        stroke: 'name',
        strokeWidth: (d: IdealPointRow) => (d.country === view.country ? 2.5 : 1.5),
      }),
      Plot.text(labels, {
        x: 'x',
        y: 'labelY',
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
          y: 'idealPoint',
          stroke: 'name',
          channels: { 'Interval low': 'low', 'Interval high': 'high' },
          format: {
            x: tipFormat.year,
            y: tipFormat.index,
            stroke: true,
            'Interval low': tipFormat.index,
            'Interval high': tipFormat.index,
          },
        }),
      ),
    ],
  });
}
