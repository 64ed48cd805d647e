import { firstPoleColour, secondPoleColour } from '../../palette';
import type { PlotModule } from '../../plot';
import { endLabels } from '../labels';
import { tipFormat } from '../tips';
import type { ChartView } from '../types';
import type { AgreementData } from './shape';

export function renderAgreement(
  Plot: PlotModule,
  data: AgreementData,
  view: ChartView,
  width: number,
): Element {
  const rows = data.lines;
  const height = Math.max(260, Math.min(400, width * 0.45));
  const domain: [number, number] = [0, 1];
  const labels = endLabels(
    data.lines,
    (r) => r.pole,
    (r) => r.year,
    (r) => r.agreement,
    {
      domain,
      height: height - 20 - 30,
    },
  );
  return Plot.plot({
    width,
    height,
    marginTop: 20,
    marginBottom: 30,
    marginLeft: 44,
    marginRight: 12 + 7.5 * Math.max(...view.poleNames.map((n) => n.length)),
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: { label: null, tickFormat: 'd' },
    y: { domain, grid: true, label: 'Agreement', tickFormat: '.0%' },
    color: { label: 'Pole', domain: view.poleNames, range: [firstPoleColour, secondPoleColour] },
    marks: [
      ...(view.year ? [Plot.ruleX([view.year], { stroke: '#999', strokeDasharray: '3,3' })] : []),
      Plot.lineY(rows, { x: 'year', y: 'agreement', stroke: 'pole', strokeWidth: 2 }),
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
        rows,
        Plot.pointerX({
          x: { value: 'year', label: 'Year' },
          y: 'agreement',
          stroke: 'pole',
          channels: { Votes: 'votes' },
          format: { x: tipFormat.year, y: tipFormat.share, stroke: true },
        }),
      ),
    ],
  });
}
