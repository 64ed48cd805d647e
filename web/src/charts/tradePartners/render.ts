import { pct } from '../../format';
import { firstPoleColour, neutralColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import { tipFormat } from '../tips';
import type { ChartData, ChartView } from '../types';
import type { PartnerBar } from './shape';

export function renderTradePartners(
  Plot: PlotModule,
  data: ChartData<PartnerBar>,
  view: ChartView,
  width: number,
): Element {
  const colour = (d: PartnerBar) =>
    d.partner === view.poles[0]
      ? firstPoleColour
      : d.partner === view.poles[1]
        ? secondPoleColour
        : '#c9c5ba';
  return Plot.plot({
    width,
    height: 40 + data.rows.length * 26,
    marginLeft: 150,
    marginRight: 56,
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: 'Share of total trade', tickFormat: '.0%', grid: true },
    y: { label: null, domain: data.rows.map((r) => r.name) },
    marks: [
      Plot.barX(data.rows, {
        x: 'share',
        y: 'name',
        fill: colour,
        channels: { Partner: 'name', 'Total trade': 'total', 'Share of total trade': 'share' },
        tip: {
          format: {
            Partner: true,
            'Total trade': tipFormat.usdMillions,
            'Share of total trade': tipFormat.share,
            x: false,
            y: false,
          },
        },
      }),
      Plot.text(data.rows, {
        x: 'share',
        y: 'name',
        text: (d: PartnerBar) => pct(d.share, 1),
        dx: 4,
        textAnchor: 'start',
        fill: neutralColour,
      }),
      Plot.ruleX([0]),
    ],
  });
}
