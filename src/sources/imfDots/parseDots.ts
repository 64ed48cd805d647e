import { InputError } from '../../errors.js';
import { knownAnomaly } from './anomalies.js';

/**
 * IMF Direction of Trade Statistics, "Exports, FOB to Partner Countries" (US$ millions, annual), in
 * the long form of shared/data/trade: `reporter,partner,year,exports_fob_usd_mn`, one row per
 * reporter, partner and year, names in IMF spelling ("China, P.R.: Mainland").
 *
 * The file has about a million rows, so it is read column-wise: names become indexes into a label
 * list (resolved to countries and groups once per label, see names.ts), numbers go into typed
 * arrays, and every row keeps its physical line. Any malformed row throws an InputError naming the
 * file, line and field; nothing is returned from a file with a bad row.
 */
export interface DotsTable {
  file: string;
  /** Distinct reporter and partner labels, in order of first appearance. */
  labels: string[];
  /** Line and column where each label first appears (for errors about the label). */
  labelFirstSeen: { line: number; field: 'reporter' | 'partner' }[];
  /** Per row: index into labels. */
  reporter: Uint16Array;
  partner: Uint16Array;
  year: Uint16Array;
  /** Exports FOB, US$ millions, as published. */
  value: Float64Array;
  /** 1-based physical line of the row (the header is line 1). */
  line: Uint32Array;
  /** Rows left out under a documented rule (anomalies.ts), with their line. */
  dropped: { line: number; reporter: string; partner: string; year: number; value: number; reason: string }[];
}

export const dotsHeader = ['reporter', 'partner', 'year', 'exports_fob_usd_mn'] as const;

const numberPattern = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

