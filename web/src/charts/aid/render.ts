import { firstPoleColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import { tipFormat } from '../tips';
import type { ChartView } from '../types';
import type { AidData, AidPoint } from './shape';

export function renderAid(Plot: PlotModule, data: AidData, view: ChartView, width: number): Element {
  // The donors keep their pole colours; each donor's second series (disbursements, OOF) is dashed and
  // lighter, so that the legend's swatches tell the four apart too.
  const light = (c: string) => (c === firstPoleColour ? '#b2abd2' : '#f4a261');
  const us = view.poles[1] === 'USA' ? secondPoleColour : firstPoleColour;
  const cn = view.poles[0] === 'CHN' ? firstPoleColour : secondPoleColour;
  const solid = data.rows.filter((r) => r.series === data.series[0] || r.series === data.series[2]);
  const dashed = data.rows.filter((r) => r.series === data.series[1] || r.series === data.series[3]);
  return Plot.plot({
    width,
    height: Math.max(260, Math.min(360, width * 0.45)),
    marginLeft: 56,
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd' },
    y: { label: 'US$ m', grid: true, transform: (v: number) => v / 1e6 },
    color: { domain: data.series, range: [us, light(us), cn, light(cn)], legend: true },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(solid, { x: 'year', y: 'value', stroke: 'series', strokeWidth: 2 }),
      Plot.lineY(dashed, {
        x: 'year',
        y: 'value',
        stroke: 'series',
        strokeWidth: 1.5,
        strokeDasharray: '4,3',
      }),
      Plot.tip(
        data.rows,
        Plot.pointerX({
          x: 'year',
          y: 'value',
          stroke: 'series',
          // The series' names are long ("US obligations (fiscal years, constant US$)"): room to show them.
          lineWidth: 34,
          channels: { Year: 'year', Series: 'series', Donor: (d: AidPoint) => d.donor, Amount: 'value' },
          format: {
            Year: tipFormat.year,
            Series: true,
            Donor: true,
            Amount: tipFormat.usd,
            x: false,
            y: false,
            stroke: false,
          },
        }),
      ),
    ],
  });
}
