// Direct labels at the ends of lines, moved apart so that no two collide (issue 22 item 11: "China" and
// "Kenya" printed on top of each other on the ideal-point chart). Plot does not measure text, so the
// placement is worked out here from the y scale's domain and the plot area's height in pixels. Pure.

export interface EndLabel {
  label: string;
  /** Where the line ends (data units). */
  x: number;
  y: number;
  /** Where the label goes (data units): y moved by as little as needed. */
  labelY: number;
}

export interface LabelFrame {
  /** The y scale's domain, as the chart sets it (no nice rounding). */
  domain: readonly [number, number];
  /** Height of the plot area in pixels (height minus the top and bottom margins). */
  height: number;
  /** True when the y scale is reversed (rank 1 at the top). */
  reverse?: boolean;
  /** Least distance between two labels' baselines, in pixels (a 12px font needs about 14). */
  gap?: number;
}

/**
 * One label per series at its last point (greatest x with a y), spaced at least `gap` pixels apart and
 * kept inside the plot area; labels far enough apart stay at their lines' ends.
 */
export function endLabels<T>(
  rows: readonly T[],
  key: (d: T) => string,
  x: (d: T) => number,
  y: (d: T) => number | null | undefined,
  frame: LabelFrame,
): EndLabel[] {
  const last = new Map<string, T>();
  for (const d of rows) {
    const v = y(d);
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    const k = key(d);
    const prev = last.get(k);
    if (prev === undefined || x(d) >= x(prev)) last.set(k, d);
  }
  const [lo, hi] = frame.domain;
  const span = hi - lo || 1;
  const gap = frame.gap ?? 14;
  const h = frame.height;
  // Pixels from the top of the plot area, and back.
  const toPx = (v: number) => (frame.reverse ? (v - lo) / span : (hi - v) / span) * h;
  const fromPx = (p: number) => (frame.reverse ? lo + (p / h) * span : hi - (p / h) * span);
  const labels = [...last].map(([label, d]) => ({
    label,
    x: x(d),
    y: y(d) as number,
    px: toPx(y(d) as number),
  }));
  labels.sort((a, b) => a.px - b.px || a.label.localeCompare(b.label));
  // Push down what is too close to the label above, then pull the stack back up if it ran off the bottom.
  for (let i = 1; i < labels.length; i++) labels[i].px = Math.max(labels[i].px, labels[i - 1].px + gap);
  const overflow = labels.length ? labels[labels.length - 1].px - h : 0;
  if (overflow > 0) {
    labels[labels.length - 1].px -= overflow;
    for (let i = labels.length - 2; i >= 0; i--)
      labels[i].px = Math.min(labels[i].px, labels[i + 1].px - gap);
  }
  return labels.map(({ label, x: lx, y: ly, px }) => ({ label, x: lx, y: ly, labelY: fromPx(px) }));
}

/** The extent of some values, for a y domain set explicitly (so that labels and lines agree). */
export function extent(values: readonly (number | null | undefined)[]): [number, number] {
  const v = values.filter((x): x is number => x !== null && x !== undefined && Number.isFinite(x));
  if (v.length === 0) return [0, 1];
  const lo = Math.min(...v);
  const hi = Math.max(...v);
  return lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi];
}
