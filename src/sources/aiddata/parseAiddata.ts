import type { Concordance } from '../../countries/concordance.js';
import { InputError } from '../../errors.js';
import { columns, parseCsv } from '../csv/readCsv.js';

/**
 * AidData's Global Chinese Development Finance 3.0, aggregated by recipient (Correlates of War code)
 * and commitment year by odadata (Miles Williams): constant 2021 US$ committed as ODA-like, other
 * official flows (OOF) and "vague" (official finance whose flow class AidData could not establish),
 * each also as an `_adj` variant published beside it. Commitments, calendar years 2000-2021.
 */
export interface AiddataRecord {
  recipient: string;
  cow: number;
  year: number;
  odaUsd2021: number;
  oofUsd2021: number;
  vagueUsd2021: number;
  odaAdjUsd2021: number;
  oofAdjUsd2021: number;
  vagueAdjUsd2021: number;
  line: number;
}

const amountColumns = ['oda_amt', 'oof_amt', 'vof_amt', 'oda_adj', 'oof_adj', 'vof_adj'] as const;
const numberPattern = /^(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

export function parseAiddata(text: string, file: string, concordance: Concordance): AiddataRecord[] {
  const table = parseCsv(text, file);
  const col = columns(table, ['ccode', 'year', ...amountColumns] as const);
  const ids = new Map<string, string>();
  const seen = new Map<string, number>();
  const out: AiddataRecord[] = [];
  for (const rec of table.records) {
    const v = rec.values;
    const at = (field: string) => ({ file, line: rec.line, field });
    const cs = v[col.ccode].trim();
    if (!/^\d{1,4}$/.test(cs)) {
      throw new InputError(`ccode must be a Correlates of War number, got '${cs}'`, {
        location: at('ccode'),
      });
    }
    let id = ids.get(cs);
    if (!id) {
      const c = concordance.tryResolve(`cow:${cs}`);
      if (!c) {
        throw new InputError(`unknown Correlates of War code ${cs}`, {
          location: at('ccode'),
          kind: 'unknown',
        });
      }
      id = c.id;
      ids.set(cs, id);
    }
    const ys = v[col.year].trim();
    if (!/^\d{4}$/.test(ys) || Number(ys) < 1990 || Number(ys) > 2100) {
      throw new InputError(`invalid year '${ys}'`, { location: at('year') });
    }
    const a: number[] = [];
    for (const field of amountColumns) {
      const s = v[col[field]].trim();
      if (!numberPattern.test(s) || !Number.isFinite(Number(s))) {
        throw new InputError(`${field} must be a non-negative amount (constant 2021 US$), got '${s}'`, {
          location: at(field),
        });
      }
      a.push(Number(s));
    }
    const key = `${cs}|${ys}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new InputError(`second row for ccode ${cs} in ${ys} (first at line ${first})`, {
        location: at('year'),
      });
    }
    seen.set(key, rec.line);
    out.push({
      recipient: id,
      cow: Number(cs),
      year: Number(ys),
      odaUsd2021: a[0],
      oofUsd2021: a[1],
      vagueUsd2021: a[2],
      odaAdjUsd2021: a[3],
      oofAdjUsd2021: a[4],
      vagueAdjUsd2021: a[5],
      line: rec.line,
    });
  }
  return out;
}
