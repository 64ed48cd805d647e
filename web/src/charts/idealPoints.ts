// Dynamic ideal points from /api/v1/idealpoints: the country's position on the main dimension of
// UN General Assembly voting each year, with its 90% interval, beside the two poles'.
import { endpointPath, fillPath, getJson } from '../api';
import { num } from '../format';
import { firstPoleColour, secondPoleColour } from '../palette';
import type { ChartSpec } from './types';

interface IdealPointRow {
  year: number;
  country: string;
  idealPoint: number;
  low: number;
  high: number;
  votes: number;
}

export const idealPointsChart: ChartSpec = {
  id: 'idealpoints',
  needs: ['idealpoints'],
  title: (ctx) => `${ctx.countryName}'s ideal point beside ${ctx.poleNames[0]}'s and ${ctx.poleNames[1]}'s`,
  source:
    'bearing dynamic ideal points (Bailey, Strezhnev & Voeten method) estimated from UN General Assembly roll calls, with 90% intervals; methods in docs/methods.md.',
  async load(ctx) {
    const ids = [ctx.country, ...ctx.poles];
    const { path, query } = fillPath(endpointPath(ctx.caps, 'idealpoints') ?? '/idealpoints', {
      country: ids.join(','),
    });
    const a = await getJson<IdealPointRow[] | { rows: IdealPointRow[] }>(path, query);
    const all = Array.isArray(a) ? a : a.rows;
    const rows = all.filter((r) => ids.includes(r.country));
    if (!rows.some((r) => r.country === ctx.country)) return null;
    const name = (id: string) =>
      id === ctx.country ? ctx.countryName : id === ctx.poles[0] ? ctx.poleNames[0] : ctx.poleNames[1];
    const out = rows.map((r) => ({ ...r, name: name(r.country) }));
    const mine = out.filter((r) => r.country === ctx.country);
    const at = mine.find((r) => r.year === ctx.year) ?? mine[mine.length - 1];
    return {
      rows: out,
      columns: ['year', 'country', 'name', 'idealPoint', 'low', 'high', 'votes'],
      subtitle: 'Position on the main dimension of UN voting each year; bands are 90% intervals',
      summary: `Line chart with interval bands, ${mine[0].year}–${mine[mine.length - 1].year}. In ${at.year}, ${ctx.countryName}'s ideal point was ${num(at.idealPoint)} (90% interval ${num(at.low)} to ${num(at.high)}).`,
    };
  },
  render(Plot, data, ctx, width) {
    const names = [ctx.poleNames[0], ctx.countryName, ctx.poleNames[1]];
    return Plot.plot({
      width,
      height: Math.max(260, Math.min(380, width * 0.42)),
      marginLeft: 44,
      marginRight: 12 + 7.5 * Math.max(...names.map((n) => n.length)),
      style: { fontSize: '12px' },
      ariaLabel: data.summary,
      x: { label: null, tickFormat: 'd' },
      y: { label: 'Ideal point', grid: true },
      color: { domain: names, range: [firstPoleColour, '#16150f', secondPoleColour] },
      marks: [
        Plot.areaY(data.rows, {
          x: 'year',
          y1: 'low',
          y2: 'high',
          fill: 'name',
          fillOpacity: 0.18,
          curve: 'step',
        }),
        Plot.lineY(data.rows, {
          x: 'year',
          y: 'idealPoint',
          stroke: 'name',
          strokeWidth: (d: { country: string }) => (d.country === ctx.country ? 2.5 : 1.5),
        }),
        Plot.text(
          data.rows,
          Plot.selectLast({
            x: 'year',
            y: 'idealPoint',
            z: 'name',
            text: 'name',
            fill: 'name',
            dx: 6,
            textAnchor: 'start',
            fontWeight: 600,
          }),
        ),
        Plot.tip(
          data.rows,
          Plot.pointerX({
            x: 'year',
            y: 'idealPoint',
            stroke: 'name',
            channels: { low: 'low', high: 'high' },
            format: { y: '.2f', stroke: true },
          }),
        ),
      ],
    });
  },
};
