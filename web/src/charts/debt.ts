// Public external debt from /api/v1/debt: who holds it (creditor exposure, the poles in colour) and
// the debt service over time. World Bank International Debt Statistics, PPG external debt. The API
// answers with stocks where the snapshot has them (African debtors) and with debt service elsewhere
// (every IDS debtor); the charts draw whichever measure came back and say which.
import { endpointPath, fillPath, getJson } from '../api';
import { pct } from '../format';
import { categorical, firstPoleColour, secondPoleColour } from '../palette';
import type { ChartContext, ChartSpec } from './types';

interface CreditorRow {
  year: number;
  creditor: string;
  kind: string;
  country: string | null;
  category: string;
  stock?: number | null;
  stockShare?: number | null;
  service: number | null;
  serviceShare?: number | null;
  projected: boolean;
}

interface Exposure {
  /** 'service' for the all-debtors table; absent (stocks) for the African extract. */
  measure?: 'service';
  year: number;
  stock?: number | null;
  service: number | null;
  projected: boolean;
  poles: {
    first: string;
    second: string;
    multilaterals?: string;
    firstShare: number | null;
    secondShare: number | null;
    tilt: number | null;
    unattributed?: { institution: string; value: number }[];
  } | null;
  creditors: CreditorRow[];
}

interface DebtYear {
  year: number;
  stock?: number | null;
  service: number | null;
  projected: boolean;
  firstShare: number | null;
  secondShare: number | null;
  tilt: number | null;
}

const source =
  'World Bank, International Debt Statistics: public and publicly guaranteed external debt by creditor, stocks (African debtors) and debt service (all IDS debtors), current US$; projections marked. Multilateral lenders: docs/methods/finance.md.';

function debtPath(ctx: ChartContext, params: Record<string, string | number | boolean | undefined>) {
  return fillPath(endpointPath(ctx.caps, 'debt') ?? '/debt/{country}', {
    country: ctx.country,
    multilaterals: ctx.multilaterals,
    ...params,
  });
}

const multilateralWords = (m: string | undefined) =>
  m === 'none'
    ? 'multilateral lenders counted for neither pole'
    : 'IDA and IBRD counted by their members’ votes';

const usd = (v: number) => `$${(v / 1e9).toFixed(2)} bn`;

