import type { ChartData, ChartView } from '../types';
import type { VisitsAnswer } from './load';

export type VisitEvent = {
  date: string;
  year: number;
  direction: string;
  who: string;
  role: string | null;
  kind: string;
  note: string;
};

export type VisitsData = ChartData<VisitEvent> & {
  /** The two facets, in order: the country's leaders in the US, then US leaders in the country. */
  directions: [string, string];
  /** Colour domain: the kinds present, in order of first appearance. */
  kinds: string[];
};

/** Both directions as one list of dated events, oldest first; null when there are none. */
export function shapeVisits({ visits, travels }: VisitsAnswer, view: ChartView): VisitsData | null {
  const inUs = `${view.countryName}'s leaders in the US`;
  const toCountry = `US president or secretary of state in ${view.countryName}`;
  const events: VisitEvent[] = [
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
    rows: events,
    columns: ['date', 'direction', 'who', 'role', 'kind', 'note'],
    subtitle: `Each dot is one visit; ${visits.length} by ${view.countryName}'s leaders to the US, ${travels.length} by US presidents and secretaries of state`,
    summary: `Timeline of ${events.length} visits from ${events[0].date.slice(0, 4)} to ${last.date.slice(0, 4)}. The latest: ${last.who}, ${last.date}.`,
    directions: [inUs, toCountry],
    kinds: [...new Set(events.map((r) => r.kind))],
  };
}
