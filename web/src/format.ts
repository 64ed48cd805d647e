export const pct = (v: number | null | undefined, digits = 0): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : `${(v * 100).toFixed(digits)}%`;

export const num = (v: number | null | undefined, digits = 2): string =>
  v === null || v === undefined || !Number.isFinite(v)
    ? '–'
    : v.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function cell(v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return '–';
    if (Number.isInteger(v)) return Math.abs(v) >= 10000 ? v.toLocaleString('en-GB') : String(v);
    return Math.abs(v) >= 1000 ? v.toLocaleString('en-GB', { maximumFractionDigits: 1 }) : v.toFixed(3);
  }
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Position in [-1, 1] between two poles, as words. */
export function positionWords(v: number | null | undefined, poles: [string, string]): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return 'no data';
  const a = Math.abs(v);
  const side = v < 0 ? poles[0] : poles[1];
  if (a < 0.1) return 'between the two';
  if (a < 0.35) return `leaning to ${side}`;
  if (a < 0.7) return `toward ${side}`;
  return `strongly toward ${side}`;
}

// ---- one place for how figures read in tooltips and labels (issue 22 item 10) ----

/** A year as a year: `2014`, never `2,014`. */
export const yearText = (v: number | null | undefined): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : String(Math.round(v));

/** A calendar date from a Date or an ISO string: `2014-08-05` (UTC; the data are dates, not instants). */
export function dateText(v: Date | string | null | undefined): string {
  if (v === null || v === undefined) return '–';
  const d = typeof v === 'string' ? new Date(v) : v;
  return Number.isNaN(d.getTime()) ? '–' : d.toISOString().slice(0, 10);
}

/**
 * An amount with its currency and scale, rounded to what the figure can bear: `US$ 834.8m`,
 * `US$ 1.23bn`, `US$ 56.0k`, `US$ 12`. `unit` is what one of `v` is worth (1e6 when `v` is in millions).
 */
export function money(
  v: number | null | undefined,
  { currency = 'US$', unit = 1 }: { currency?: string; unit?: number } = {},
): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const x = v * unit;
  const a = Math.abs(x);
  const sign = x < 0 ? '−' : '';
  const body =
    a >= 1e9
      ? `${(a / 1e9).toFixed(2)}bn`
      : a >= 1e6
        ? `${(a / 1e6).toFixed(1)}m`
        : a >= 1e3
          ? `${(a / 1e3).toFixed(1)}k`
          : a.toFixed(0);
  return `${sign}${currency} ${body}`;
}

/** A share in [0, 1] as a percentage with one decimal: `15.3%`. */
export const shareText = (v: number | null | undefined): string => pct(v, 1);

/** A position in [-1, 1] with its sign: `+0.84`, `−0.46`, `0.00`. */
export const positionText = (v: number | null | undefined): string =>
  v === null || v === undefined || !Number.isFinite(v)
    ? '–'
    : `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(2)}`;

/** An index or estimate with two decimals: `0.45`, `−1.20`. */
export const indexText = (v: number | null | undefined): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : `${v < 0 ? '−' : ''}${Math.abs(v).toFixed(2)}`;
