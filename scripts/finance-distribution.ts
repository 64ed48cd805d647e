// Writes the distribution of finance positions across all IDS debtors (2019 and 2024, multilaterals
// none and shareholders, poles USA,CHN) as docs/methods/finance-distribution.svg and prints the
// markdown table of docs/methods/finance.md. Reads the bundled snapshot (data/).
//   npx tsx scripts/finance-distribution.ts
import { writeFileSync } from 'node:fs';
import type { MultilateralMode } from '../src/measures/finance/attribution.js';
import { saturatedShare } from '../src/measures/finance/position.js';
import { parsePoles } from '../src/poles/pole.js';
import { financeSeries } from '../src/queries/dimensions/finance.js';
import { openStore } from '../src/store/open.js';

const years = [2019, 2024];
const modes: MultilateralMode[] = ['none', 'shareholders'];
/** Bin edges: the two saturated ends (|p| >= 0.95) apart, 0.1 wide in between. */
const edges = [-1, ...Array.from({ length: 20 }, (_, i) => Number((-0.95 + i * 0.1).toFixed(2))), 1];

function quantile(xs: number[], q: number): number {
  const v = [...xs].sort((a, b) => a - b);
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  return v[lo] + (v[Math.min(lo + 1, v.length - 1)] - v[lo]) * (pos - lo);
}

function bins(xs: number[]): number[] {
  const counts = new Array(edges.length - 1).fill(0);
  for (const x of xs) {
    let b = edges.findIndex((e, i) => i > 0 && (x < e || (i === edges.length - 1 && x <= e))) - 1;
    if (b < 0) b = counts.length - 1;
    counts[b]++;
  }
  return counts;
}

const store = await openStore({ verify: false });
try {
  const poles = parsePoles('USA,CHN', store.concordance);
  const panels: { title: string; counts: number[] }[] = [];
  const lines = [
    '| year | multilaterals | debtors read | with a position | \\|position\\| >= 0.95 | share | <= -0.25 (US side) | between | >= +0.25 (China side) | median | quartiles |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const mode of modes) {
    const series = await financeSeries(store, poles, mode);
    for (const year of years) {
      const readings = [...series.get(year)!.values()];
      const ps = readings.map((r) => r.position).filter((p): p is number => p !== null);
      const sat = ps.filter((p) => Math.abs(p) >= 0.95).length;
      const share = saturatedShare(ps)!;
      lines.push(
        `| ${year}${year > 2022 ? ' (projected)' : ''} | ${mode} | ${readings.length} | ${ps.length} | ${sat} | ${(share * 100).toFixed(1)}% | ${ps.filter((p) => p <= -0.25).length} | ${ps.filter((p) => p > -0.25 && p < 0.25).length} | ${ps.filter((p) => p >= 0.25).length} | ${quantile(ps, 0.5).toFixed(2)} | ${quantile(ps, 0.25).toFixed(2)} to ${quantile(ps, 0.75).toFixed(2)} |`,
      );
      panels.push({
        title: `${year}${year > 2022 ? ' (projected)' : ''}, multilaterals ${mode}: ${sat} of ${ps.length} saturated`,
        counts: bins(ps),
      });
    }
  }
  writeFileSync(new URL('../docs/methods/finance-distribution.svg', import.meta.url), svg(panels));
  console.log(lines.join('\n'));
} finally {
  store.close();
}

function svg(panels: { title: string; counts: number[] }[]): string {
  const w = 360;
  const h = 190;
  const pad = { l: 34, r: 10, t: 26, b: 34 };
  const max = Math.max(...panels.flatMap((p) => p.counts));
  const x = (v: number) => pad.l + ((v + 1) / 2) * (w - pad.l - pad.r);
  const y = (c: number) => h - pad.b - (c / max) * (h - pad.t - pad.b);
  const out: string[] = [];
  panels.forEach((p, k) => {
    const ox = (k % 2) * w;
    const oy = Math.floor(k / 2) * h;
    const g: string[] = [`<g transform="translate(${ox},${oy})">`];
    g.push(`<text x="${pad.l}" y="16" font-size="12" font-weight="bold">${p.title}</text>`);
    p.counts.forEach((c, i) => {
      const x0 = x(edges[i]);
      const x1 = x(edges[i + 1]);
      const end = i === 0 || i === p.counts.length - 1;
      g.push(
        `<rect x="${(x0 + 0.5).toFixed(1)}" y="${y(c).toFixed(1)}" width="${Math.max(0.5, x1 - x0 - 1).toFixed(1)}" height="${(h - pad.b - y(c)).toFixed(1)}" fill="${end ? '#c0392b' : '#4a7fb0'}"><title>${edges[i]} to ${edges[i + 1]}: ${c}</title></rect>`,
      );
      if (c > 0 && end)
        g.push(
          `<text x="${((x0 + x1) / 2).toFixed(1)}" y="${(y(c) - 3).toFixed(1)}" font-size="10" text-anchor="middle">${c}</text>`,
        );
    });
    g.push(`<line x1="${pad.l}" x2="${w - pad.r}" y1="${h - pad.b}" y2="${h - pad.b}" stroke="#333"/>`);
    for (const t of [-1, -0.5, 0, 0.5, 1]) {
      g.push(
        `<text x="${x(t).toFixed(1)}" y="${h - pad.b + 14}" font-size="10" text-anchor="middle">${t}</text>`,
      );
    }
    for (const t of [0, Math.round(max / 2), max]) {
      g.push(
        `<text x="${pad.l - 4}" y="${(y(t) + 3).toFixed(1)}" font-size="10" text-anchor="end">${t}</text>`,
      );
    }
    g.push(
      `<text x="${(w + pad.l) / 2}" y="${h - 6}" font-size="10" text-anchor="middle">-1 United States ... +1 China</text>`,
    );
    g.push('</g>');
    out.push(g.join(''));
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * w}" height="${Math.ceil(panels.length / 2) * h}" font-family="sans-serif" role="img" aria-label="Histograms of finance positions of IDS debtors, 2019 and 2024, multilaterals none and shareholders; red bars: |position| >= 0.95">\n${out.join('\n')}\n</svg>\n`;
}
