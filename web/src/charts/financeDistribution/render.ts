import { positionText } from '../../format';
import { neutralColour } from '../../palette';
import type { PlotModule } from '../../plot';
import type { ChartView } from '../types';
import type { DistributionBar, FinanceDistributionData } from './shape';

export function renderFinanceDistribution(
  Plot: PlotModule,
  data: FinanceDistributionData,
  view: ChartView,
  width: number,
): Element {
  const { yearLabel, settingLabel } = data;
  const fx = (d: DistributionBar) => yearLabel(d);
  const fy = (d: DistributionBar) => settingLabel(d.multilaterals);
  return Plot.plot({
    width,
    height: 110 + 170 * data.settingLabels.length,
    marginLeft: 44,
    marginRight: 12,
    marginTop: 48,
    marginBottom: 40,
    style: { fontSize: '12px' },
    ariaLabel: data.summary,
    x: {
      domain: [-1, 1],
      ticks: [-1, -0.5, 0, 0.5, 1],
      tickFormat: (v: number) => (v === 0 ? '0' : v.toFixed(1)),
      label: `← ${view.poleNames[0]} · position · ${view.poleNames[1]} →`,
      labelAnchor: 'center',
    },
    // The scale's label names the tip's line; the axis is drawn without it (the facets' labels sit there).
    y: { label: 'Debtors', axis: null },
    fx: { domain: data.yearLabels, label: null },
    fy: { domain: data.settingLabels, label: null, axis: null, padding: 0.2 },
    marks: [
      Plot.axisY({ label: null }),
      Plot.gridY(),
      Plot.rectY(data.rows, {
        x1: 'from',
        x2: 'to',
        y: 'debtors',
        fx,
        fy,
        inset: 0.5,
        fill: (d: DistributionBar) => (d.saturated ? '#3d3a33' : '#9fb7d1'),
        channels: {
          // The x scale's label (the poles with arrows) would name the bar's range: a plain name instead.
          Position: {
            value: (d: DistributionBar) => `${positionText(d.from)} to ${positionText(d.to)}`,
            label: 'Position',
          },
          Year: { value: fx, label: 'Year' },
          Setting: { value: fy, label: 'Multilaterals' },
        },
        tip: {
          format: { x1: false, x2: false, Position: true, y: 'd', fx: false, fy: false, fill: false },
        },
      }),
      // Each facet's setting, written above it (the fy axis would need a wide margin).
      Plot.text(data.settingLabels, {
        fx: () => data.yearLabels[0],
        fy: (d: string) => d,
        text: (d: string) => d,
        frameAnchor: 'top-left',
        textAnchor: 'start',
        dy: -22,
        fontWeight: 600,
        fill: neutralColour,
      }),
      Plot.text(
        data.rows.filter((r) => r.saturated && r.debtors > 0),
        {
          x: (d: DistributionBar) => (d.from + d.to) / 2,
          y: 'debtors',
          fx,
          fy,
          text: (d: DistributionBar) => String(d.debtors),
          dy: -6,
          fontWeight: 600,
        },
      ),
      Plot.ruleY([0]),
    ],
  });
}
