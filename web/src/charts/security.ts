// Security from /api/v1/arms and /api/v1/security: arms imports by supplier over time (SIPRI TIV, the
// poles' members in their colours) and the alliances timeline (ATOP obligations with each pole's
// members; after 2018 carried forward, drawn lighter; US major non-NATO ally years marked).
import { endpointPath, fillPath, getJson } from '../api';
import { num, pct } from '../format';
import { firstPoleColour, neutralColour, secondPoleColour } from '../palette';
import type { ChartContext, ChartSpec } from './types';

interface ArmsYear {
  year: number;
  supplier: string;
  supplierName: string;
  supplierKind: string;
  tiv: number | null;
  pole?: 'first' | 'second' | null;
}

interface ArmsAnswer {
  from: number;
  to: number;
  total: number;
  years: ArmsYear[];
  suppliers: { supplier: string; supplierName: string; tiv: number; share: number; pole?: string | null }[];
}

interface SecurityYear {
  year: number;
  position: number | null;
  allianceTieFirst: number;
  allianceTieSecond: number;
  allianceObligationsFirst: string;
  allianceObligationsSecond: string;
  allianceCarriedForward: boolean;
  mnna: boolean;
  natoMember: boolean;
}

function path(
  ctx: ChartContext,
  name: string,
  suffix: string,
  params: Record<string, string | number | undefined>,
) {
  const base = endpointPath(ctx.caps, name) ?? `/${name}/{country}`;
  return fillPath(`${base}${suffix}`, { country: ctx.country, ...params });
}

const others = 'Other suppliers';
const nonState = 'Armed groups, organisations, unknown';

export const armsSuppliersChart: ChartSpec = {
  id: 'arms',
  needs: ['arms'],
  title: (ctx) => `Arms delivered to ${ctx.countryName} by supplier`,
  source:
    'SIPRI Arms Transfers Database, trend-indicator values (TIV, millions): volume of major conventional arms, not price. 360info tidy table to 1994, the register’s deliveries from 1995.',
  async load(ctx) {
    const { path: p, query } = path(ctx, 'arms', '', { poles: ctx.poles.join(',') });
    const a = await getJson<ArmsAnswer>(p, query);
    if (!a.years?.length) return null;
    const group = (r: ArmsYear) =>
      r.pole === 'first'
        ? ctx.poleNames[0]
        : r.pole === 'second'
          ? ctx.poleNames[1]
          : r.supplierKind === 'state'
            ? others
            : nonState;
    const rows = a.years
      .filter((r) => (r.tiv ?? 0) > 0)
      .map((r) => ({ year: r.year, supplier: r.supplierName, group: group(r), tiv: r.tiv }));
    if (rows.length === 0) return null;
    const top = a.suppliers[0];
    const byPole = (k: 'first' | 'second') =>
      a.suppliers.filter((s) => s.pole === k).reduce((t, s) => t + s.share, 0);
    return {
      rows,
      columns: ['year', 'supplier', 'group', 'tiv'],
      subtitle: `TIV delivered each year, ${a.from}–${a.to}; members of ${ctx.poleNames[0]} and ${ctx.poleNames[1]} in colour (membership of the delivery year)`,
      summary: `Stacked bars of ${ctx.countryName}'s arms imports by year. Over ${a.from}–${a.to} the largest supplier is ${top.supplierName} (${pct(top.share, 1)} of ${num(a.total, 0)} million TIV); ${ctx.poleNames[0]} ${pct(byPole('first'), 1)}, ${ctx.poleNames[1]} ${pct(byPole('second'), 1)}.`,
    };
  },
  render(Plot, data, ctx, width) {
    const domain = [ctx.poleNames[0], ctx.poleNames[1], others, nonState];
    return Plot.plot({
      width,
      height: Math.max(240, Math.min(360, width * 0.4)),
      marginLeft: 52,
      style: { fontSize: '12px' },
      ariaLabel: data.summary,
      x: { label: null, tickFormat: 'd', interval: 1 },
      y: { label: 'TIV (millions)', grid: true },
      color: { domain, range: [firstPoleColour, secondPoleColour, '#c9c5ba', '#8c8c8c'], legend: true },
      marks: [
        ...(ctx.year ? [Plot.ruleX([ctx.year], { stroke: '#999', strokeDasharray: '3,3' })] : []),
        Plot.rectY(data.rows, {
          x: 'year',
          y: 'tiv',
          fill: 'group',
          order: domain,
          interval: 1,
          tip: true,
          channels: { supplier: 'supplier' },
        }),
        Plot.ruleY([0]),
      ],
    });
  },
};

