import { pct } from '../../format';
import { firstPoleColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import { labelMargin } from '../margins';
import { tipFormat } from '../tips';
import type { ChartData, ChartView } from '../types';
import type { CreditorBar } from './shape';

/** A creditor's name as the axis shows it: at most 28 characters (the tip and the table have it whole). */
const short = (s: string) => (s.length > 28 ? `${s.slice(0, 27)}…` : s);

export function renderCreditors(
  Plot: PlotModule,
  data: ChartData<CreditorBar>,
  view: ChartView,
  width: number,
): Element {
  const fill = (d: CreditorBar) =>
    d.country === view.poles[0]
      ? firstPoleColour
      : d.country === view.poles[1]
        ? secondPoleColour
        : '#c9c5ba';
  return Plot.plot({
    width,
    height: 40 + data.rows.length * 26,
    // Fits the longest (shortened) creditor name, up to 40% of the width.
    marginLeft: labelMargin(
      data.rows.map((r) => short(r.creditor)),
      12,
      {
        min: 120,
        max: Math.max(120, Math.round(width * 0.4)),
      },
    ),
    marginRight: 56,
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: {
      label: data.rows[0]?.service === undefined ? 'Share of the debt stock' : 'Share of debt service',
      tickFormat: '.0%',
      grid: true,
    },
    y: {
      label: null,
      domain: data.rows.map((r) => r.creditor),
      tickFormat: short,
    },
    marks: [
      Plot.barX(data.rows, {
        x: 'share',
        y: 'creditor',
        fill,
        channels: { Creditor: 'creditor', Share: 'share' },
        tip: { format: { Creditor: true, Share: tipFormat.share, x: false, y: false } },
      }),
      Plot.text(data.rows, {
        x: 'share',
        y: 'creditor',
        text: (d: CreditorBar) => pct(d.share, 1),
        dx: 4,
        textAnchor: 'start',
        fill: '#6b6b6b',
      }),
      Plot.ruleX([0]),
    ],
  });
}
