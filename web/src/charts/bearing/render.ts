import { num, positionText } from '../../format';
import { positionColour } from '../../palette';
import type { PlotModule } from '../../plot';
import { labelMargin } from '../margins';
import type { ChartView } from '../types';
import type { BearingData, BearingRow } from './shape';

type Dot = BearingRow & { position: number };

export function renderBearing(Plot: PlotModule, data: BearingData, view: ChartView, width: number): Element {
  const { order, present, missing } = data;
  return Plot.plot({
    width,
    height: 60 + data.rows.length * 44,
    // Fits the longest dimension label, up to 45% of the width (a phone still shows the dots).
    marginLeft: labelMargin(order, 13, { min: 120, max: Math.max(120, Math.round(width * 0.45)) }),
    marginRight: 24,
    marginTop: 36,
    style: { fontSize: '13px' },
    ariaLabel: data.summary,
    x: {
      domain: [-1, 1],
      label: null,
      ticks: [-1, -0.5, 0, 0.5, 1],
      tickFormat: (v: number) => (v === 0 ? '0' : v.toFixed(1)),
    },
    y: { domain: order, label: null, tickSize: 0 },
    marks: [
      Plot.ruleY(order, { x1: -1, x2: 1, stroke: '#e3e0d8' }),
      Plot.ruleX([0], { stroke: '#999', strokeDasharray: '2,3' }),
      Plot.text([`← ${view.poleNames[0]}`], {
        x: -1,
        frameAnchor: 'top',
        dy: -24,
        textAnchor: 'start',
        fontWeight: 700,
        fill: positionColour(-0.9),
      }),
      Plot.text([`${view.poleNames[1]} →`], {
        x: 1,
        frameAnchor: 'top',
        dy: -24,
        textAnchor: 'end',
        fontWeight: 700,
        fill: positionColour(0.9),
      }),
      ...[
        { rows: present.filter((d) => d.dimension === 'composite'), r: 10, strokeWidth: 2 },
        { rows: present.filter((d) => d.dimension !== 'composite'), r: 7, strokeWidth: 1 },
      ].map(({ rows: dots, r, strokeWidth }) =>
        Plot.dot(dots, {
          x: 'position',
          y: 'label',
          r,
          fill: (d: Dot) => positionColour(d.position),
          stroke: '#111',
          strokeWidth,
          tip: true,
          title: (d: Dot) =>
            `${d.label}: ${positionText(d.position)}${d.weight !== null ? `\nweight ${num(d.weight)}` : ''}`,
        }),
      ),
      Plot.text(missing, { x: 0, y: 'label', text: () => 'no data', fill: '#6b675d', fontStyle: 'italic' }),
    ],
  });
}
