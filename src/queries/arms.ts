import { InputError } from '../errors.js';
import { type Pole, poleMembers } from '../poles/pole.js';
import type { PartyKind } from '../security/vocabulary.js';
import type { Store } from '../store/open.js';
import { armsImports, securityCoverage, securitySourceFiles } from '../store/security.js';

export interface ArmsSupplierRow {
  supplier: string;
  supplierName: string;
  supplierKind: PartyKind;
  /** SIPRI TIV millions over the period. */
  tiv: number;
  /** Share of the country's imports over the period. */
  share: number;
  /** Years with a delivery from this supplier. */
  years: number;
  /** With poles: the pole the supplier belonged to in a year of its deliveries. */
  pole?: 'first' | 'second' | null;
}

export interface ArmsYearRow {
  year: number;
  supplier: string;
  supplierName: string;
  supplierKind: PartyKind;
  tiv: number | null;
  source: 'register' | 'tidy';
  sourceLine: number;
  sourceLines: number;
  /** With poles: the pole the supplier belonged to that year. */
  pole?: 'first' | 'second' | null;
}

export interface ArmsImports {
  country: string;
  from: number;
  to: number;
  total: number;
  suppliers: ArmsSupplierRow[];
  years: ArmsYearRow[];
  coverage: string;
  sources: { file: string; rows: number[]; note: string }[];
}

/**
 * A country's arms imports by supplier over a period (SIPRI TIV): the largest first, with the yearly
 * aggregates and the first publisher line of each. Years before 1995 come from the tidy table, later
 * ones from the register (the seam, src/sources/sipri/aggregate.ts).
 */
export async function armsBySupplier(
  store: Store,
  country: string,
  from?: number,
  to?: number,
  poles?: readonly [Pole, Pole],
): Promise<ArmsImports> {
  const cov = await securityCoverage(store);
  const f = from ?? cov.arms.from;
  const t = to ?? cov.arms.to;
  if (f > t) throw new InputError(`--from ${f} is after --to ${t}`, { location: { field: 'from' } });
  if (t < cov.arms.from || f > cov.arms.to)
    throw new InputError(`no arms data for ${f}-${t}: SIPRI covers ${cov.arms.from}-${cov.arms.to}`, {
      location: { field: 'from' },
    });
  const rows = await armsImports(store, country, f, t);
  const by = new Map<string, ArmsSupplierRow>();
  let total = 0;
  for (const r of rows) {
    const s = by.get(r.supplier) ?? {
      supplier: r.supplier,
      supplierName: r.supplierName,
      supplierKind: r.supplierKind,
      tiv: 0,
      share: 0,
      years: 0,
    };
    s.tiv += r.tiv ?? 0;
    if ((r.tiv ?? 0) > 0) s.years++;
    total += r.tiv ?? 0;
    by.set(r.supplier, s);
  }
  const suppliers = [...by.values()]
    .map((s) => ({ ...s, tiv: Math.round(s.tiv * 1e6) / 1e6, share: total > 0 ? s.tiv / total : 0 }))
    .sort((a, b) => b.tiv - a.tiv || a.supplier.localeCompare(b.supplier));
  // Pole membership in the year of delivery (blocs change); Germany is DEU in the SIPRI aggregates.
  const side = (supplier: string, year: number): 'first' | 'second' | null => {
    if (!poles) return null;
    const id = (x: string) => (x === 'BRD' ? 'DEU' : x);
    if (poleMembers(poles[0], year).map(id).includes(supplier)) return 'first';
    if (poleMembers(poles[1], year).map(id).includes(supplier)) return 'second';
    return null;
  };
  if (poles) {
    for (const s of suppliers) {
      const sides = rows.filter((r) => r.supplier === s.supplier).map((r) => side(r.supplier, r.year));
      s.pole = sides.find((x) => x !== null) ?? null;
    }
  }
  const lines = (src: 'register' | 'tidy') => rows.filter((r) => r.source === src).map((r) => r.sourceLine);
  return {
    country,
    from: f,
    to: t,
    total: Math.round(total * 1e6) / 1e6,
    suppliers,
    years: rows.map((r) => ({
      year: r.year,
      supplier: r.supplier,
      supplierName: r.supplierName,
      supplierKind: r.supplierKind,
      tiv: r.tiv,
      source: r.source,
      sourceLine: r.sourceLine,
      sourceLines: r.sourceLines,
      ...(poles ? { pole: side(r.supplier, r.year) } : {}),
    })),
    coverage: `SIPRI TIV, deliveries ${f}-${t} (data ${cov.arms.from}-${cov.arms.to}: the 360info tidy table to 1994, the register from 1995); years without deliveries have no rows`,
    sources: [
      {
        file: securitySourceFiles.register,
        rows: lines('register'),
        note: 'the first register line of each supplier-year aggregate',
      },
      { file: securitySourceFiles.tidy, rows: lines('tidy'), note: 'one row per supplier-year' },
    ].filter((s) => s.rows.length > 0),
  };
}
