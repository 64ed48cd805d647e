import { InputError } from '../../errors.js';
import { atopObligations } from '../../security/vocabulary.js';
import { parseCsv } from '../csv/readCsv.js';

/** ATOP 5 directed dyad-years as packaged by peacesciencer: column-wise, one entry per row. */
export interface AtopTable {
  file: string;
  ccode1: Uint16Array;
  ccode2: Uint16Array;
  year: Uint16Array;
  /** Bit i set when obligation `atopObligations[i]` binds the dyad that year. */
  obligations: Uint8Array;
  line: Uint32Array;
}

const header = ['ccode1', 'ccode2', 'year', ...atopObligations.map((o) => `atop_${o}`)];

/**
 * Parses `atop_alliance` (ccode1, ccode2, year, atop_defense, atop_offense, atop_neutral,
 * atop_nonagg, atop_consul; 0/1). 273,296 rows: read line by line into typed arrays; every value is
 * checked and a bad one names its line and column.
 */
export function parseAtop(text: string, file: string): AtopTable {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const firstEnd = text.indexOf('\n');
  const head = parseCsv(firstEnd < 0 ? text : text.slice(0, firstEnd), file).header;
  for (const [i, name] of header.entries()) {
    if (head[i] !== name)
      throw new InputError(`expected column '${name}' in position ${i + 1}, found '${head[i] ?? ''}'`, {
        location: { file, line: 1, field: name },
      });
  }
  if (head.length !== header.length)
    throw new InputError(`expected ${header.length} columns, found ${head.length}`, {
      location: { file, line: 1 },
    });
  const lines = firstEnd < 0 ? [] : text.slice(firstEnd + 1).split('\n');
  const n = lines.length;
  const ccode1 = new Uint16Array(n);
  const ccode2 = new Uint16Array(n);
  const year = new Uint16Array(n);
  const obligations = new Uint8Array(n);
  const lineOf = new Uint32Array(n);
  const seen = new Set<number>();
  let rows = 0;
  for (let k = 0; k < n; k++) {
    let l = lines[k];
    if (l.endsWith('\r')) l = l.slice(0, -1);
    if (l === '') continue;
    const line = k + 2;
    const f = l.split(',');
    if (f.length !== header.length)
      throw new InputError(`expected ${header.length} fields, found ${f.length}`, {
        location: { file, line },
      });
    const num = (i: number, max: number): number => {
      const s = f[i];
      if (!/^\d{1,5}$/.test(s) || Number(s) > max)
        throw new InputError(`expected a whole number up to ${max}, got '${s}'`, {
          location: { file, line, field: header[i] },
        });
      return Number(s);
    };
    const a = num(0, 9999);
    const b = num(1, 9999);
    const y = num(2, 2100);
    if (y < 1800) throw new InputError(`year before 1800: ${y}`, { location: { file, line, field: 'year' } });
    if (a === b)
      throw new InputError(`a state allied with itself (${a})`, {
        location: { file, line, field: 'ccode2' },
      });
    let bits = 0;
    for (let i = 0; i < atopObligations.length; i++) {
      const s = f[3 + i];
      if (s !== '0' && s !== '1')
        throw new InputError(`expected 0 or 1, got '${s}'`, {
          location: { file, line, field: header[3 + i] },
        });
      if (s === '1') bits |= 1 << i;
    }
    const key = (a * 10000 + b) * 2200 + y;
    if (seen.has(key))
      throw new InputError(`second row for ${a} -> ${b} in ${y}`, {
        location: { file, line, field: 'year' },
      });
    seen.add(key);
    ccode1[rows] = a;
    ccode2[rows] = b;
    year[rows] = y;
    obligations[rows] = bits;
    lineOf[rows] = line;
    rows++;
  }
  if (rows === 0) throw new InputError('no data rows', { location: { file, line: 2 } });
  return {
    file,
    ccode1: ccode1.slice(0, rows),
    ccode2: ccode2.slice(0, rows),
    year: year.slice(0, rows),
    obligations: obligations.slice(0, rows),
    line: lineOf.slice(0, rows),
  };
}
