import type { Concordance } from '../countries/concordance.js';
import { stateOnDate } from '../countries/historical.js';
import { InputError } from '../errors.js';
import type { AtopTable } from '../sources/atop/parseAtop.js';
import type { ArmsAggregate } from '../sources/sipri/aggregate.js';
import type { TroopRow } from '../sources/troopdata/parseTroops.js';
import type { CellValue, TableSpec } from './table.js';

export const armsTransfersTable: TableSpec = {
  name: 'arms_transfers',
  description:
    "SIPRI TIV (millions) delivered by a supplier to a recipient in a year: aggregates only, never register rows. Years to 1994 from 360info's tidy table (one row each), from 1995 the sum of every register line with this supplier, recipient and delivery year (source_line = the first, source_lines = how many). supplier/recipient are concordance ids for states, SIPRI's own name for armed groups, organisations and unknowns (kind says which)",
  columns: [
    { name: 'supplier', type: 'VARCHAR' },
    { name: 'supplier_kind', type: 'VARCHAR' },
    { name: 'supplier_name', type: 'VARCHAR' },
    { name: 'recipient', type: 'VARCHAR' },
    { name: 'recipient_kind', type: 'VARCHAR' },
    { name: 'recipient_name', type: 'VARCHAR' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'tiv', type: 'DOUBLE', nullable: true },
    { name: 'source', type: 'VARCHAR' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
    { name: 'source_lines', type: 'INTEGER' },
  ],
};

export const usTroopsTable: TableSpec = {
  name: 'us_troops',
  description:
    'US active-duty personnel (DMDC via troopdata) by place and year. country is a concordance id (kind state) or null for territories and places troopdata gives no state code (kind territory); rows of one state-year under two spellings are summed (source_line = the first, source_rows = how many)',
  columns: [
    { name: 'country', type: 'VARCHAR', nullable: true },
    { name: 'place', type: 'VARCHAR' },
    { name: 'kind', type: 'VARCHAR' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'troops', type: 'INTEGER', nullable: true },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
    { name: 'source_rows', type: 'INTEGER' },
  ],
};

export const atopTable: TableSpec = {
  name: 'atop_obligations',
  description:
    'ATOP 5 directed dyad-years with at least one obligation of state1 toward state2 (defense, offense, neutral, nonagg, consul), 1815-2018; state ids from the COW codes (null when the concordance has no state for the code)',
  columns: [
    { name: 'state1', type: 'VARCHAR', nullable: true },
    { name: 'state2', type: 'VARCHAR', nullable: true },
    { name: 'ccode1', type: 'SMALLINT' },
    { name: 'ccode2', type: 'SMALLINT' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'defense', type: 'BOOLEAN' },
    { name: 'offense', type: 'BOOLEAN' },
    { name: 'neutral', type: 'BOOLEAN' },
    { name: 'nonagg', type: 'BOOLEAN' },
    { name: 'consul', type: 'BOOLEAN' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};

export function* armsRows(rows: readonly ArmsAggregate[]): Generator<readonly CellValue[]> {
  for (const a of rows) {
    yield [
      a.supplier,
      a.supplierKind,
      a.supplierName,
      a.recipient,
      a.recipientKind,
      a.recipientName,
      a.year,
      a.tiv,
      a.source,
      a.sourceFile,
      a.sourceLine,
      a.lines,
    ];
  }
}

/**
 * The state a code stands for in a year, as the SIPRI aggregates read it: a successor's code before
 * the change is the predecessor (RUS before 1992 is SUN, CZE before 1993 CSK), except Germany, which
 * SIPRI reports as one "Germany" throughout (DEU, as for trade); the year counts as of 31 December.
 */
export function securityState(id: string, year: number): string {
  if (id === 'BRD' || id === 'DEU') return 'DEU';
  return stateOnDate(id, `${year}-12-31`);
}

/** Resolves troopdata places (ISO3, else a COW state code below 1000) and sums a state-year's spellings. */
export function troopRows(
  rows: readonly TroopRow[],
  file: string,
  concordance: Concordance,
): (readonly CellValue[])[] {
  const out = new Map<string, CellValue[]>();
  for (const r of rows) {
    let id: string | null = null;
    if (r.iso3) {
      const c = concordance.tryResolve(`iso3:${r.iso3}`) ?? concordance.tryResolve(r.iso3);
      if (!c)
        throw new InputError(`unknown ISO3 code '${r.iso3}'`, {
          location: { file, line: r.line, field: 'iso3c' },
        });
      id = securityState(c.id, r.year);
    } else if (r.ccode !== null && r.ccode < 1000) {
      const c = concordance.tryResolve(`cow:${r.ccode}`);
      id = c ? securityState(c.id, r.year) : null;
    }
    const key = id ? `${id}:${r.year}` : `${r.name}:${r.year}`;
    const prev = out.get(key);
    if (prev) {
      // Another spelling of the same state-year: sum, missing only when both are missing.
      prev[4] = prev[4] === null && r.troops === null ? null : Number(prev[4] ?? 0) + (r.troops ?? 0);
      prev[7] = Number(prev[7]) + 1;
      continue;
    }
    out.set(key, [id, r.name, id ? 'state' : 'territory', r.year, r.troops, file, r.line, 1]);
  }
  return [...out.values()];
}

export function* atopRows(table: AtopTable, concordance: Concordance): Generator<readonly CellValue[]> {
  const ids = new Map<number, string | null>();
  const id = (code: number, year: number) => {
    if (!ids.has(code)) ids.set(code, concordance.tryResolve(`cow:${code}`)?.id ?? null);
    const c = ids.get(code);
    return c ? securityState(c, year) : null;
  };
  for (let i = 0; i < table.line.length; i++) {
    const b = table.obligations[i];
    if (b === 0) continue;
    yield [
      id(table.ccode1[i], table.year[i]),
      id(table.ccode2[i], table.year[i]),
      table.ccode1[i],
      table.ccode2[i],
      table.year[i],
      (b & 1) !== 0,
      (b & 2) !== 0,
      (b & 4) !== 0,
      (b & 8) !== 0,
      (b & 16) !== 0,
      table.file,
      table.line[i],
    ];
  }
}
