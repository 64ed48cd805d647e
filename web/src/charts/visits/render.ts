import { visitTypeColour } from '../../palette';
import type { PlotModule } from '../../plot';
import { tipFormat } from '../tips';
import type { ChartView } from '../types';
import type { VisitEvent, VisitsData } from './shape';

export function renderVisits(Plot: PlotModule, data: VisitsData, _view: ChartView, width: number): Element {
  const { directions, kinds } = data;
  return Plot.plot({
    width,
    height: 200,
    // Half a year label each side: the axis' first and last years (1970, 2025) were cut.
    marginLeft: 24,
    marginRight: 24,
    marginTop: 28,
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { type: 'utc', label: null, nice: true },
    fy: { domain: directions, label: null, axis: null },
    y: { axis: null },
    color: { domain: kinds, range: kinds.map(visitTypeColour), legend: true },
    marks: [
      Plot.frame({ anchor: 'bottom', stroke: '#ccc' }),
      Plot.text(directions, {
        fy: (d: string) => d,
        frameAnchor: 'top-left',
        dy: -14,
        fontWeight: 600,
        text: (d: string) => d,
      }),
      Plot.dot(
        data.rows,
        Plot.dodgeY({
          x: (d: VisitEvent) => new Date(d.date),
          fy: 'direction',
          fill: 'kind',
          r: 4.5,
          stroke: '#fff',
          strokeWidth: 0.75,
          anchor: 'middle',
          channels: {
            Date: (d: VisitEvent) => d.date,
            Visit: 'kind',
            Who: 'who',
            Note: 'note',
          },
          tip: {
            format: {
              Date: tipFormat.date,
              Visit: true,
              Who: true,
              Note: true,
              x: false,
              fy: false,
              fill: false,
            },
          },
        }),
      ),
    ],
  });
}
