// Writes the distribution of finance positions across all IDS debtors (2019 and 2024, multilaterals
// none and shareholders, poles USA,CHN) as docs/methods/finance-distribution.svg and prints the
// markdown table of docs/methods/finance.md. Reads the bundled snapshot (data/).
//   npx tsx scripts/finance-distribution.ts
import { writeFileSync } from 'node:fs';
import type { MultilateralMode } from '../src/measures/finance/attribution.js';
import { distributionEdges as edges } from '../src/measures/finance/distribution.js';
import { parsePoles } from '../src/poles/pole.js';
import { financeDistribution } from '../src/queries/financeDistribution.js';
import { openStore } from '../src/store/open.js';

const years = [2019, 2024];
const modes: MultilateralMode[] = ['none', 'shareholders'];

// The same query GET /finance-distribution answers (the dashboard's About page draws it).
const store = await openStore({ verify: false });
try {
  const poles = parsePoles('USA,CHN', store.concordance);
  const panels: { title: string; counts: number[] }[] = [];
  const lines = [
    '| year | multilaterals | debtors read | with a position | \\|position\\| >= 0.95 | share | <= -0.25 (US side) | between | >= +0.25 (China side) | median | quartiles |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const mode of modes) {
    for (const year of years) {
      const d = await financeDistribution(store, poles, mode, year);
      const when = `${year}${d.projected ? ' (projected)' : ''}`;
      const [q1, q3] = d.quartiles ?? [Number.NaN, Number.NaN];
      lines.push(
        `| ${when} | ${mode} | ${d.debtorsRead} | ${d.withPosition} | ${d.saturated} | ${((d.saturatedShare ?? Number.NaN) * 100).toFixed(1)}% | ${d.firstSide} | ${d.between} | ${d.secondSide} | ${(d.median ?? Number.NaN).toFixed(2)} | ${q1.toFixed(2)} to ${q3.toFixed(2)} |`,
      );
      panels.push({
        title: `${when}, multilaterals ${mode}: ${d.saturated} of ${d.withPosition} saturated`,
        counts: d.bins.map((b) => b.count),
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
