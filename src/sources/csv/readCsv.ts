import { InputError } from '../../errors.js';

/** One parsed CSV record with the physical line it starts on (1-based, header is line 1). */
export interface CsvRecord {
  line: number;
  values: string[];
}

export interface CsvTable {
  file: string;
  header: string[];
  records: CsvRecord[];
}

/**
 * RFC 4180 CSV parser over a whole decoded text. Quoted fields may hold commas, quotes ("") and
 * newlines; a leading UTF-8 BOM is dropped. Every record keeps its starting line so that parsers
 * can name the row of a bad value. Throws on an unterminated quote or a ragged row.
 */
export function parseCsv(
  text: string,
  file: string,
  options: {
    allowRagged?: boolean;
    /**
     * Columns whose trimmed names repeat are refused (the first would silently win) unless the
     * parser merges them itself and says so here (the UNDL wide scrape).
     */
    allowDuplicateColumns?: boolean;
  } = {},
): CsvTable {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: CsvRecord[] = [];
  let field = '';
  let row: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = text.length;
  let inQuotes = false;
  let quoteLine = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      // Copy a run of ordinary characters at once: far faster than char-by-char concatenation.
      let j = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 34) break;
        if (d === 10) line++;
        j++;
      }
      field += text.slice(i, j);
      i = j;
      continue;
    }
    if (c === 44) {
      row.push(field);
      field = '';
      i++;
    } else if (c === 10 || c === 13) {
      row.push(field);
      field = '';
      if (!(row.length === 1 && row[0] === '')) rows.push({ line: rowLine, values: row });
      row = [];
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      i++;
      line++;
      rowLine = line;
    } else if (c === 34 && field === '') {
      inQuotes = true;
      quoteLine = line;
      i++;
    } else {
      let j = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 44 || d === 10 || d === 13) break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (inQuotes) {
    throw new InputError('unterminated quoted field', { location: { file, line: quoteLine } });
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push({ line: rowLine, values: row });
  }
  const head = rows.shift();
  if (!head) throw new InputError('empty file: no header row', { location: { file, line: 1 } });
  const header = head.values.map((h) => h.trim());
  if (!options.allowDuplicateColumns) {
    const seen = new Map<string, number>();
    for (const [i, name] of header.entries()) {
      const first = seen.get(name);
      if (first !== undefined) {
        throw new InputError(`column '${name}' appears twice: columns ${first + 1} and ${i + 1}`, {
          location: { file, line: 1, field: name },
          hint: 'each column must have its own name; rename or remove one of them',
        });
      }
      seen.set(name, i);
    }
  }
  if (!options.allowRagged) {
    for (const r of rows) {
      if (r.values.length !== header.length) {
        throw new InputError(`expected ${header.length} fields, found ${r.values.length}`, {
          location: { file, line: r.line },
        });
      }
    }
  }
  return { file, header, records: rows };
}

/**
 * Column accessor for a parsed table: resolves required column names once and reports a
 * missing column by name, so that parsers never index by position.
 */
export function columns<const K extends string>(table: CsvTable, required: readonly K[]): Record<K, number> {
  const index = {} as Record<K, number>;
  for (const name of required) {
    const at = table.header.indexOf(name);
    if (at < 0) {
      throw new InputError(`missing column '${name}'`, {
        location: { file: table.file, line: 1, field: name },
        hint: `header has: ${table.header.slice(0, 20).join(', ')}${table.header.length > 20 ? ', ...' : ''}`,
      });
    }
    index[name] = at;
  }
  return index;
}
