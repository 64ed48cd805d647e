import { median } from '../measures/quantile.js';
import { type AllianceDyad, type PoleTies, poleTies } from '../measures/security/alliances.js';
import {
  type ArmsPoleShares,
  armsPoleShares,
  armsWindow,
  defaultArmsWindow,
  type SupplierYear,
} from '../measures/security/arms.js';
import { troopScale, usPresence } from '../measures/security/presence.js';
import { securityReading } from '../measures/security/reading.js';
import { blocMembers, everMembers, findBloc } from '../poles/blocs.js';
import { mnnaStatus } from '../poles/mnna.js';
import { type Pole, poleMembers } from '../poles/pole.js';
import type { Store } from '../store/open.js';
import {
  type AtopRow,
  armsToStates,
  atopInvolving,
  securityCoverage,
  usTroopsInStates,
} from '../store/security.js';
import type { CountryDimensionReading, DimensionSeries } from './dimensions/provider.js';

/** The last year of ATOP obligations; later years carry 2018's forward (plus NATO accessions). */
export const atopLastYear = 2018;

/** The figures behind one security reading, flat so every face can show them. */
export interface SecurityFigures {
  [key: string]: number | string | boolean | null;
  armsWindowFrom: number;
  armsWindowTo: number;
  armsTotalTiv: number | null;
  armsTivFirst: number | null;
  armsTivSecond: number | null;
  armsShareFirst: number | null;
  armsShareSecond: number | null;
  armsTilt: number | null;
  armsLargestSupplier: string | null;
  armsLargestSupplierTiv: number | null;
  allianceDataYear: number;
  allianceCarriedForward: boolean;
  allianceTieFirst: number;
  allianceTieSecond: number;
  allianceObligationsFirst: string;
  allianceObligationsSecond: string;
  alliancePartnersFirst: string;
  alliancePartnersSecond: string;
  allianceTilt: number | null;
  natoMember: boolean;
  /** Which pole holds the United States this year ('first', 'second'), or null: US-only components not applicable. */
  usPole: string | null;
  usTroopsActiveDuty: number | null;
  usTroopsScale: number | null;
  mnna: boolean;
  mnnaSince: string | null;
  usPresence: number | null;
  engagementAbsolute: number | null;
  engagementTwoSided: number | null;
  worldMedianEngagement: number | null;
}

export const securitySource =
  'SIPRI Arms Transfers Database (TIV aggregates: 360info tidy table to 1994, register deliveries from 1995); ATOP 5 via peacesciencer (1815-2018; 2019+ carried forward from 2018 plus NATO accessions); US active-duty troops, DMDC via troopdata; MNNA designations, 22 U.S.C. 2321k (src/poles/mnna.ts)';

const nato = findBloc('NATO');

const natoByYear = new Map<number, Set<string>>();

/** NATO members of a year (blocs.ts), Germany as DEU as SIPRI and the security tables read it. */
function natoMembers(year: number): Set<string> {
  let m = natoByYear.get(year);
  if (!m) {
    m = new Set((nato ? blocMembers(nato, year) : []).map((id) => (id === 'BRD' ? 'DEU' : id)));
    natoByYear.set(year, m);
  }
  return m;
}

/** Pole members of a year as the security tables name them (Germany DEU throughout). */
export function members(pole: Pole, year: number): Set<string> {
  return new Set(poleMembers(pole, year).map((id) => (id === 'BRD' ? 'DEU' : id)));
}

function everIds(pole: Pole): string[] {
  const ids = pole.kind === 'country' ? [pole.id] : everMembers(pole.bloc);
  return [...new Set(ids.map((id) => (id === 'BRD' ? 'DEU' : id)))];
}

/** year -> country -> partner -> obligation bits (directions merged). */
type DyadIndex = Map<number, Map<string, Map<string, number>>>;

