import { firstPoleColour, neutralColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import type { ChartView } from '../types';
import type { AlliancesData } from './shape';

export function renderAlliances(
  Plot: PlotModule,
  data: AlliancesData,
  view: ChartView,
  width: number,
): Element {
  // The last observed year (2018) starts the dashed, carried-forward segment so the lines join.
  const observed = data.rows.filter((r) => !r.carried);
  const lastObserved = Math.max(...observed.map((r) => r.year));
  const carried = data.rows.filter((r) => r.carried || r.year === lastObserved);
  const mnna = data.mnnaYears.map((year) => ({ year }));
  return Plot.plot({
    width,
    height: Math.max(220, Math.min(320, width * 0.35)),
    marginLeft: 48,
    marginTop: 28,
    marginRight: 12 + 7.5 * Math.max(...view.poleNames.map((n) => n.length)),
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd' },
    y: { label: 'Tie strength', domain: [0, 1.1], ticks: [0, 0.25, 0.5, 1], tickFormat: String, grid: true },
    color: { domain: view.poleNames, range: [firstPoleColour, secondPoleColour] },
    marks: [
      Plot.lineY(observed, { x: 'year', y: 'tie', stroke: 'pole', strokeWidth: 2, curve: 'step-after' }),
      Plot.lineY(carried, {
        x: 'year',
        y: 'tie',
        stroke: 'pole',
        strokeWidth: 2,
        strokeOpacity: 0.45,
        strokeDasharray: '4,3',
        curve: 'step-after',
      }),
      Plot.ruleX(mnna, { x: 'year', y1: 1.04, y2: 1.1, stroke: neutralColour, strokeWidth: 3 }),
      Plot.text(mnna.slice(0, 1), {
        x: 'year',
        y: 1.1,
        text: () => 'US major non-NATO ally',
        dy: -10,
        textAnchor: 'start',
        fill: neutralColour,
      }),
      // Each pole's label above or below its line's end, so equal ties do not print on top of each other.
      ...view.poleNames.map((pole, i) =>
        Plot.text(
          data.rows.filter((r) => r.pole === pole),
          Plot.selectLast({
            x: 'year',
            y: 'tie',
            text: 'pole',
            fill: 'pole',
            dx: 6,
            dy: i === 0 ? -7 : 7,
            textAnchor: 'start',
            fontWeight: 600,
          }),
        ),
      ),
      Plot.tip(
        data.rows,
        Plot.pointerX({
          x: 'year',
          y: 'tie',
          stroke: 'pole',
          channels: { obligations: 'obligations' },
          format: { x: 'd' },
        }),
      ),
    ],
  });
}
