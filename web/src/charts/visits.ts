// Visits between the country and the United States, from the Office of the Historian: the
// country's leaders in the US (/visits) and US presidents and secretaries of state in the country
// (/travels). There is no comparable public record for other powers; the chart says so.
import { endpointPath, fillPath, getJson, hasEndpoint } from '../api';
import { categorical } from '../palette';
import type { ChartSpec } from './types';

interface VisitRow {
  date: string;
  country: string;
  visitor: string;
  role: string;
  type: string;
  description: string;
}

interface TravelRow {
  date: string;
  country: string;
  role: string;
  traveller: string;
  locale: string;
  remarks: string;
}

interface EventRow {
  date: string;
  year: number;
  direction: string;
  who: string;
  role: string;
  kind: string;
  note: string;
}

async function rows<T>(caps: Set<string>, name: string, country: string): Promise<T[]> {
  const { path, query } = fillPath(endpointPath(caps, name) ?? `/${name}/{country}`, { country });
  const answer = await getJson<T[] | { rows?: T[]; visits?: T[]; travels?: T[] }>(path, query);
  return Array.isArray(answer) ? answer : (answer.rows ?? answer.visits ?? answer.travels ?? []);
}

export const visitsChart: ChartSpec = {
  id: 'visits',
  needs: ['visits'],
  title: (ctx) => `Visits between ${ctx.countryName} and the United States`,
  source:
    'US Department of State, Office of the Historian: visits of foreign leaders to the US, and travels abroad of US presidents and secretaries of state. No comparable record exists for China or other powers.',
  async load(ctx) {
    const [visits, travels] = await Promise.all([
      rows<VisitRow>(ctx.caps, 'visits', ctx.country),
      hasEndpoint(ctx.caps, 'travels')
        ? rows<TravelRow>(ctx.caps, 'travels', ctx.country)
        : Promise.resolve([]),
    ]);
    const inUs = `${ctx.countryName}'s leaders in the US`;
    const toCountry = `US president or secretary of state in ${ctx.countryName}`;
    const events: EventRow[] = [
      ...visits.map((v) => ({
        date: v.date,
        year: Number(v.date.slice(0, 4)),
        direction: inUs,
        who: v.visitor,
        role: v.role,
        kind: v.type,
        note: v.description,
      })),
      ...travels.map((t) => ({
        date: t.date,
        year: Number(t.date.slice(0, 4)),
        direction: toCountry,
        who: t.traveller,
        role: t.role,
        kind: t.role === 'president' ? 'US president' : 'US secretary of state',
        note: `${t.locale}. ${t.remarks}`,
      })),
    ].sort((a, b) => a.date.localeCompare(b.date));
    if (events.length === 0) return null;
    const last = events[events.length - 1];
    return {
      rows: events as unknown as Record<string, unknown>[],
      columns: ['date', 'direction', 'who', 'role', 'kind', 'note'],
      subtitle: `Each dot is one visit; ${visits.length} by ${ctx.countryName}'s leaders to the US, ${travels.length} by US presidents and secretaries of state`,
      summary: `Timeline of ${events.length} visits from ${events[0].date.slice(0, 4)} to ${last.date.slice(0, 4)}. The latest: ${last.who}, ${last.date}.`,
      extra: { directions: [inUs, toCountry] },
    };
  },
  render(Plot, data, _ctx, width) {
    const rows = data.rows as unknown as EventRow[];
    const { directions } = data.extra as { directions: string[] };
    const kinds = [...new Set(rows.map((r) => r.kind))];
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
      color: { domain: kinds, range: categorical, legend: true },
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
          rows,
          Plot.dodgeY({
            x: (d: EventRow) => new Date(d.date),
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
  },
};
