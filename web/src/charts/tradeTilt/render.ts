import { firstPoleColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import { endLabels, extent } from '../labels';
import { tipFormat } from '../tips';
import type { ChartData, ChartView } from '../types';
import type { TiltPoint } from './shape';

export function renderTradeTilt(
  Plot: PlotModule,
  data: ChartData<TiltPoint>,
  view: ChartView,
  width: number,
): Element {
  const height = Math.max(240, Math.min(360, width * 0.4));
  const domain: [number, number] = [0, extent(data.rows.map((r) => r.share))[1]];
  const labels = endLabels(
    data.rows,
    (r) => r.pole,
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
    marginLeft: 48,
    marginRight: 12 + 7.5 * Math.max(...view.poleNames.map((n) => n.length)),
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd' },
    y: { label: 'Share of total trade', tickFormat: '.0%', grid: true, domain },
    color: { label: 'Partner', domain: view.poleNames, range: [firstPoleColour, secondPoleColour] },
    marks: [
      ...(view.year ? [Plot.ruleX([view.year], { stroke: '#999', strokeDasharray: '3,3' })] : []),
      Plot.lineY(data.rows, { x: 'year', y: 'share', stroke: 'pole', strokeWidth: 2 }),
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
          y: 'share',
          stroke: 'pole',
          format: { x: tipFormat.year, y: tipFormat.share },
        }),
      ),
    ],
  });
}
