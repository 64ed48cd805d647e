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

/** US$ as billions with two decimals: `$1.23 bn`. */
export const usdBillions = (v: number) => `$${(v / 1e9).toFixed(2)} bn`;
