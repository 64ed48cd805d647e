import { firstPoleColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import { endLabels } from '../labels';
import { tipFormat } from '../tips';
import type { ChartData, ChartView } from '../types';
import type { RankPoint } from './shape';

export function renderTradeRank(
  Plot: PlotModule,
  data: ChartData<RankPoint>,
  view: ChartView,
  width: number,
): Element {
  const worst = Math.max(...data.rows.map((r) => r.rank));
  const height = Math.max(220, Math.min(320, width * 0.35));
  const domain: [number, number] = [1, Math.max(5, worst)];
  const labels = endLabels(
    data.rows,
    (r) => r.partner,
    (r) => r.year,
    (r) => r.rank,
    {
      domain,
      height: height - 20 - 30,
      reverse: true,
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
    y: {
      label: 'Rank among partners (1 = largest)',
      reverse: true,
      domain,
      grid: true,
    },
    color: { domain: view.poleNames, range: [firstPoleColour, secondPoleColour] },
    marks: [
      Plot.lineY(data.rows, { x: 'year', y: 'rank', stroke: 'partner', strokeWidth: 2, curve: 'step' }),
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
          y: 'rank',
          stroke: 'partner',
          channels: { Partner: 'partner', 'Share of trade': 'share', 'Of partners': 'of' },
          format: { x: tipFormat.year, y: true, 'Share of trade': tipFormat.share, stroke: false },
        }),
      ),
    ],
  });
}
