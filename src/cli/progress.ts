/**
 * A progress bar on stderr for long commands (downloads, rebuilds). On a terminal it redraws one
 * line; elsewhere (pipes, CI logs) it prints a line when a step starts and when it ends, never a
 * stream of redraws.
 */
export interface ProgressBar {
  /** Starts a step; `total` in the step's units (bytes, datasets) when known. */
  start(label: string, total?: number | null): void;
  update(done: number, total?: number | null): void;
  finish(note?: string): void;
}

export function progressBar(
  write: (text: string) => void,
  options: { tty?: boolean; width?: number } = {},
): ProgressBar {
  const tty = options.tty ?? Boolean(process.stderr.isTTY);
  const width = options.width ?? 28;
  let label = '';
  let total: number | null = null;
  let done = 0;
  let active = false;
  let lastDraw = 0;
  const draw = (force = false) => {
    if (!tty) return;
    const now = Date.now();
    if (!force && now - lastDraw < 80) return;
    lastDraw = now;
    const fraction = total ? Math.min(1, done / total) : null;
    const bar =
      fraction === null
        ? `${'='.repeat(Math.floor(now / 100) % width).padEnd(width)}`
        : `${'#'.repeat(Math.round(fraction * width)).padEnd(width, '.')}`;
    const amount = total ? `${formatBytesOrCount(done, total)}` : formatBytesOrCount(done, null);
    const pct = fraction === null ? '   ' : `${String(Math.floor(fraction * 100)).padStart(3)}%`;
    write(`\r\x1b[2K[${bar}] ${pct} ${label} ${amount}`);
  };
  return {
    start(l, t = null) {
      if (active) this.finish();
      label = l;
      total = t;
      done = 0;
      active = true;
      if (tty) draw(true);
      else write(`${label}...\n`);
    },
    update(d, t) {
      done = d;
      if (t !== undefined) total = t;
      draw();
    },
    finish(note) {
      if (!active) return;
      active = false;
      if (tty) {
        draw(true);
        write(`${note ? ` ${note}` : ''}\n`);
      } else write(`${label}: ${note ?? 'done'}\n`);
    },
  };
}

/** Byte counts for downloads (large numbers), plain counts for steps. */
function formatBytesOrCount(done: number, total: number | null): string {
  const big = (total ?? done) > 4096;
  if (!big) return total ? `${done}/${total}` : `${done}`;
  const mb = (n: number) => `${(n / 1e6).toFixed(1)}`;
  return total ? `${mb(done)}/${mb(total)} MB` : `${mb(done)} MB`;
}
