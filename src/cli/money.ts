/** US dollars for people: US$5.37bn, US$5.2m, US$950k, US$12; null as a dash. */
export function usd(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  const sign = x < 0 ? '-' : '';
  const a = Math.abs(x);
  if (a >= 1e9) return `${sign}US$${(a / 1e9).toFixed(2)}bn`;
  if (a >= 1e6) return `${sign}US$${(a / 1e6).toFixed(1)}m`;
  if (a >= 1e3) return `${sign}US$${(a / 1e3).toFixed(0)}k`;
  return `${sign}US$${a.toFixed(0)}`;
}

/** A fraction as a percentage with one decimal; null as a dash. */
export function pct(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  return `${(100 * x).toFixed(digits)}%`;
}