function indexDyads(rows: readonly AtopRow[]): DyadIndex {
  const out: DyadIndex = new Map();
  const put = (year: number, a: string, b: string, bits: number) => {
    let y = out.get(year);
    if (!y) {
      y = new Map();
      out.set(year, y);
    }
    let c = y.get(a);
    if (!c) {
      c = new Map();
      y.set(a, c);
    }
    c.set(b, (c.get(b) ?? 0) | bits);
  };
  for (const r of rows) {
    put(r.year, r.state1, r.state2, r.bits);
    put(r.year, r.state2, r.state1, r.bits);
  }
  return out;
}

/**
 * A country's dyads for a year: ATOP's own to 2018; after 2018, 2018's obligations carried forward,
 * plus a defence obligation with every NATO member for a state in NATO that year (blocs.ts), so that
 * accessions after 2018 (North Macedonia 2020, Finland 2023, Sweden 2024) are not lost.
 */
function dyadsFor(index: DyadIndex, id: string, year: number): AllianceDyad[] {
  const dataYear = Math.min(year, atopLastYear);
  const bits = new Map(index.get(dataYear)?.get(id) ?? []);
  if (year > atopLastYear) {
    const n = natoMembers(year);
    if (n.has(id)) for (const m of n) if (m !== id) bits.set(m, (bits.get(m) ?? 0) | 1);
  }
  return [...bits].map(([partner, b]) => ({ partner, bits: b }));
}

interface Inputs {
  /** recipient -> year -> deliveries. */
  arms: Map<string, Map<number, SupplierYear[]>>;
  troops: Map<number, Map<string, number | null>>;
  dyads: DyadIndex;
  from: number;
  to: number;
}

async function inputs(store: Store, poles: readonly [Pole, Pole]): Promise<Inputs> {
  const cov = await securityCoverage(store);
  const arms = new Map<string, Map<number, SupplierYear[]>>();
  for (const r of await armsToStates(store)) {
    let byYear = arms.get(r.recipient);
    if (!byYear) {
      byYear = new Map();
      arms.set(r.recipient, byYear);
    }
    let list = byYear.get(r.year);
    if (!list) {
      list = [];
      byYear.set(r.year, list);
    }
    list.push({ supplier: r.supplier, year: r.year, tiv: r.tiv });
  }
  const troops = new Map<number, Map<string, number | null>>();
  for (const t of await usTroopsInStates(store)) {
    let y = troops.get(t.year);
    if (!y) {
      y = new Map();
      troops.set(t.year, y);
    }
    y.set(t.country, t.troops);
  }
  const ids = [...new Set([...everIds(poles[0]), ...everIds(poles[1])])];
  const dyads = indexDyads(await atopInvolving(store, ids));
  return { arms, troops, dyads, from: cov.arms.from, to: Math.min(cov.arms.to, cov.troops.to) };
}

/** The designation date as precise as its citation: a day, or the year alone. */
function mnnaSince(id: string, year: number): string | null {
  const d = mnnaStatus(id, year);
  if (!d) return null;
  return d.precision === 'day' ? d.date : d.date.slice(0, 4);
}

interface Components {
  arms: ArmsPoleShares;
  largest: [string, number] | null;
  window: { from: number; to: number };
  ties: PoleTies;
  troops: number | null;
  usPole: 'first' | 'second' | null;
  mnnaSince: string | null;
  nato: boolean;
}

function components(inp: Inputs, id: string, year: number, a: Set<string>, b: Set<string>): Components {
  const byYear = inp.arms.get(id);
  const rows: SupplierYear[] = [];
  if (byYear) for (let y = year - defaultArmsWindow + 1; y <= year; y++) rows.push(...(byYear.get(y) ?? []));
  const w = armsWindow(rows, year, defaultArmsWindow);
  const largest = [...w.bySupplier].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0] ?? null;
  const troops = inp.troops.get(year)?.get(id) ?? null;
  const usPole = a.has('USA') ? 'first' : b.has('USA') ? 'second' : null;
  return {
    arms: armsPoleShares(w, a, b),
    largest,
    window: { from: w.from, to: w.to },
    ties: poleTies(dyadsFor(inp.dyads, id, year), a, b),
    troops,
    usPole,
    mnnaSince: mnnaSince(id, year),
    nato: natoMembers(year).has(id),
  };
}

