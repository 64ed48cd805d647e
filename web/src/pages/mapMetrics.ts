// What the map can be coloured by, given the endpoints this server has.
import { endpointPath, fillPath, getJson, hasEndpoint } from '../api';
import type { Countries } from '../data';
import { pct } from '../format';
import type { MapValue } from '../map/WorldMap';
import type { ScaleKind } from '../palette';

export interface MapMetricContext {
  caps: Set<string>;
  poles: [string, string];
  year: number;
  countries: Countries;
}

export interface MapMetric {
  id: string;
  kind: ScaleKind;
  column: string;
  label(poleNames: [string, string]): string;
  title(poleNames: [string, string], year: number | undefined): string;
  subtitle(poleNames: [string, string], year: number | undefined): string;
  ends(poleNames: [string, string]): [string, string];
  ticks: { value: number; label: string }[];
  source: string;
  note(poleNames: [string, string]): string;
  format(v: number | null): string;
  load(ctx: MapMetricContext): Promise<Map<string, MapValue>>;
}

const votesSource =
  'UN General Assembly roll calls (Voeten, Strezhnev & Bailey; UN Digital Library); bearing agreement measure.';

interface SimilarRow {
  side: 'most' | 'least';
  partner: string;
  agreement: number | null;
  votes: number;
}

function agreementWith(which: 0 | 1): MapMetric {
  return {
    id: which === 0 ? 'agree-first' : 'agree-second',
    kind: 'sequential',
    column: 'agreement',
    label: (n) => `Vote agreement with ${n[which]}`,
    title: (n, y) => `How often each country voted with ${n[which]} at the UN${y ? `, ${y}` : ''}`,
    subtitle: () => 'Share of UN General Assembly roll calls voted alike (abstention counts half)',
    ends: () => ['rarely', 'almost always'],
    ticks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ value: v, label: pct(v) })),
    source: votesSource,
    note: (n) =>
      `Agreement with ${n[which]} alone. Most developing states vote with most of the Assembly most of the time, so a high share is common; the composite bearing, where this server has it, corrects for that.`,
    format: (v) => pct(v),
    async load({ caps, poles, year, countries }) {
      const { path, query } = fillPath(endpointPath(caps, 'similar') ?? '/similar/{country}', {
        country: poles[which],
        year,
        top: 300,
      });
      const rows = await getJson<SimilarRow[]>(path, query);
      const out = new Map<string, MapValue>();
      for (const r of rows) {
        if (r.side !== 'most' || out.has(r.partner)) continue;
        out.set(r.partner, {
          id: r.partner,
          name: countries.name(r.partner),
          value: r.agreement,
          label: `${pct(r.agreement)} agreement with ${countries.name(poles[which])} (${r.votes} votes)`,
        });
      }
      return out;
    },
  };
}

export function mapMetrics(caps: Set<string>): MapMetric[] {
  const out: MapMetric[] = [];
  if (hasEndpoint(caps, 'similar')) out.push(agreementWith(0), agreementWith(1));
  return out;
}
