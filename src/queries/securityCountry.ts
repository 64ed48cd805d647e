import { mnnaStatus } from '../poles/mnna.js';
import type { Pole } from '../poles/pole.js';
import type { Store } from '../store/open.js';
import { armsImports, atopInvolving, securitySourceFiles, usTroopsInStates } from '../store/security.js';
import { members, type SecurityFigures, securitySeries } from './security.js';

// One country's security reading spelled out (for `bearing security` and the API), and its series.

export interface SecuritySupplier {
  supplier: string;
  supplierName: string;
  tiv: number;
  share: number;
  pole: 'first' | 'second' | null;
}

/** One country-year with every component spelled out and the publisher rows behind it. */
export interface SecurityCountryYear {
  country: string;
  year: number;
  poles: [string, string];
  position: number | null;
  engagement: number | null;
  figures: SecurityFigures;
  arms: { window: { from: number; to: number }; suppliers: SecuritySupplier[] };
  alliances: {
    dataYear: number;
    carriedForward: boolean;
    first: { tie: number; obligations: string[]; partners: string[] };
    second: { tie: number; obligations: string[]; partners: string[] };
  };
  status: { natoMember: boolean; mnna: boolean; mnnaSince: string | null; mnnaCitation: string | null };
  troops: { usActiveDuty: number | null; scale: number | null; applicable: boolean };
  coverage: string;
  sources: { file: string; rows: number[]; note?: string }[];
}

/** The reading of one country in one year with its components and sources (for `bearing security`). */
export async function securityCountryYear(
  store: Store,
  id: string,
  year: number,
  poles: readonly [Pole, Pole],
): Promise<SecurityCountryYear | null> {
  const series = await securitySeries(store, poles);
  const r = series.get(year)?.get(id);
  if (!r) return null;
  const f = r.figures;
  const a = members(poles[0], year);
  const b = members(poles[1], year);
  const rows = await armsImports(store, id, f.armsWindowFrom, f.armsWindowTo);
  const by = new Map<string, { name: string; tiv: number }>();
  for (const x of rows) {
    const s = by.get(x.supplier) ?? { name: x.supplierName, tiv: 0 };
    s.tiv += x.tiv ?? 0;
    by.set(x.supplier, s);
  }
  const total = f.armsTotalTiv ?? 0;
  const suppliers = [...by]
    .map(([supplier, s]) => ({
      supplier,
      supplierName: s.name,
      tiv: s.tiv,
      share: total > 0 ? s.tiv / total : 0,
      pole: a.has(supplier) ? ('first' as const) : b.has(supplier) ? ('second' as const) : null,
    }))
    .sort((x, y) => y.tiv - x.tiv || x.supplier.localeCompare(y.supplier));
  const split = (v: string | number | boolean | null) => (typeof v === 'string' && v ? v.split(',') : []);
  const atop = await atopInvolving(store, [id]);
  const atopLines = atop.filter((x) => x.year === f.allianceDataYear).map((x) => x.sourceLine);
  const troops = (await usTroopsInStates(store)).find((t) => t.country === id && t.year === year);
  const mnna = mnnaStatus(id, year);
  const bySource = (src: 'register' | 'tidy') =>
    rows.filter((x) => x.source === src).map((x) => x.sourceLine);
  return {
    country: id,
    year,
    poles: [poles[0].id, poles[1].id],
    position: r.position,
    engagement: r.engagement,
    figures: f,
    arms: { window: { from: f.armsWindowFrom, to: f.armsWindowTo }, suppliers },
    alliances: {
      dataYear: f.allianceDataYear,
      carriedForward: f.allianceCarriedForward,
      first: {
        tie: f.allianceTieFirst,
        obligations: split(f.allianceObligationsFirst),
        partners: split(f.alliancePartnersFirst),
      },
      second: {
        tie: f.allianceTieSecond,
        obligations: split(f.allianceObligationsSecond),
        partners: split(f.alliancePartnersSecond),
      },
    },
    status: {
      natoMember: f.natoMember,
      mnna: f.mnna,
      mnnaSince: f.mnnaSince,
      mnnaCitation: mnna?.citation ?? null,
    },
    troops: { usActiveDuty: troops?.troops ?? null, scale: f.usTroopsScale, applicable: f.usPole !== null },
    coverage: `arms ${f.armsWindowFrom}-${f.armsWindowTo} (5-year window; SIPRI 1950-2024); alliances ATOP ${f.allianceDataYear}${f.allianceCarriedForward ? ` carried forward to ${year}` : ''} (ATOP ends 2018); US troops 1950-2024 (US only); MNNA designations to 2024`,
    sources: [
      {
        file: securitySourceFiles.register,
        rows: bySource('register'),
        note: 'first register line of each supplier-year aggregate in the window',
      },
      { file: securitySourceFiles.tidy, rows: bySource('tidy') },
      { file: securitySourceFiles.atop, rows: atopLines, note: `ATOP dyad-years of ${f.allianceDataYear}` },
      { file: securitySourceFiles.troops, rows: troops ? [troops.sourceLine] : [] },
    ].filter((s) => s.rows.length > 0),
  };
}

/** One year of a country's security reading, flat, for series and the alliances timeline. */
export interface SecurityYear extends SecurityFigures {
  country: string;
  year: number;
  position: number | null;
  engagement: number | null;
}

/** A country's readings year by year (years without a reading are left out: missing, not zero). */
export async function securityTimeline(
  store: Store,
  id: string,
  poles: readonly [Pole, Pole],
  span: { from?: number; to?: number } = {},
): Promise<SecurityYear[]> {
  const series = await securitySeries(store, poles);
  const out: SecurityYear[] = [];
  for (const [year, m] of series) {
    if ((span.from !== undefined && year < span.from) || (span.to !== undefined && year > span.to)) continue;
    const r = m.get(id);
    if (r) out.push({ country: id, year, position: r.position, engagement: r.engagement, ...r.figures });
  }
  return out.sort((a, b) => a.year - b.year);
}
