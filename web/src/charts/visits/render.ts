import { visitTypeColour } from '../../palette';
import type { PlotModule } from '../../plot';
import type { ChartView } from '../types';
import type { VisitEvent, VisitsData } from './shape';

export function renderVisits(Plot: PlotModule, data: VisitsData, _view: ChartView, width: number): Element {
  const { directions, kinds } = data;
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 12,
    marginRight: 12,
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
          channels: { who: 'who', note: 'note' },
          tip: { format: { fy: false, x: (d: Date) => d.toISOString().slice(0, 10) } },
        }),
      ),
    ],
  });
}
