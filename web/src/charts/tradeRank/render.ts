import { firstPoleColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import type { ChartData, ChartView } from '../types';
import type { RankPoint } from './shape';

export function renderTradeRank(
  Plot: PlotModule,
  data: ChartData<RankPoint>,
  view: ChartView,
  width: number,
): Element {
  const worst = Math.max(...data.rows.map((r) => r.rank));
  return Plot.plot({
    width,
    height: Math.max(220, Math.min(320, width * 0.35)),
    marginLeft: 48,
    marginRight: 12 + 7.5 * Math.max(...view.poleNames.map((n) => n.length)),
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd' },
    y: {
      label: 'Rank among partners (1 = largest)',
      reverse: true,
      domain: [1, Math.max(5, worst)],
      grid: true,
    },
    color: { domain: view.poleNames, range: [firstPoleColour, secondPoleColour] },
    marks: [
      Plot.lineY(data.rows, { x: 'year', y: 'rank', stroke: 'partner', strokeWidth: 2, curve: 'step' }),
      Plot.text(
        data.rows,
        Plot.selectLast({
          x: 'year',
          y: 'rank',
          z: 'partner',
          text: 'partner',
          fill: 'partner',
          dx: 6,
          textAnchor: 'start',
          fontWeight: 600,
        }),
      ),
      Plot.tip(
        data.rows,
        Plot.pointerX({
          x: 'year',
          y: 'rank',
          stroke: 'partner',
          channels: { Partner: 'partner', 'Share of trade': 'share', 'Of partners': 'of' },
          format: { x: 'd', y: true, 'Share of trade': '.1%', stroke: false },
        }),
      ),
    ],
  });
}
