// CSV, SVG and PNG downloads of a chart. The SVG and PNG carry the chart's title and source line,
// so a downloaded picture is never separated from where its numbers come from.

export type Row = Record<string, unknown>;

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly Row[], columns?: readonly string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [cols.map(csvCell).join(',')];
  for (const r of rows) lines.push(cols.map((c) => csvCell(r[c])).join(','));
  return `${lines.join('\n')}\n`;
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const svgNs = 'http://www.w3.org/2000/svg';

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Splits text into lines of at most `max` characters at spaces (a word longer than `max` gets a line of
 * its own), so a long source line is wrapped in the exported picture instead of cut off.
 */
export function wrapLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** One standalone SVG: title, the chart's SVG(s) (and HTML legends flattened out), source line. */
function composeSvg(
  chart: Element,
  title: string,
  source: string,
): { svg: string; width: number; height: number } {
  const svgs = (chart instanceof SVGSVGElement ? [chart] : [...chart.querySelectorAll('svg')]).filter(
    (s) => !s.closest('[data-no-export]'),
  ) as SVGSVGElement[];
  const pad = 16;
  const titleH = 28;
  let y = pad + titleH;
  let width = 0;
  const parts: string[] = [];
  for (const s of svgs) {
    const box = s.getBoundingClientRect();
    const w = Math.ceil(Number(s.getAttribute('width')) || box.width || 640);
    const h = Math.ceil(Number(s.getAttribute('height')) || box.height || 400);
    const clone = s.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', svgNs);
    clone.setAttribute('x', String(pad));
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(w));
    clone.setAttribute('height', String(h));
    inlineComputedFont(s, clone);
    parts.push(new XMLSerializer().serializeToString(clone));
    y += h + 8;
    width = Math.max(width, w);
  }
  width += pad * 2;
  // 11px text runs about 6px a character: wrap the source to the picture's width.
  const sourceLines = wrapLines(source, Math.max(40, Math.floor((width - pad * 2) / 6)));
  const lineH = 15;
  const height = y + sourceLines.length * lineH + 12;
  const font = "font-family='Inter, system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif'";
  const svg = [
    `<svg xmlns='${svgNs}' width='${width}' height='${height}' viewBox='0 0 ${width} ${height}'>`,
    `<rect width='100%' height='100%' fill='#fff'/>`,
    `<text x='${pad}' y='${pad + 16}' ${font} font-size='16' font-weight='700' fill='#111'>${escapeXml(title)}</text>`,
    ...parts,
    ...sourceLines.map(
      (line, i) =>
        `<text x='${pad}' y='${y + 12 + i * lineH}' ${font} font-size='11' fill='#555'>${escapeXml(line)}</text>`,
    ),
    '</svg>',
  ].join('');
  return { svg, width, height };
}

function inlineComputedFont(from: SVGSVGElement, to: SVGSVGElement): void {
  const cs = getComputedStyle(from);
  if (!to.getAttribute('font-family')) to.setAttribute('font-family', cs.fontFamily);
  if (!to.getAttribute('font-size')) to.setAttribute('font-size', cs.fontSize);
}

export function saveSvg(chart: Element, title: string, source: string, filename: string): void {
  const { svg } = composeSvg(chart, title, source);
  saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), filename);
}

export async function savePng(
  chart: Element,
  title: string,
  source: string,
  filename: string,
): Promise<void> {
  const { svg, width, height } = composeSvg(chart, title, source);
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    img.src = url;
    await img.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) saveBlob(blob, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}