export const creditorsChart: ChartSpec = {
  id: 'creditors',
  needs: ['debt'],
  title: (ctx) => `Who ${ctx.countryName} owes${ctx.year ? `, ${ctx.year}` : ''}`,
  source,
  async load(ctx) {
    const { path, query } = debtPath(ctx, { year: ctx.year, poles: ctx.poles.join(',') });
    const a = await getJson<Exposure>(path, query);
    const service = a.measure === 'service';
    // The API's rows as they are (one per creditor and category), largest first: nothing is re-added here.
    const amount = (c: CreditorRow) => (service ? c.service : (c.stock ?? null));
    const shareOf = (c: CreditorRow) => (service ? (c.serviceShare ?? null) : (c.stockShare ?? null));
    const held = (a.creditors ?? []).filter((c) => (amount(c) ?? 0) > 0 && shareOf(c) !== null);
    const count = new Map<string, number>();
    for (const c of held) count.set(c.creditor, (count.get(c.creditor) ?? 0) + 1);
    const rows = held
      .sort((x, y) => (shareOf(y) ?? 0) - (shareOf(x) ?? 0))
      .slice(0, 12)
      .map((c) => ({
        creditor: (count.get(c.creditor) ?? 0) > 1 ? `${c.creditor} (${c.category})` : c.creditor,
        country: c.country,
        category: c.category,
        [service ? 'service' : 'stock']: amount(c) as number,
        share: shareOf(c) as number,
        projected: c.projected,
      }));
    if (rows.length === 0) return null;
    const total = service ? a.service : (a.stock ?? null);
    const what = service
      ? `debt service (principal plus interest) paid in ${a.year}${a.projected ? ', an IDS projection' : ''}; stocks by creditor are not in the data for this country`
      : `the debt stock at the end of ${a.year}`;
    const left = a.poles?.unattributed?.filter((u) => u.value > 0).map((u) => u.institution) ?? [];
    return {
      rows: rows.map((r) => ({ year: a.year, ...r })),
      columns: [
        'year',
        'creditor',
        'category',
        'country',
        service ? 'service' : 'stock',
        'share',
        'projected',
      ],
      subtitle: `Largest creditors by share of ${what}; the two poles in colour${a.poles ? `. Poles: ${multilateralWords(a.poles.multilaterals)}${left.length ? `; not attributed: ${left.slice(0, 5).join(', ')}` : ''}` : ''}`,
      summary: `Bar chart of ${rows.length} creditors in ${a.year}; total ${service ? 'service' : 'stock'} ${total === null ? 'unknown' : usd(total)}. Largest: ${rows[0].creditor} ${pct(rows[0].share, 1)}.${a.poles ? ` ${ctx.poleNames[0]} ${pct(a.poles.firstShare, 1)}, ${ctx.poleNames[1]} ${pct(a.poles.secondShare, 1)} (${multilateralWords(a.poles.multilaterals)}).` : ''}`,
      extra: { measure: service ? 'service' : 'stock' },
    };
  },
  render(Plot, data, ctx, width) {
    const fill = (d: { country: string | null }) =>
      d.country === ctx.poles[0]
        ? firstPoleColour
        : d.country === ctx.poles[1]
          ? secondPoleColour
          : '#c9c5ba';
    return Plot.plot({
      width,
      height: 40 + data.rows.length * 26,
      marginLeft: 190,
      marginRight: 56,
      style: { fontSize: '12px' },
      ariaLabel: data.summary,
      x: {
        label:
          (data.extra as { measure: string }).measure === 'service'
            ? 'Share of debt service'
            : 'Share of the debt stock',
        tickFormat: '.0%',
        grid: true,
      },
      y: {
        label: null,
        domain: data.rows.map((r) => String(r.creditor)),
        tickFormat: (s: string) => (s.length > 28 ? `${s.slice(0, 27)}…` : s),
      },
      marks: [
        Plot.barX(data.rows, { x: 'share', y: 'creditor', fill, tip: { format: { x: '.1%' } } }),
        Plot.text(data.rows, {
          x: 'share',
          y: 'creditor',
          text: (d: { share: number }) => pct(d.share, 1),
          dx: 4,
          textAnchor: 'start',
          fill: '#6b6b6b',
        }),
        Plot.ruleX([0]),
      ],
    });
  },
};

export const debtServiceChart: ChartSpec = {
  id: 'debt-service',
  needs: ['debt'],
  title: (ctx) => `${ctx.countryName}'s external debt service`,
  source,
  async load(ctx) {
    const { path, query } = debtPath(ctx, { series: true, poles: ctx.poles.join(',') });
    const a = await getJson<DebtYear[] | { rows: DebtYear[] }>(path, query);
    const series = (Array.isArray(a) ? a : a.rows).filter((r) => r.service !== null);
    if (series.length === 0) return null;
    const rows = series.map((r) => ({
      year: r.year,
      service: r.service,
      stock: r.stock ?? null,
      projected: r.projected,
      firstShare: r.firstShare,
      secondShare: r.secondShare,
      tilt: r.tilt,
    }));
    const actual = rows.filter((r) => !r.projected);
    const last = actual.at(-1) ?? rows[rows.length - 1];
    return {
      rows,
      columns: ['year', 'service', 'stock', 'projected', 'firstShare', 'secondShare', 'tilt'],
      subtitle:
        'Principal plus interest paid on public external debt each year, US$ billions; lighter bars are World Bank projections',
      summary: `Bar chart ${rows[0].year}–${rows[rows.length - 1].year}. In ${last.year}, debt service was ${usd(last.service ?? 0)}.`,
    };
  },
  render(Plot, data, _ctx, width) {
    return Plot.plot({
      width,
      height: Math.max(220, Math.min(320, width * 0.36)),
      marginLeft: 48,
      style: { fontSize: '12px' },
      ariaLabel: data.summary,
      x: { label: null, tickFormat: 'd', interval: 1 },
      y: { label: 'US$ bn', grid: true, transform: (v: number) => v / 1e9 },
      color: { domain: ['reported', 'projected'], range: [categorical[0], '#a6cbe3'], legend: true },
      marks: [
        Plot.barY(data.rows, {
          x: 'year',
          y: 'service',
          fill: (d: { projected: boolean }) => (d.projected ? 'projected' : 'reported'),
          tip: { format: { y: '.2f' } },
        }),
        Plot.ruleY([0]),
      ],
    });
  },
};