export function parseDots(text: string, file: string): DotsTable {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const n = text.length;
  // First line: the header, matched by name.
  let eol = text.indexOf('\n');
  if (eol < 0) eol = n;
  const header = splitLine(text, 0, eol, file, 1).map((h) => h.trim());
  // The columns must come in the published order: the row loop below relies on it for speed.
  for (const [i, name] of dotsHeader.entries()) {
    if (header[i] !== name) {
      throw new InputError(`expected column '${name}' in position ${i + 1}, found '${header[i] ?? ''}'`, {
        location: { file, line: 1, field: name },
        hint: `expected header ${dotsHeader.join(',')}`,
      });
    }
  }
  if (header.length !== dotsHeader.length) {
    throw new InputError(`expected ${dotsHeader.length} columns, found ${header.length}`, {
      location: { file, line: 1 },
      hint: `expected ${dotsHeader.join(',')}`,
    });
  }
  // A generous upper bound on rows: the number of newlines.
  let capacity = 1;
  for (let i = text.indexOf('\n', eol + 1); i >= 0; i = text.indexOf('\n', i + 1)) capacity++;
  const reporter = new Uint16Array(capacity);
  const partner = new Uint16Array(capacity);
  const year = new Uint16Array(capacity);
  const value = new Float64Array(capacity);
  const lineOf = new Uint32Array(capacity);
  const labels: string[] = [];
  const labelFirstSeen: DotsTable['labelFirstSeen'] = [];
  const labelIndex = new Map<string, number>();
  const dropped: DotsTable['dropped'] = [];
  const label = (name: string, line: number, field: 'reporter' | 'partner'): number => {
    let i = labelIndex.get(name);
    if (i === undefined) {
      if (name === '') throw new InputError(`empty ${field} name`, { location: { file, line, field } });
      i = labels.length;
      if (i > 0xffff)
        throw new InputError('more than 65,535 distinct names', { location: { file, line, field } });
      labels.push(name);
      labelFirstSeen.push({ line, field });
      labelIndex.set(name, i);
    }
    return i;
  };
  let rows = 0;
  let line = 1;
  let start = eol + 1;
  // Rows come sorted by reporter and partner, so consecutive lines share their "reporter,partner,"
  // prefix: when the prefix repeats, the names are not split and looked up again.
  let prefix = '';
  let r = 0;
  let p = 0;
  // Years seen per reporter-partner pair, as a bitmap over 1900-2155: a second row for the same
  // reporter, partner and year is an error.
  const seenYears = new Map<number, Uint32Array>();
  let seen: Uint32Array = new Uint32Array(8);
  while (start < n) {
    line++;
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let stop = end;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
    if (stop > start) {
      // year and value never hold commas or quotes: they follow the last two commas.
      const vComma = text.lastIndexOf(',', stop - 1);
      const yComma = vComma > start ? text.lastIndexOf(',', vComma - 1) : -1;
      if (vComma < start || yComma < start) {
        throw new InputError(`expected 4 fields, found ${vComma < start ? 1 : 2}`, {
          location: { file, line },
        });
      }
      if (!(yComma - start === prefix.length && text.startsWith(prefix, start))) {
        const names = splitLine(text, start, yComma, file, line);
        if (names.length !== 2) {
          throw new InputError(`expected 4 fields, found ${names.length + 2}`, { location: { file, line } });
        }
        r = label(names[0].trim(), line, 'reporter');
        p = label(names[1].trim(), line, 'partner');
        prefix = text.slice(start, yComma);
        const pair = r * 65536 + p;
        const bits = seenYears.get(pair) ?? new Uint32Array(8);
        seenYears.set(pair, bits);
        seen = bits;
      }
      const yText = text.slice(yComma + 1, vComma).trim();
      const y = Number(yText);
      if (!/^\d{4}$/.test(yText) || y < 1900 || y > 2100) {
        throw new InputError(`year must be a four-digit year between 1900 and 2100, got '${yText}'`, {
          location: { file, line, field: 'year' },
        });
      }
      const bit = y - 1900;
      if (seen[bit >> 5] & (1 << (bit & 31))) {
        const first = firstLineOf(reporter, partner, year, lineOf, rows, r, p, y);
        throw new InputError(
          `duplicate row for ${labels[r]} -> ${labels[p]} in ${y}${first ? ` (first at line ${first})` : ''}`,
          { location: { file, line } },
        );
      }
      seen[bit >> 5] |= 1 << (bit & 31);
      const vText = text.slice(vComma + 1, stop).trim();
      if (!numberPattern.test(vText)) {
        throw new InputError(`exports must be a number (US$ millions), got '${vText}'`, {
          location: { file, line, field: 'exports_fob_usd_mn' },
        });
      }
      const v = Number(vText);
      if (!Number.isFinite(v)) {
        throw new InputError(`exports must be finite, got '${vText}'`, {
          location: { file, line, field: 'exports_fob_usd_mn' },
        });
      }
      if (v < 0) {
        const reason = knownAnomaly(labels[r], labels[p], y, v);
        if (!reason) {
          throw new InputError(`exports must not be negative, got ${vText}`, {
            location: { file, line, field: 'exports_fob_usd_mn' },
            hint: 'a negative flow is only dropped when listed in src/sources/imfDots/anomalies.ts',
          });
        }
        dropped.push({ line, reporter: labels[r], partner: labels[p], year: y, value: v, reason });
      } else {
        reporter[rows] = r;
        partner[rows] = p;
        year[rows] = y;
        value[rows] = v;
        lineOf[rows] = line;
        rows++;
      }
    }
    start = end + 1;
  }
  if (rows === 0 && dropped.length === 0)
    throw new InputError('no data rows', { location: { file, line: 2 } });
  return {
    file,
    labels,
    labelFirstSeen,
    reporter: reporter.slice(0, rows),
    partner: partner.slice(0, rows),
    year: year.slice(0, rows),
    value: value.slice(0, rows),
    line: lineOf.slice(0, rows),
    dropped,
  };
}

/** Splits one line (no newline) into fields; RFC 4180 quotes, no quoted newlines. */
function splitLine(text: string, start: number, stop: number, file: string, line: number): string[] {
  const out: string[] = [];
  let i = start;
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      let field = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0 || q >= stop)
          throw new InputError('unterminated quoted field', { location: { file, line } });
        field += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34 && q + 1 < stop) {
          field += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      out.push(field);
      if (i >= stop) return out;
      if (text.charCodeAt(i) !== 44)
        throw new InputError('text after a closing quote', { location: { file, line } });
      i++;
    } else {
      const c = text.indexOf(',', i);
      if (c < 0 || c >= stop) {
        out.push(text.slice(i, stop));
        return out;
      }
      out.push(text.slice(i, c));
      i = c + 1;
    }
  }
}

/** The line of the stored row for a reporter, partner and year (0 when it was a dropped row). */
function firstLineOf(
  reporter: Uint16Array,
  partner: Uint16Array,
  year: Uint16Array,
  line: Uint32Array,
  rows: number,
  r: number,
  p: number,
  y: number,
): number {
  for (let i = 0; i < rows; i++) if (reporter[i] === r && partner[i] === p && year[i] === y) return line[i];
  return 0;
}
