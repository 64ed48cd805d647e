import type { Concordance } from '../../countries/concordance.js';
import { InputError } from '../../errors.js';
import { securityState } from '../../security/states.js';
import type { AtopTable } from '../../sources/atop/parseAtop.js';
import type { ArmsAggregate } from '../../sources/sipri/aggregate.js';
import type { TroopRow } from '../../sources/troopdata/parseTroops.js';
import type { CellValue } from '../../store/table.js';

// Rows of the security tables (specs in src/store/securityTables.ts) from the parsed publisher files.

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
