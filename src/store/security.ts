import type { PartyKind } from '../security/vocabulary.js';
import { cachedPerStore, requireDataset, rowObjects as rows } from './load.js';
import type { Store } from './open.js';

/** The raw publisher files the security tables trace to. */
export const securitySourceFiles = {
  register: 'security/sipri_arms_transfers_register_deliveries_1995_2025.csv',
  tidy: 'security/sipri_tiv_exports_by_supplier_recipient_year_1950_2021_360info.csv',
  troops: 'security/us_troops_abroad_country_year_1950_2024.csv',
  atop: 'security/atop5_alliances_directed_dyad_year_1815_2018.csv.gz',
} as const;

/** One supplier x recipient x year aggregate (SIPRI TIV millions) with its provenance. */
export interface ArmsRow {
  supplier: string;
  supplierKind: PartyKind;
  supplierName: string;
  recipient: string;
  recipientKind: PartyKind;
  year: number;
  /** null when SIPRI identified no deliveries on any of the lines summed. */
  tiv: number | null;
  source: 'register' | 'tidy';
  sourceFile: string;
  sourceLine: number;
  sourceLines: number;
}

export interface TroopCount {
  country: string;
  year: number;
  troops: number | null;
  sourceLine: number;
  sourceRows: number;
}

/** One directed ATOP dyad-year: obligations of state1 toward state2 as bits (parseAtop's order). */
export interface AtopRow {
  state1: string;
  state2: string;
  year: number;
  bits: number;
  sourceLine: number;
}

export function requireSecurity(store: Store): void {
  requireDataset(store, ['arms_transfers', 'us_troops', 'atop_obligations'], 'security');
}

export interface SecurityCoverage {
  arms: { from: number; to: number };
  troops: { from: number; to: number };
  atop: { from: number; to: number };
}

/** Years each security table covers. Cached. */
export async function securityCoverage(store: Store): Promise<SecurityCoverage> {
  requireSecurity(store);
  return cachedPerStore(store, 'security:coverage', async () => {
    const [r] = await rows(
      store,
      `SELECT (SELECT min(year) FROM arms_transfers)::INTEGER AS af, (SELECT max(year) FROM arms_transfers)::INTEGER AS at,
        (SELECT min(year) FROM us_troops)::INTEGER AS tf, (SELECT max(year) FROM us_troops)::INTEGER AS tt,
        (SELECT min(year) FROM atop_obligations)::INTEGER AS of, (SELECT max(year) FROM atop_obligations)::INTEGER AS ot`,
    );
    return {
      arms: { from: Number(r.af), to: Number(r.at) },
      troops: { from: Number(r.tf), to: Number(r.tt) },
      atop: { from: Number(r.of), to: Number(r.ot) },
    };
  });
}

const armsColumns = `supplier, supplier_kind, supplier_name, recipient, recipient_kind, year::INTEGER AS year, tiv,
  source, source_file, source_line::INTEGER AS source_line, source_lines::INTEGER AS source_lines`;

function armsRow(r: Record<string, unknown>): ArmsRow {
  return {
    supplier: String(r.supplier),
    supplierKind: r.supplier_kind as PartyKind,
    supplierName: String(r.supplier_name),
    recipient: String(r.recipient),
    recipientKind: r.recipient_kind as PartyKind,
    year: Number(r.year),
    tiv: r.tiv === null ? null : Number(r.tiv),
    source: r.source as ArmsRow['source'],
    sourceFile: String(r.source_file),
    sourceLine: Number(r.source_line),
    sourceLines: Number(r.source_lines),
  };
}

/** Every delivery aggregate to one recipient (state id or SIPRI name) in a year range, by year and supplier. */
export async function armsImports(
  store: Store,
  recipient: string,
  from: number,
  to: number,
): Promise<ArmsRow[]> {
  requireSecurity(store);
  return (
    await rows(
      store,
      `SELECT ${armsColumns} FROM arms_transfers WHERE recipient = $1 AND year BETWEEN $2 AND $3 ORDER BY year, supplier`,
      [recipient, from, to],
    )
  ).map(armsRow);
}

/** Every aggregate whose recipient is a state (for the dimension over all country-years). Cached. */
export async function armsToStates(store: Store): Promise<ArmsRow[]> {
  requireSecurity(store);
  return cachedPerStore(store, 'security:arms', async () => {
    return (
      await rows(
        store,
        `SELECT ${armsColumns} FROM arms_transfers WHERE recipient_kind = 'state' ORDER BY recipient, year`,
      )
    ).map(armsRow);
  });
}

/** US active-duty troops in states (territories left out), by country and year. Cached. */
export async function usTroopsInStates(store: Store): Promise<TroopCount[]> {
  requireSecurity(store);
  return cachedPerStore(store, 'security:troops', async () => {
    return (
      await rows(
        store,
        `SELECT country, year::INTEGER AS year, troops::INTEGER AS troops, source_line::INTEGER AS source_line,
          source_rows::INTEGER AS source_rows FROM us_troops WHERE kind = 'state' ORDER BY country, year`,
      )
    ).map((r) => ({
      country: String(r.country),
      year: Number(r.year),
      troops: r.troops === null ? null : Number(r.troops),
      sourceLine: Number(r.source_line),
      sourceRows: Number(r.source_rows),
    }));
  });
}

/** ATOP dyad-years between two resolved states where either side is one of `ids`. */
export async function atopInvolving(store: Store, ids: readonly string[]): Promise<AtopRow[]> {
  requireSecurity(store);
  if (ids.length === 0) return [];
  const list = ids.map((_, i) => `$${i + 1}`).join(', ');
  return (
    await rows(
      store,
      `SELECT state1, state2, year::INTEGER AS year,
        (defense::INTEGER + 2 * offense::INTEGER + 4 * neutral::INTEGER + 8 * nonagg::INTEGER + 16 * consul::INTEGER)::INTEGER AS bits,
        source_line::INTEGER AS source_line
      FROM atop_obligations
      WHERE state1 IS NOT NULL AND state2 IS NOT NULL AND (state1 IN (${list}) OR state2 IN (${list}))
      ORDER BY year, state1, state2`,
      [...ids],
    )
  ).map((r) => ({
    state1: String(r.state1),
    state2: String(r.state2),
    year: Number(r.year),
    bits: Number(r.bits),
    sourceLine: Number(r.source_line),
  }));
}
