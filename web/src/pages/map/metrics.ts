// What the map can be coloured by, given the endpoints this server has.
import { hasEndpoint } from '../../api';
import type { Countries } from '../../data';
import { indexText, pct, positionText, shareText } from '../../format';
import type { MapValue } from '../../map/shape';
import type { ScaleKind } from '../../palette';
import { loadRank, loadSimilar } from './load';
import { balanceValues, type RankColumn, rankValues, similarValues } from './values';

interface MapMetricContext {
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
  /** A measure of the composite bearing (GET /rank): its years are the composite's. */
  composite: boolean;
  note(poleNames: [string, string]): string;
  format(v: number | null): string;
  load(ctx: MapMetricContext): Promise<Map<string, MapValue>>;
}

const votesSource =
  'UN General Assembly roll calls (Voeten, Strezhnev & Bailey; UN Digital Library); bearing agreement measure.';

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
    composite: false,
    note: (n) =>
      `Agreement with ${n[which]} alone. Most developing states vote with most of the Assembly most of the time, so a high share is common; the composite bearing, where this server has it, corrects for that.`,
    format: shareText,
    async load(ctx) {
      return similarValues(await loadSimilar(ctx, which), ctx.countries.name, ctx.poles[which]);
    },
  };
}

const bearingSource =
  'bearing rank: UN General Assembly votes (Voeten et al.; UN Digital Library), IMF Direction of Trade Statistics, World Bank International Debt Statistics, US Office of the Historian; methods in docs/methods.md.';

const positionTicks = [-1, -0.5, 0, 0.5, 1].map((v) => ({ value: v, label: v === 0 ? '0' : v.toFixed(1) }));

function rankMetric(column: RankColumn, what: string, note: (n: [string, string]) => string): MapMetric {
  return {
    id: column,
    kind: 'diverging',
    column,
    label: (n) =>
      column === 'position' ? `Overall bearing (${n[0]} – ${n[1]})` : `${what} (${n[0]} – ${n[1]})`,
    title: (n, y) =>
      column === 'position'
        ? `Which way each country faces between ${n[0]} and ${n[1]}${y ? `, ${y}` : ''}`
        : `${what}: toward ${n[0]} or ${n[1]}${y ? `, ${y}` : ''}`,
    subtitle: (n) => `Position from −1 (${n[0]}) to +1 (${n[1]}), against the world's distribution that year`,
    ends: (n) => [n[0], n[1]],
    ticks: positionTicks,
    source: bearingSource,
    composite: true,
    note,
    format: positionText,
    async load(ctx) {
      const n: [string, string] = [ctx.countries.name(ctx.poles[0]), ctx.countries.name(ctx.poles[1])];
      return rankValues(await loadRank(ctx), column, n);
    },
  };
}

const balanceMetric: MapMetric = {
  id: 'balance',
  kind: 'sequential',
  column: 'balance',
  label: () => 'Balance ("facing forward")',
  title: (n, y) => `How evenly each country engages ${n[0]} and ${n[1]}${y ? `, ${y}` : ''}`,
  subtitle: () =>
    'Balance score from 0 (leans to one pole, or engages neither) to 1 (engages both fully and evenly)',
  ends: () => ['one-sided', 'balanced'],
  ticks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ value: v, label: v.toFixed(2) })),
  source: bearingSource,
  composite: true,
  note: () =>
    'Balance is high only when a country both engages the two poles substantially and does so evenly: a country that ignores both scores low, not "balanced".',
  format: indexText,
  async load(ctx) {
    return balanceValues(await loadRank(ctx));
  },
};

export function mapMetrics(caps: Set<string>): MapMetric[] {
  const out: MapMetric[] = [];
  if (hasEndpoint(caps, 'rank')) {
    const dims =
      'A missing dimension is left out of the overall position, never counted as zero; grey means no data at all.';
    out.push(
      rankMetric(
        'position',
        'Overall bearing',
        () => `The weighted mean of the dimensions each country has data for. ${dims}`,
      ),
      balanceMetric,
      rankMetric(
        'votes',
        'UN votes',
        () =>
          "Agreement with each pole, relative to the year's world distribution, so that routine agreement with the Assembly majority does not read as a tilt.",
      ),
      rankMetric('trade', 'Trade', () => 'The tilt of trade shares with the two poles.'),
      rankMetric(
        'finance',
        'Finance',
        () => 'The creditor tilt of public external debt, where the World Bank data cover the country.',
      ),
      rankMetric(
        'visits',
        'Visits',
        () =>
          'US-side intensity of leader and secretary visits; there is no comparable record for the other pole.',
      ),
    );
  }
  if (hasEndpoint(caps, 'similar')) out.push(agreementWith(0), agreementWith(1));
  return out;
}
