// Trade from /api/v1/trade: the top partners in the year (the poles highlighted) and the tilt of
// trade shares between the poles over time. IMF Direction of Trade Statistics, exports FOB and
// mirror imports (the partners' reported exports), US$ millions.
import { endpointPath, fillPath, getJson } from '../api';
import { num, pct } from '../format';
import { firstPoleColour, neutralColour, secondPoleColour } from '../palette';
import type { ChartContext, ChartSpec } from './types';

interface PartnerRow {
  partner: string;
  partnerName: string;
  exports: number;
  imports: number;
  total: number;
  share: number;
  rank: number;
}

interface PartnersAnswer {
  country: string;
  year: number;
  total: number;
  partners: PartnerRow[];
}

interface SeriesRow {
  year: number;
  total: number;
  firstValue: number;
  secondValue: number;
  firstShare: number | null;
  secondShare: number | null;
  tilt: number | null;
}

interface SeriesAnswer {
  rows: SeriesRow[];
}

const source =
  'IMF Direction of Trade Statistics: exports FOB as reported by the country, imports as mirrored from partners’ reported exports (US$).';

function tradePath(ctx: ChartContext, params: Record<string, string | number | boolean | undefined>) {
  return fillPath(endpointPath(ctx.caps, 'trade') ?? '/trade/{country}', { country: ctx.country, ...params });
}

export const tradePartnersChart: ChartSpec = {
  id: 'trade',
  needs: ['trade'],
  title: (ctx) => `${ctx.countryName}'s largest trade partners${ctx.year ? `, ${ctx.year}` : ''}`,
  source,
  async load(ctx) {
    const { path, query } = tradePath(ctx, { year: ctx.year, top: 12 });
    const a = await getJson<PartnersAnswer>(path, query);
    if (!a.partners?.length) return null;
    const rows = a.partners.map((p) => ({
      rank: p.rank,
      partner: p.partner,
      name: p.partnerName,
      exports: p.exports,
      imports: p.imports,
      total: p.total,
      share: p.share,
    }));
    const top = rows[0];
    const pole = (id: string) => rows.find((r) => r.partner === id);
    const p0 = pole(ctx.poles[0]);
    const p1 = pole(ctx.poles[1]);
    return {
      rows,
      columns: ['rank', 'partner', 'name', 'exports', 'imports', 'total', 'share'],
      subtitle: `Share of ${ctx.countryName}'s total trade (exports plus mirror imports) in ${a.year}; the two poles in colour`,
      summary: `Bar chart of the ${rows.length} largest partners in ${a.year}. The largest is ${top.name} with ${pct(top.share, 1)}. ${ctx.poleNames[0]}: ${p0 ? pct(p0.share, 1) : 'not in the top'}; ${ctx.poleNames[1]}: ${p1 ? pct(p1.share, 1) : 'not in the top'}.`,
      extra: { year: a.year },
    };
  },
  render(Plot, data, ctx, width) {
    const colour = (d: { partner: string }) =>
      d.partner === ctx.poles[0]
        ? firstPoleColour
        : d.partner === ctx.poles[1]
          ? secondPoleColour
          : '#c9c5ba';
    return Plot.plot({
      width,
      height: 40 + data.rows.length * 26,
      marginLeft: 150,
      marginRight: 56,
      style: { fontSize: '12px' },
      ariaLabel: data.summary,
      x: { label: 'Share of total trade', tickFormat: '.0%', grid: true },
      y: { label: null, domain: data.rows.map((r) => String(r.name)) },
      marks: [
        Plot.barX(data.rows, {
          x: 'share',
          y: 'name',
          fill: colour,
          tip: { format: { x: '.1%' } },
          channels: { 'US$ m': 'total' },
        }),
        Plot.text(data.rows, {
          x: 'share',
          y: 'name',
          text: (d: { share: number }) => pct(d.share, 1),
          dx: 4,
          textAnchor: 'start',
          fill: neutralColour,
        }),
        Plot.ruleX([0]),
      ],
    });
  },
};

export const tradeTiltChart: ChartSpec = {
  id: 'trade-tilt',
  needs: ['trade'],
  title: (ctx) => `${ctx.countryName}'s trade with ${ctx.poleNames[0]} and ${ctx.poleNames[1]} over time`,
  source,
  async load(ctx) {
    const { path, query } = tradePath(ctx, { series: true, poles: ctx.poles.join(',') });
    const a = await getJson<SeriesAnswer | SeriesRow[]>(path, query);
    const series = Array.isArray(a) ? a : a.rows;
    const rows = series
      .filter((r) => r.firstShare !== null || r.secondShare !== null)
      .flatMap((r) => [
        { year: r.year, pole: ctx.poleNames[0], share: r.firstShare, value: r.firstValue, tilt: r.tilt },
        { year: r.year, pole: ctx.poleNames[1], share: r.secondShare, value: r.secondValue, tilt: r.tilt },
      ]);
    if (rows.length === 0) return null;
    const last = series.filter((r) => r.tilt !== null).at(-1);
    return {
      rows,
      columns: ['year', 'pole', 'share', 'value', 'tilt'],
      subtitle: `Each pole's share of ${ctx.countryName}'s total trade; the tilt is (second − first) / (second + first)`,
      summary: last
        ? `Line chart ${series[0].year}–${last.year}. In ${last.year}: ${ctx.poleNames[0]} ${pct(last.firstShare, 1)}, ${ctx.poleNames[1]} ${pct(last.secondShare, 1)}, tilt ${num(last.tilt)}.`
        : 'Line chart of trade shares with the two poles.',
    };
  },
  render(Plot, data, ctx, width) {
    return Plot.plot({
      width,
      height: Math.max(240, Math.min(360, width * 0.4)),
      marginLeft: 48,
      marginRight: 12 + 7.5 * Math.max(...ctx.poleNames.map((n) => n.length)),
      style: { fontSize: '12px' },
      ariaLabel: data.summary,
      x: { label: null, tickFormat: 'd' },
      y: { label: 'Share of total trade', tickFormat: '.0%', grid: true, zero: true },
      color: { domain: ctx.poleNames, range: [firstPoleColour, secondPoleColour] },
      marks: [
        ...(ctx.year ? [Plot.ruleX([ctx.year], { stroke: '#999', strokeDasharray: '3,3' })] : []),
        Plot.lineY(data.rows, { x: 'year', y: 'share', stroke: 'pole', strokeWidth: 2 }),
        Plot.text(
          data.rows,
          Plot.selectLast({
            x: 'year',
            y: 'share',
            z: 'pole',
            text: 'pole',
            fill: 'pole',
            dx: 6,
            textAnchor: 'start',
            fontWeight: 600,
          }),
        ),
        Plot.tip(data.rows, Plot.pointerX({ x: 'year', y: 'share', stroke: 'pole', format: { y: '.1%' } })),
      ],
    });
  },
};
