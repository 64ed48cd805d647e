import { InputError } from '../errors.js';
import { anchoredPosition, median, relativeEngagement } from '../measures/bearing/anchoredPosition.js';
import { type Composite, composite, type Stance } from '../measures/bearing/composite.js';
import {
  type Dimension,
  defaultWeights,
  dimensions,
  type Readings,
  type Weights,
} from '../measures/bearing/dimensions.js';
import { type SensitivityRow, sensitivity } from '../measures/bearing/sensitivity.js';
import { allDyadYears, yearRanges } from '../measures/dyadYears.js';
import { tilt } from '../measures/tilt.js';
import { category } from '../measures/voteTable.js';
import { parseWeightList } from '../params/weights.js';
import { everMembers } from '../poles/blocs.js';
import { type Pole, poleMembers } from '../poles/pole.js';
import { debtorIds } from '../store/debt.js';
import type { Store } from '../store/open.js';
import { loadVoteMatrix } from '../store/votes.js';
import { debtSeries } from './debt.js';
import { tradeIndicators } from './trade.js';
import { visitIntensity } from './visits.js';

/** The figures behind the votes dimension of one country-year. */
export interface VotesFigures {
  /** Mean agreement (Voeten's convention) with the first and second pole's members that year. */
  agreementFirst: number;
  agreementSecond: number;
  /** agreementSecond - agreementFirst, and the same for the world's median state and for each pole. */
  difference: number;
  worldMedian: number;
  firstAnchor: number;
  secondAnchor: number;
  /** Share of the year's roll calls the state voted on. */
  participation: number;
  rollCalls: number;
  source: string;
}

export interface TradeFigures {
  /** Exports plus mirror imports with each pole's members and with all partner states, US$ millions. */
  withFirst: number;
  withSecond: number;
  total: number;
  firstShare: number;
  secondShare: number;
  tilt: number | null;
  /** The world median of the two poles' combined share. */
  worldMedianCombinedShare: number;
  source: string;
}

export interface FinanceFigures {
  /** Public and publicly guaranteed external debt stock owed to each pole's members and in all, US$. */
  owedFirst: number;
  owedSecond: number;
  total: number;
  firstShare: number;
  secondShare: number;
  tilt: number | null;
  worldMedianCombinedShare: number;
  source: string;
}

export interface VisitsFigures {
  /** Level-weighted US-side visits and trips over the five years to this one (docs/methods/visits.md). */
  intensity5y: number;
  visitsIn5y: number;
  travelsOut5y: number;
  /** Share of states with a lower five-year intensity that year. */
  percentile: number;
  source: string;
}

export interface CountryYear {
  country: string;
  year: number;
  readings: Readings;
  votes: VotesFigures | null;
  trade: TradeFigures | null;
  finance: FinanceFigures | null;
  visits: VisitsFigures | null;
}

/** Every state's readings for every year, for one pair of poles. */
export type BearingWorld = Map<number, Map<string, CountryYear>>;

const sources = {
  votes:
    'UN General Assembly roll calls: Voeten / unvotes 1946-2019, UN Digital Library 2020-2021 (data/unga)',
  trade:
    'IMF Direction of Trade Statistics, exports FOB and mirror imports; totals from World rows where published (data/trade)',
  finance:
    'World Bank International Debt Statistics, PPG external debt stocks by creditor (data/debt/debt_creditors)',
  visits: 'US State Department, Office of the Historian: visits to the US and travels abroad (data/visits)',
};

function emptyReadings(): Readings {
  return {
    votes: { position: null, engagement: null },
    trade: { position: null, engagement: null },
    finance: { position: null, engagement: null },
    visits: { position: null, engagement: null },
  };
}