export const alliancesChart: ChartSpec = {
  id: 'alliances',
  needs: ['security'],
  title: (ctx) => `${ctx.countryName}'s alliance ties with ${ctx.poleNames[0]} and ${ctx.poleNames[1]}`,
  source:
    'ATOP 5 (Leeds et al.) via peacesciencer, 1815–2018; later years carry 2018 forward (lighter) plus NATO accessions. US major non-NATO ally designations: 22 U.S.C. 2321k.',
  async load(ctx) {
    const { path: p, query } = path(ctx, 'security', '/series', { poles: ctx.poles.join(',') });
    const rows = await getJson<SecurityYear[]>(p, query);
    if (!rows?.length) return null;
    const long = rows.flatMap((r) => [
      {
        year: r.year,
        pole: ctx.poleNames[0],
        tie: r.allianceTieFirst,
        obligations: r.allianceObligationsFirst || 'none',
        carried: r.allianceCarriedForward,
      },
      {
        year: r.year,
        pole: ctx.poleNames[1],
        tie: r.allianceTieSecond,
        obligations: r.allianceObligationsSecond || 'none',
        carried: r.allianceCarriedForward,
      },
    ]);
    const mnna = rows.filter((r) => r.mnna).map((r) => ({ year: r.year, label: 'US major non-NATO ally' }));
    const last = rows.at(-1);
    return {
      rows: long,
      columns: ['year', 'pole', 'tie', 'obligations', 'carried'],
      subtitle:
        'Strongest obligation with any member: defence/offence 1, neutrality/non-aggression 0.5, consultation 0.25',
      summary: last
        ? `Step lines ${rows[0].year}–${last.year}. In ${last.year}: ${ctx.poleNames[0]} ${last.allianceObligationsFirst || 'no obligations'}, ${ctx.poleNames[1]} ${last.allianceObligationsSecond || 'no obligations'}${last.allianceCarriedForward ? ' (ATOP 2018 carried forward)' : ''}${last.mnna ? '; a US major non-NATO ally' : ''}.`
        : 'Alliance ties with the two poles.',
      extra: { mnna },
    };
  },
  render(Plot, data, ctx, width) {
    const mnna = (data.extra as { mnna: { year: number; label: string }[] }).mnna;
    const observed = data.rows.filter((r) => !r.carried);
    const carried = data.rows.filter((r) => r.carried || r.year === 2018);
    return Plot.plot({
      width,
      height: Math.max(220, Math.min(320, width * 0.35)),
      marginLeft: 48,
      marginRight: 12 + 7.5 * Math.max(...ctx.poleNames.map((n) => n.length)),
      style: { fontSize: '12px' },
      ariaLabel: data.summary,
      x: { label: null, tickFormat: 'd' },
      y: {
        label: 'Tie strength',
        domain: [0, 1.1],
        ticks: [0, 0.25, 0.5, 1],
        tickFormat: (d: number) => String(d),
        grid: true,
      },
      color: { domain: ctx.poleNames, range: [firstPoleColour, secondPoleColour] },
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
        Plot.ruleX(mnna, {
          x: 'year',
          y1: 1.04,
          y2: 1.1,
          stroke: neutralColour,
          strokeWidth: 3,
          title: 'label',
        }),
        Plot.text(mnna.slice(0, 1), {
          x: 'year',
          y: 1.1,
          text: () => 'US major non-NATO ally',
          dy: -8,
          textAnchor: 'start',
          fill: neutralColour,
        }),
        Plot.text(
          data.rows,
          Plot.selectLast({
            x: 'year',
            y: 'tie',
            z: 'pole',
            text: 'pole',
            fill: 'pole',
            dx: 6,
            textAnchor: 'start',
            fontWeight: 600,
          }),
        ),
        Plot.tip(
          data.rows,
          Plot.pointerX({ x: 'year', y: 'tie', stroke: 'pole', channels: { obligations: 'obligations' } }),
        ),
      ],
    });
  },
};
