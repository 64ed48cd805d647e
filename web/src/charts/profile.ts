// The composite bearing from /api/v1/profile: the headline, the position on each dimension, and the series.
import { endpointPath, fillPath, getJson } from '../api';
import { num, positionWords } from '../format';
import { positionColour } from '../palette';
import type { ChartContext, ChartSpec } from './types';

export const dimensionNames = ['votes', 'trade', 'finance', 'visits'] as const;
export type DimensionName = (typeof dimensionNames)[number];

export interface ProfileDimension {
  position: number | null;
  engagement: number | null;
  source?: string;
  [k: string]: unknown;
}

export interface Profile {
  country: string;
  name: string;
  year: number;
  poles: [string, string];
  position: number | null;
  balance: number | null;
  spread: number | null;
  stance: string | null;
  hedging: { first: string[]; second: string[] } | null;
  headline: string;
  weights: Record<DimensionName, number>;
  dimensions: Record<DimensionName, ProfileDimension | null>;
  series: {
    year: number;
    position: number | null;
    balance: number | null;
    dimensions: Record<DimensionName, { position: number | null; engagement: number | null }>;
  }[];
}

export function loadProfile(
  ctx: Pick<ChartContext, 'caps' | 'country' | 'year' | 'poles'>,
): Promise<Profile> {
  const { path, query } = fillPath(endpointPath(ctx.caps, 'profile') ?? '/profile/{country}', {
    country: ctx.country,
    year: ctx.year,
    poles: ctx.poles.join(','),
  });
  return getJson<Profile>(path, query);
}

const label: Record<DimensionName | 'composite', string> = {
  composite: 'Overall bearing',
  votes: 'UN votes',
  trade: 'Trade',
  finance: 'Finance (debt)',
  visits: 'Visits (US side)',
};

const profileSource =
  'bearing profile: UN General Assembly votes (Voeten et al.; UN Digital Library), IMF Direction of Trade Statistics, World Bank International Debt Statistics, US Office of the Historian; methods in docs/methods.md.';

export const bearingChart: ChartSpec = {
  id: 'bearing',
  needs: ['profile'],
  title: (ctx) => `Where ${ctx.countryName} stands between ${ctx.poleNames[0]} and ${ctx.poleNames[1]}`,
  source: profileSource,
  async load(ctx) {
    const p = await loadProfile(ctx);
    const rows = [
      {
        dimension: 'composite',
        label: label.composite,
        position: p.position,
        engagement: null as number | null,
        weight: null as number | null,
        balance: p.balance,
        source: 'weighted mean of the dimensions',
      },
      ...dimensionNames.map((d) => ({
        dimension: d,
        // A dimension outside the overall position (weight 0) says so in its label.
        label: p.weights[d] === 0 && p.dimensions[d]?.position != null ? `${label[d]} (weight 0)` : label[d],
        position: p.dimensions[d]?.position ?? null,
        engagement: p.dimensions[d]?.engagement ?? null,
        weight: p.weights[d] ?? null,
        balance: null as number | null,
        source: p.dimensions[d]?.source ?? '',
      })),
    ];
    const words = rows
      .map(
        (r) =>
          `${r.label}: ${r.position === null ? 'no data' : `${num(r.position)} (${positionWords(r.position, ctx.poleNames)})`}`,
      )
      .join('; ');
    return {
      rows,
      columns: ['dimension', 'position', 'engagement', 'weight', 'balance', 'source'],
      subtitle: `Position in ${p.year} from −1 (${ctx.poleNames[0]}) to +1 (${ctx.poleNames[1]}), each year measured against the world's distribution. Balance: ${num(p.balance)} (1 = engages both poles fully and evenly).`,
      summary: `Dot chart for ${p.year}. ${words}.`,
      extra: p,
    };
  },
  render(Plot, data, ctx, width) {
    const rows = data.rows as {
      label: string;
      position: number | null;
      dimension: string;
      weight: number | null;
    }[];
    const order = rows.map((r) => r.label);
    const present = rows.filter((r) => r.position !== null);
    const missing = rows.filter((r) => r.position === null);
    return Plot.plot({
      width,
      height: 60 + rows.length * 44,
      marginLeft: 120,
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
        Plot.text([`← ${ctx.poleNames[0]}`], {
          x: -1,
          frameAnchor: 'top',
          dy: -24,
          textAnchor: 'start',
          fontWeight: 700,
          fill: positionColour(-0.9),
        }),
        Plot.text([`${ctx.poleNames[1]} →`], {
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
            fill: (d: { position: number }) => positionColour(d.position),
            stroke: '#111',
            strokeWidth,
            tip: true,
            title: (d: { label: string; position: number; weight: number | null }) =>
              `${d.label}: ${num(d.position)}${d.weight !== null ? `\nweight ${num(d.weight)}` : ''}`,
          }),
        ),
        Plot.text(missing, { x: 0, y: 'label', text: () => 'no data', fill: '#6b675d', fontStyle: 'italic' }),
      ],
    });
  },
};

export const bearingSeriesChart: ChartSpec = {
  id: 'bearing-series',
  needs: ['profile'],
  title: (ctx) => `${ctx.countryName}'s bearing over time`,
  source: profileSource,
  async load(ctx) {
    const p = await loadProfile(ctx);
    const rows = p.series.flatMap((s) => [
      { year: s.year, series: label.composite, position: s.position, balance: s.balance },
      ...dimensionNames.map((d) => ({
        year: s.year,
        series: label[d],
        position: s.dimensions[d]?.position ?? null,
        balance: null,
      })),
    ]);
    if (!rows.some((r) => r.position !== null)) return null;
    const first = p.series[0]?.year;
    const last = p.series[p.series.length - 1]?.year;
    return {
      rows,
      columns: ['year', 'series', 'position', 'balance'],
      subtitle: `Overall position (thick line) and each dimension, −1 = ${ctx.poleNames[0]}, +1 = ${ctx.poleNames[1]}`,
      summary: `Line chart ${first}–${last}. In ${p.year} the overall position was ${num(p.position)} (${positionWords(p.position, ctx.poleNames)}).`,
    };
  },
  render(Plot, data, ctx, width) {
    const rows = data.rows.filter((r) => r.position !== null);
    const names = [label.composite, label.votes, label.trade, label.finance, label.visits];
    return Plot.plot({
      width,
      height: Math.max(260, Math.min(380, width * 0.42)),
      marginLeft: 44,
      marginRight: 12,
      style: { fontSize: '12px' },
      ariaLabel: data.summary,
      x: { label: null, tickFormat: 'd' },
      y: { domain: [-1, 1], grid: true, label: `↑ ${ctx.poleNames[1]} · ${ctx.poleNames[0]} ↓` },
      color: { domain: names, range: ['#16150f', '#0072B2', '#009E73', '#CC79A7', '#E69F00'], legend: true },
      marks: [
        Plot.ruleY([0], { stroke: '#999' }),
        ...(ctx.year ? [Plot.ruleX([ctx.year], { stroke: '#999', strokeDasharray: '3,3' })] : []),
        Plot.lineY(
          rows.filter((r) => r.series !== label.composite),
          { x: 'year', y: 'position', stroke: 'series', strokeWidth: 1.25, strokeOpacity: 0.85 },
        ),
        Plot.lineY(
          rows.filter((r) => r.series === label.composite),
          { x: 'year', y: 'position', stroke: 'series', strokeWidth: 3 },
        ),
        Plot.tip(rows, Plot.pointerX({ x: 'year', y: 'position', stroke: 'series', format: { y: '.2f' } })),
      ],
    });
  },
};