function entry(world: BearingWorld, country: string, year: number): CountryYear {
  let y = world.get(year);
  if (!y) {
    y = new Map();
    world.set(year, y);
  }
  let c = y.get(country);
  if (!c) {
    c = { country, year, readings: emptyReadings(), votes: null, trade: null, finance: null, visits: null };
    y.set(country, c);
  }
  return c;
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** 0 for the first pole, 1 for the second, -1 for neither, for a state in a year. */
function poleSide(poles: readonly [Pole, Pole], id: string, year: number): number {
  if (poleMembers(poles[0], year).includes(id)) return 0;
  if (poleMembers(poles[1], year).includes(id)) return 1;
  return -1;
}

/**
 * Agreement of every pair of states in every year, as one nc x nc matrix per year (NaN where they
 * share no vote): computed once per store from the bitset kernel, then any pair of poles reads it.
 */
async function agreementByYear(store: Store): Promise<Map<number, Float32Array>> {
  const key = 'bearing:agreementByYear';
  const cached = store.cache.get(key) as Map<number, Float32Array> | undefined;
  if (cached) return cached;
  const m = await loadVoteMatrix(store, {});
  const nc = m.countries.length;
  const d = allDyadYears(m);
  const out = new Map<number, Float32Array>();
  for (let i = 0; i < d.length; i++) {
    let cube = out.get(d.year[i]);
    if (!cube) {
      cube = new Float32Array(nc * nc).fill(Number.NaN);
      out.set(d.year[i], cube);
    }
    cube[d.a[i] * nc + d.b[i]] = d.agreement[i];
    cube[d.b[i] * nc + d.a[i]] = d.agreement[i];
  }
  store.cache.set(key, out);
  return out;
}

async function addVotes(store: Store, poles: readonly [Pole, Pole], world: BearingWorld): Promise<void> {
  const m = await loadVoteMatrix(store, {});
  const nc = m.countries.length;
  const ranges = yearRanges(m);
  const col = new Map(m.countries.map((c, i) => [c, i]));
  const all = m.countries.map((_, i) => i);
  const byYear = await agreementByYear(store);
  for (const { year, start, end } of ranges) {
    const members = poles.map((p) =>
      poleMembers(p, year)
        .filter((id) => col.has(id))
        .map((id) => col.get(id)!),
    );
    const cast = new Int32Array(nc);
    for (let r = start; r < end; r++)
      for (let c = 0; c < nc; c++) if (category(m.votes[r * nc + c]) >= 0) cast[c]++;
    const voters = all.filter((c) => cast[c] > 0);
    const cube = byYear.get(year);
    const rows = voters.map((c) => {
      const mean = (ms: number[]) => {
        let s = 0;
        let n = 0;
        for (const mb of ms) {
          // A member agrees with itself; otherwise the pair's agreement that year (NaN: no common vote).
          const a = mb === c ? 1 : (cube?.[mb * nc + c] ?? Number.NaN);
          if (Number.isFinite(a)) {
            s += a;
            n++;
          }
        }
        return n ? s / n : Number.NaN;
      };
      const a = mean(members[0]);
      const b = mean(members[1]);
      return { c, a, b, r: b - a, participation: cast[c] / (end - start) };
    });
    const anchor = (side: number) => {
      const v = rows.filter((x) => members[side].includes(x.c)).map((x) => x.r);
      return v.length ? v.reduce((s, x) => s + x, 0) / v.length : Number.NaN;
    };
    const worldMedian = median(rows.map((x) => x.r));
    const firstAnchor = anchor(0);
    const secondAnchor = anchor(1);
    const medianParticipation = median(rows.map((x) => x.participation));
    for (const x of rows) {
      if (!Number.isFinite(x.r)) continue;
      const e = entry(world, m.countries[x.c], year);
      const position = anchoredPosition(x.r, worldMedian, firstAnchor, secondAnchor);
      e.readings.votes = {
        position: finiteOrNull(position),
        engagement: finiteOrNull(relativeEngagement(x.participation, medianParticipation)),
      };
      e.votes = {
        agreementFirst: x.a,
        agreementSecond: x.b,
        difference: x.r,
        worldMedian,
        firstAnchor,
        secondAnchor,
        participation: x.participation,
        rollCalls: end - start,
        source: sources.votes,
      };
    }
  }
}

/** Trade or debt amounts with each pole: fills positions (raw tilt) and engagement (combined share vs world). */
function addTilts(
  world: BearingWorld,
  poles: readonly [Pole, Pole],
  dimension: 'trade' | 'finance',
  rows: { country: string; year: number; total: number; first: number; second: number }[],
): void {
  const byYear = new Map<number, typeof rows>();
  for (const r of rows) {
    if (!(r.total > 0)) continue;
    const list = byYear.get(r.year) ?? [];
    list.push(r);
    byYear.set(r.year, list);
  }
  for (const [year, list] of byYear) {
    const worldMedian = median(
      list.filter((r) => poleSide(poles, r.country, year) < 0).map((r) => (r.first + r.second) / r.total),
    );
    for (const r of list) {
      const side = poleSide(poles, r.country, year);
      const t = r.first + r.second > 0 ? tilt(r.first, r.second) : Number.NaN;
      // A pole's own members sit at their pole's end: a state is not its own partner or creditor.
      const position = side === 0 ? -1 : side === 1 ? 1 : t;
      const combined = (r.first + r.second) / r.total;
      const e = entry(world, r.country, year);
      e.readings[dimension] = {
        position: finiteOrNull(position),
        engagement: side >= 0 ? 1 : finiteOrNull(relativeEngagement(combined, worldMedian)),
      };
      const base = {
        total: r.total,
        firstShare: r.first / r.total,
        secondShare: r.second / r.total,
        tilt: finiteOrNull(t),
        worldMedianCombinedShare: worldMedian,
      };
      if (dimension === 'trade')
        e.trade = { withFirst: r.first, withSecond: r.second, ...base, source: sources.trade };
      else e.finance = { owedFirst: r.first, owedSecond: r.second, ...base, source: sources.finance };
    }
  }
}

async function addTrade(store: Store, poles: readonly [Pole, Pole], world: BearingWorld): Promise<void> {
  if (!store.has('trade_flows')) return;
  // The same figures as `bearing trade --series`: total from the World rows where published.
  const { rows } = await tradeIndicators(store, { poles });
  addTilts(
    world,
    poles,
    'trade',
    rows.map((r) => ({
      country: r.country,
      year: r.year,
      total: r.total,
      first: r.firstValue,
      second: r.secondValue,
    })),
  );
}

async function addFinance(store: Store, poles: readonly [Pole, Pole], world: BearingWorld): Promise<void> {
  if (!store.has('debt_creditors')) return;
  // The same figures as `bearing debt --series`: stocks owed to each pole's members, all categories.

  const rows: { country: string; year: number; total: number; first: number; second: number }[] = [];
  for (const id of await debtorIds(store)) {
    const debtor = store.concordance.get(String(id));
    if (!debtor) continue;
    for (const y of await debtSeries(store, debtor, { poles })) {
      if (y.stock === null) continue;
      rows.push({
        country: debtor.id,
        year: y.year,
        total: y.stock,
        first: y.firstStock ?? 0,
        second: y.secondStock ?? 0,
      });
    }
  }
  addTilts(world, poles, 'finance', rows);
}

/** Years over which US-side visits are summed for a year's reading (the year and the four before). */
export const visitWindow = 5;

async function addVisits(store: Store, poles: readonly [Pole, Pole], world: BearingWorld): Promise<void> {
  if (!store.has('visits')) return;
  const usSide = poles.findIndex((p) =>
    p.kind === 'country' ? p.id === 'USA' : everMembers(p.bloc).includes('USA'),
  );
  if (usSide < 0) return; // the record is of US contacts only: no reading for poles without the US
  const rows = await visitIntensity(store);
  const byCountry = new Map<string, Map<number, (typeof rows)[number]>>();
  for (const r of rows) {
    const m = byCountry.get(r.country) ?? new Map();
    m.set(r.year, r);
    byCountry.set(r.country, m);
  }
  for (const [year, states] of world) {
    const sums = [...states.keys()].map((country) => {
      const series = byCountry.get(country);
      let intensity = 0;
      let visitsIn = 0;
      let travelsOut = 0;
      for (let y = year - visitWindow + 1; y <= year; y++) {
        const r = series?.get(y);
        if (r) {
          intensity += r.intensity;
          visitsIn += r.visitsIn;
          travelsOut += r.travelsOut;
        }
      }
      return { country, intensity, visitsIn, travelsOut };
    });
    const universe = sums.filter((s) => s.country !== 'USA');
    for (const s of universe) {
      const below = universe.filter((o) => o.intensity < s.intensity).length;
      const ties = universe.filter((o) => o.intensity === s.intensity).length - 1;
      const percentile = universe.length > 1 ? (below + ties / 2) / (universe.length - 1) : 0;
      const e = states.get(s.country)!;
      const toward = usSide === 0 ? -1 : 1;
      e.readings.visits = { position: toward * percentile, engagement: percentile };
      e.visits = {
        intensity5y: s.intensity,
        visitsIn5y: s.visitsIn,
        travelsOut5y: s.travelsOut,
        percentile,
        source: sources.visits,
      };
    }
  }
}

/**
 * The bearing is read for states: those in the Correlates of War state system (they have a COW code,
 * Taiwan and Kosovo included) and any other UN voter. Dependent territories the IMF reports trade for
 * (Anguilla, Gibraltar, Macao, the Netherlands Antilles) are left out of the world, its medians and ranks.
 */
function keepStates(store: Store, world: BearingWorld): void {
  for (const states of world.values()) {
    for (const [id, cy] of states) {
      const c = store.concordance.get(id);
      if (cy.votes === null && (c === undefined || c.cown === null)) states.delete(id);
    }
  }
}

/** Every state's readings for every year between two poles, computed once and cached. */
export async function bearingWorld(store: Store, poles: readonly [Pole, Pole]): Promise<BearingWorld> {
  const key = `bearing:${poles[0].id},${poles[1].id}`;
  const cached = store.cache.get(key) as BearingWorld | undefined;
  if (cached) return cached;
  const world: BearingWorld = new Map();
  await addVotes(store, poles, world);
  await addTrade(store, poles, world);
  await addFinance(store, poles, world);
  keepStates(store, world);
  await addVisits(store, poles, world); // last: it reads the universe of states the others found
  store.cache.set(key, world);
  return world;
}

/** Parses `votes=1,trade=1,finance=1,visits=0` over the bearing's dimensions (src/params/weights.ts). */
export function parseWeights(text: string | undefined): Weights {
  return parseWeightList(text, dimensions, defaultWeights);
}

export interface ProfileYear extends Composite {
  year: number;
  dimensions: Record<Dimension, { position: number | null; engagement: number | null }>;
}

export interface Profile {
  country: string;
  name: string;
  year: number;
  poles: [string, string];
  position: number | null;
  balance: number | null;
  spread: number | null;
  stance: Stance | null;
  hedging: Composite['hedging'];
  headline: string;
  weights: Weights;
  dimensions: Record<
    Dimension,
    (Record<string, unknown> & { position: number | null; engagement: number | null }) | null
  >;
  sensitivity: {
    dimension: Dimension;
    factor: number;
    position: number | null;
    balance: number | null;
    stance: Stance | null;
  }[];
  series: ProfileYear[];
}

function poleWords(poles: readonly [Pole, Pole]): [string, string] {
  if (poles[0].id === 'USA' && poles[1].id === 'CHN') return ['West', 'East'];
  if (poles[0].id === 'CHN' && poles[1].id === 'USA') return ['East', 'West'];
  return [poles[0].name, poles[1].name];
}

/** The headline sentence: "Kenya 2019: facing forward, leaning East on trade and finance, West on votes". */
export function headline(
  name: string,
  year: number,
  c: Composite,
  readings: Readings,
  poles: readonly [Pole, Pole],
): string {
  const [w0, w1] = poleWords(poles);
  if (c.position === null)
    return `${name} ${year}: no data on any dimension between ${poles[0].id} and ${poles[1].id}`;
  const stance =
    c.stance === 'balanced'
      ? 'facing forward'
      : c.stance === 'disengaged'
        ? `engaged with neither ${poles[0].id} nor ${poles[1].id}`
        : Math.abs(c.position) >= 0.6
          ? `facing ${c.position < 0 ? w0 : w1}`
          : `leaning ${c.position < 0 ? w0 : w1}`;
  const active = dimensions.filter((d) => c.weights[d] > 0);
  const toFirst = active.filter((d) => (readings[d].position ?? 0) <= -0.25);
  const toSecond = active.filter((d) => (readings[d].position ?? 0) >= 0.25);
  const list = (ds: string[]) =>
    ds.length <= 1 ? ds.join('') : `${ds.slice(0, -1).join(', ')} and ${ds[ds.length - 1]}`;
  // Dimensions leaning the composite's way first, then those leaning against it.
  const order = (c.position ?? 0) < 0 ? [toFirst, toSecond] : [toSecond, toFirst];
  const words = (c.position ?? 0) < 0 ? [w0, w1] : [w1, w0];
  const parts = order.map((ds, i) => (ds.length ? `${words[i]} on ${list(ds)}` : '')).filter(Boolean);
  const leaning = parts.length
    ? c.stance === 'balanced' || c.stance === 'disengaged'
      ? `, leaning ${parts.join(', ')}`
      : ` (${parts.join('; ')})`
    : '';
  const hedge = c.hedging ? ', hedging' : '';
  const missing = dimensions.filter((d) => readings[d].position === null && defaultWeights[d] > 0);
  const gap = missing.length ? `; no ${list(missing)} data` : '';
  return `${name} ${year}: ${stance}${leaning}${hedge}${gap}`;
}

/** The bearing of one country: a year in detail, and the series over every year with data. */
export async function bearingProfile(
  store: Store,
  country: string,
  options: { year?: number; poles: [Pole, Pole]; weights?: Weights },
): Promise<Profile> {
  const weights = options.weights ?? { ...defaultWeights };
  const world = await bearingWorld(store, options.poles);
  const years = [...world.keys()].filter((y) => world.get(y)!.has(country)).sort((a, b) => a - b);
  if (years.length === 0) {
    throw new InputError(`no data for ${country} between ${options.poles[0].id} and ${options.poles[1].id}`, {
      location: { field: 'country' },
      kind: 'unknown',
    });
  }
  const series: ProfileYear[] = years.map((y) => {
    const cy = world.get(y)!.get(country)!;
    return { year: y, ...composite(cy.readings, weights), dimensions: cy.readings };
  });
  // Default year: the latest with the most dimensions.
  const year =
    options.year ??
    [...series].sort(
      (a, b) =>
        dimensions.filter((d) => b.dimensions[d].position !== null && weights[d] > 0).length -
          dimensions.filter((d) => a.dimensions[d].position !== null && weights[d] > 0).length ||
        b.year - a.year,
    )[0].year;
  const cy = world.get(year)?.get(country);
  if (!cy) {
    throw new InputError(
      `no data for ${country} in ${year}: data from ${years[0]} to ${years[years.length - 1]}`,
      {
        location: { field: 'year' },
      },
    );
  }
  const c = composite(cy.readings, weights);
  const name = store.concordance.get(country)?.name ?? country;
  const detail = (d: Dimension) => {
    const figures = cy[d];
    return figures ? { ...cy.readings[d], ...figures } : null;
  };
  const sens: SensitivityRow[] = sensitivity(cy.readings, weights);
  return {
    country,
    name,
    year,
    poles: [options.poles[0].id, options.poles[1].id],
    position: c.position,
    balance: c.balance,
    spread: c.spread,
    stance: c.stance,
    hedging: c.hedging,
    headline: headline(name, year, c, cy.readings, options.poles),
    weights: c.weights,
    dimensions: {
      votes: detail('votes'),
      trade: detail('trade'),
      finance: detail('finance'),
      visits: detail('visits'),
    },
    sensitivity: sens.map((s) => ({
      dimension: s.dimension,
      factor: s.factor,
      position: s.result.position,
      balance: s.result.balance,
      stance: s.result.stance,
    })),
    series,
  };
}

/** The profile's series as flat rows: composite and each dimension's position per year (tables, CSV). */
export function profileSeriesRows(p: Profile) {
  return p.series.map((y) => ({
    year: y.year,
    position: y.position,
    balance: y.balance,
    spread: y.spread,
    stance: y.stance,
    votes: y.dimensions.votes.position,
    trade: y.dimensions.trade.position,
    finance: y.dimensions.finance.position,
    visits: y.dimensions.visits.position,
  }));
}

export interface RankRow {
  rank: number;
  country: string;
  name: string;
  year: number;
  position: number | null;
  balance: number | null;
  spread: number | null;
  stance: Stance | null;
  votes: number | null;
  trade: number | null;
  finance: number | null;
  visits: number | null;
}

/** Every state in a year, ordered by position (first pole first) or by balance (most balanced first). */
export async function bearingRank(
  store: Store,
  options: { year: number; poles: [Pole, Pole]; weights?: Weights; by?: 'position' | 'balance' },
): Promise<RankRow[]> {
  const weights = options.weights ?? { ...defaultWeights };
  const world = await bearingWorld(store, options.poles);
  const states = world.get(options.year);
  if (!states) {
    const ys = [...world.keys()].sort((a, b) => a - b);
    throw new InputError(`no data in ${options.year}: data from ${ys[0]} to ${ys[ys.length - 1]}`, {
      location: { field: 'year' },
    });
  }
  const rows = [...states.values()].map((cy) => {
    const c = composite(cy.readings, weights);
    return {
      rank: 0,
      country: cy.country,
      name: store.concordance.get(cy.country)?.name ?? cy.country,
      year: options.year,
      position: c.position,
      balance: c.balance,
      spread: c.spread,
      stance: c.stance,
      votes: cy.readings.votes.position,
      trade: cy.readings.trade.position,
      finance: cy.readings.finance.position,
      visits: cy.readings.visits.position,
    };
  });
  const key = (r: RankRow) => (options.by === 'balance' ? -(r.balance ?? -1) : (r.position ?? 2));
  rows.sort((a, b) => key(a) - key(b) || a.country.localeCompare(b.country));
  rows.forEach((r, i) => {
    r.rank = i + 1;
  });
  return rows;
}
