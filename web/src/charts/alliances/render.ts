import { firstPoleColour, neutralColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import { endLabels } from '../labels';
import { tipFormat } from '../tips';
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
  const years = data.rows.map((r) => r.year);
  // The designation's label runs away from the nearer edge (Kenya's, in 2024, ran off the right).
  const mnnaAnchor =
    mnna.length && mnna[0].year > (Math.min(...years) + Math.max(...years)) / 2 ? 'end' : 'start';
  const height = Math.max(220, Math.min(320, width * 0.35));
  const domain: [number, number] = [0, 1.1];
  // Each pole's label at its line's end, apart from the other's (equal ties printed on top of each other).
  const labels = endLabels(
    data.rows,
    (r) => r.pole,
    (r) => r.year,
    (r) => r.tie,
    {
      domain,
      height: height - 28 - 30,
    },
  );
  return Plot.plot({
    width,
    height,
    marginLeft: 48,
    marginTop: 28,
    marginBottom: 30,
    marginRight: 12 + 7.5 * Math.max(...view.poleNames.map((n) => n.length)),
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd' },
    y: { label: 'Tie strength', domain, ticks: [0, 0.25, 0.5, 1], tickFormat: String, grid: true },
    color: { label: 'Pole', domain: view.poleNames, range: [firstPoleColour, secondPoleColour] },
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
        dx: mnnaAnchor === 'end' ? 4 : 0,
        textAnchor: mnnaAnchor,
        fill: neutralColour,
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
          y: 'tie',
          stroke: 'pole',
          channels: { Obligations: 'obligations' },
          format: { x: tipFormat.year, y: tipFormat.index, stroke: true },
        }),
      ),
    ],
  });
}
