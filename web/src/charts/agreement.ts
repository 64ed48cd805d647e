import { endpointPath, fillPath, getJson } from '../api';
import { pct } from '../format';
import { firstPoleColour, secondPoleColour } from '../palette';
import type { ChartSpec } from './types';

export interface AgreementRow {
  year: number;
  country: string;
  partner: string;
  votes: number;
  agreement: number | null;
  identical: number | null;
  s: number | null;
  kappa: number | null;
  pi: number | null;
  coincidence: number | null;
}

export async function agreementRows(
  caps: Set<string>,
  country: string,
  partners: string[],
): Promise<AgreementRow[]> {
  const { path, query } = fillPath(endpointPath(caps, 'agreement') ?? '/agreement/{country}', {
    country,
    with: partners.join(','),
  });
  return getJson<AgreementRow[]>(path, query);
}

export const agreementChart: ChartSpec = {
  id: 'agreement',
  needs: ['agreement'],
  title: (ctx) => `How often ${ctx.countryName} votes with ${ctx.poleNames[0]} and with ${ctx.poleNames[1]}`,
  source:
    'UN General Assembly roll calls: Voeten, Strezhnev & Bailey, United Nations General Assembly Voting Data (Harvard Dataverse), extended with the UN Digital Library; bearing agreement measure (abstention counts half).',
  async load(ctx) {
    const rows = (await agreementRows(ctx.caps, ctx.country, ctx.poles)).filter((r) => r.agreement !== null);
    if (rows.length === 0) return null;
    const last = rows[rows.length - 1].year;
    const at = (p: string, y: number) => rows.find((r) => r.partner === p && r.year === y)?.agreement;
    const yr = ctx.year && rows.some((r) => r.year === ctx.year) ? ctx.year : last;
    return {
      rows: rows.map((r) => ({ ...r })),
      columns: [
        'year',
        'country',
        'partner',
        'votes',
        'agreement',
        'identical',
        's',
        'kappa',
        'pi',
        'coincidence',
      ],
      subtitle:
        'Share of UN General Assembly roll calls on which the two voted alike, each year (abstention counts half)',
      summary: `Line chart, ${rows[0].year}–${last}. In ${yr}, ${ctx.countryName} voted with ${ctx.poleNames[0]} ${pct(at(ctx.poles[0], yr))} of the time and with ${ctx.poleNames[1]} ${pct(at(ctx.poles[1], yr))}.`,
    };
  },
  render(Plot, data, ctx, width) {
    const name = (id: string) => (id === ctx.poles[0] ? ctx.poleNames[0] : ctx.poleNames[1]);
    const rows = data.rows.map((r) => ({ ...r, pole: name(String(r.partner)) }));
    return Plot.plot({
      width,
      height: Math.max(260, Math.min(400, width * 0.45)),
      marginLeft: 44,
      marginRight: 12 + 7.5 * Math.max(...ctx.poleNames.map((n) => n.length)),
      style: { fontSize: '12px' },
      ariaLabel: data.summary,
      x: { label: null, tickFormat: 'd' },
      y: { domain: [0, 1], grid: true, label: 'Agreement', tickFormat: '.0%' },
      color: { domain: ctx.poleNames, range: [firstPoleColour, secondPoleColour] },
      marks: [
        ...(ctx.year ? [Plot.ruleX([ctx.year], { stroke: '#999', strokeDasharray: '3,3' })] : []),
        Plot.lineY(rows, { x: 'year', y: 'agreement', stroke: 'pole', strokeWidth: 2 }),
        Plot.text(
          rows,
          Plot.selectLast({
            x: 'year',
            y: 'agreement',
            z: 'pole',
            text: 'pole',
            fill: 'pole',
            dx: 6,
            textAnchor: 'start',
            fontWeight: 600,
          }),
        ),
        Plot.tip(
          rows,
          Plot.pointerX({
            x: 'year',
            y: 'agreement',
            stroke: 'pole',
            channels: { votes: 'votes' },
            format: { y: '.1%', stroke: true },
          }),
        ),
      ],
    });
  },
};