function reading(c: Components, year: number): { position: number | null; figures: SecurityFigures } {
  const presence = c.usPole ? usPresence(c.troops, c.mnnaSince !== null) : null;
  const r = securityReading({ arms: c.arms, alliances: c.ties, usPresence: presence });
  const hasArms = c.arms.total > 0;
  const figures: SecurityFigures = {
    armsWindowFrom: c.window.from,
    armsWindowTo: c.window.to,
    armsTotalTiv: hasArms ? c.arms.total : null,
    armsTivFirst: hasArms ? c.arms.tivFirst : null,
    armsTivSecond: hasArms ? c.arms.tivSecond : null,
    armsShareFirst: c.arms.shareFirst,
    armsShareSecond: c.arms.shareSecond,
    armsTilt: c.arms.tilt,
    armsLargestSupplier: c.largest?.[0] ?? null,
    armsLargestSupplierTiv: c.largest?.[1] ?? null,
    allianceDataYear: Math.min(year, atopLastYear),
    allianceCarriedForward: year > atopLastYear,
    allianceTieFirst: c.ties.tieFirst,
    allianceTieSecond: c.ties.tieSecond,
    allianceObligationsFirst: c.ties.obligationsFirst.join(','),
    allianceObligationsSecond: c.ties.obligationsSecond.join(','),
    alliancePartnersFirst: c.ties.partnersFirst.join(','),
    alliancePartnersSecond: c.ties.partnersSecond.join(','),
    allianceTilt: c.ties.tilt,
    natoMember: c.nato,
    usPole: c.usPole,
    usTroopsActiveDuty: c.usPole ? c.troops : null,
    usTroopsScale: c.usPole ? troopScale(c.troops) : null,
    mnna: c.mnnaSince !== null,
    mnnaSince: c.mnnaSince,
    usPresence: presence,
    engagementAbsolute: r.engagement,
    engagementTwoSided: r.engagementTwoSided,
    worldMedianEngagement: null,
  };
  return { position: r.position, figures };
}

/**
 * Every country-year security reading for a pair of poles, 1950 to the last year of both the arms and
 * the troop data. A state is read in a year when it appears in one of the sources (arms delivered in
 * the window, a troopdata row); absent otherwise. The engagement is relative to the world: the
 * country's absolute engagement over the median state's that year, capped at 1 (as the bearing's
 * other dimensions). Cached per store and pole pair.
 */
export async function securitySeries(
  store: Store,
  poles: readonly [Pole, Pole],
): Promise<DimensionSeries<SecurityFigures>> {
  const key = `security:series:${poles[0].id},${poles[1].id}`;
  const cached = store.cache.get(key) as DimensionSeries<SecurityFigures> | undefined;
  if (cached) return cached;
  const inp = await inputs(store, poles);
  const out: DimensionSeries<SecurityFigures> = new Map();
  for (let year = inp.from; year <= inp.to; year++) {
    const a = members(poles[0], year);
    const b = members(poles[1], year);
    const ids = new Set<string>(inp.troops.get(year)?.keys() ?? []);
    for (const [id, byYear] of inp.arms) {
      for (let y = year - defaultArmsWindow + 1; y <= year; y++) if (byYear.has(y)) ids.add(id);
    }
    const readings = new Map<string, CountryDimensionReading<SecurityFigures>>();
    for (const id of [...ids].sort()) {
      const { position, figures } = reading(components(inp, id, year, a, b), year);
      readings.set(id, { position, engagement: null, dataYear: year, figures, source: securitySource });
    }
    const m = median([...readings.values()].map((r) => r.figures.engagementAbsolute ?? Number.NaN));
    for (const r of readings.values()) {
      const e = r.figures.engagementAbsolute;
      r.figures.worldMedianEngagement = Number.isFinite(m) ? m : null;
      r.engagement = e === null || !(m > 0) ? null : Math.min(1, e / m);
    }
    out.set(year, readings);
  }
  store.cache.set(key, out);
  return out;
}
