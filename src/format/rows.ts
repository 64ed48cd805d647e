// Tabular output shared by every face: the CLI prints it, the API answers CSV with it.

export type Format = 'table' | 'json' | 'csv';

/** A column of tabular output: key in the row object, header, and how to print a value for people. */
export interface Column<R> {
  key: keyof R & string;
  header?: string;
  /** Digits after the point for numbers in the human table (JSON and CSV keep full precision). */
  digits?: number;
}

/** Renders rows as JSON (an array of objects with exactly the given keys), CSV or an aligned text table. */
export function renderRows<R extends object>(
  rows: readonly R[],
  columns: readonly Column<R>[],
  format: Format,
): string {
  if (format === 'json') {
    const picked = rows.map((r) => Object.fromEntries(columns.map((c) => [c.key, jsonValue(r[c.key])])));
    return `${JSON.stringify(picked, null, 2)}\n`;
  }
  if (format === 'csv') return toCsv(rows, columns);
  return toTable(rows, columns);
}

function jsonValue(v: unknown): unknown {
  return typeof v === 'number' && !Number.isFinite(v) ? null : v;
}

export function toCsv<R extends object>(rows: readonly R[], columns: readonly Column<R>[]): string {
  const lines = [columns.map((c) => csvCell(c.key)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c.key])).join(','));
  return `${lines.join('\n')}\n`;
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return '';
  const s = Array.isArray(v) ? v.join(';') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toTable<R extends object>(rows: readonly R[], columns: readonly Column<R>[]): string {
  const cells = rows.map((r) =>
    columns.map((c) => {
      const v = r[c.key] as unknown;
      if (v === null || v === undefined) return '—';
      if (typeof v === 'number') return c.digits !== undefined ? v.toFixed(c.digits) : String(v);
      if (Array.isArray(v)) return v.join(', ');
      return String(v);
    }),
  );
  const headers = columns.map((c) => c.header ?? c.key);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const numeric = columns.map(
    (c) => rows.length > 0 && rows.every((r) => typeof r[c.key] === 'number' || r[c.key] === null),
  );
  const line = (r: string[]) =>
    r
      .map((s, i) => (numeric[i] ? s.padStart(widths[i]) : s.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return `${[line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')}\n`;
}
