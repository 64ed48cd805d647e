// Every chart's words, checked in a real browser (Debian's chromium through playwright-core) on the pages
// issue 22 named (Kenya, Indonesia, the map, the About page's chart):
// - layout: no text of a chart's SVG lies outside its SVG (cut), and no two direct labels (Plot text
//   marks; axis tick labels within one axis) overlap;
// - tooltips: the pointer is moved over each chart and every tip line read: each channel has a real name
//   (never "x", "y", "fill", ...), years read as years (2014, not 2,014), amounts carry currency and scale
//   ("US$ 834.8m", never "US$ m 834.759"), dates as dates, no long decimals.
// General checks, not one per bug: a new chart is covered as soon as it is on one of these pages.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath, type Running, serveDashboard } from './serve.js';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Label extends Box {
  text: string;
  group: string;
}
interface SvgText {
  chart: string;
  svg: Box;
  texts: Label[];
}

/**
 * Text boxes of every chart SVG on the page (figures and the map), tips left out. A string, run in the
 * page: tsx's transform would add helpers (`__name`) a function passed to page.evaluate cannot see.
 */
const collectTexts = `(() => {
  const box = (r) => ({ x: r.x, y: r.y, w: r.width, h: r.height });
  const svgs = [...document.querySelectorAll('figure[data-chart] .plot svg, svg.world-map')].filter(
    (s) => !s.parentElement?.closest('svg'),
  );
  return svgs.map((svg) => ({
    chart: svg.closest('figure[data-chart]')?.getAttribute('data-chart') ?? svg.getAttribute('class') ?? 'svg',
    svg: box(svg.getBoundingClientRect()),
    texts: [...svg.querySelectorAll('text')]
      .filter((t) => !t.closest('g[aria-label="tip"]') && (t.textContent ?? '').trim() !== '')
      .map((t) => ({
        ...box(t.getBoundingClientRect()),
        text: t.textContent ?? '',
        group: t.closest('g[aria-label]')?.getAttribute('aria-label') ?? '',
      })),
  }));
})()`;

/** The tip lines an SVG shows now: each line's bold label and the rest. */
const readTips = `[...document.querySelectorAll('svg[data-reading] g[aria-label="tip"] text > tspan')].map((t) => {
  const label = t.querySelector('tspan')?.textContent ?? '';
  const line = (t.textContent ?? '').replace(/\\u200b/g, '').replace(/ ■$/, '');
  return { label, value: line.slice(label.length) };
})`;

const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1 &&
  Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1;

/** What is wrong with the layout of one SVG's texts: cut ones and overlapping direct labels. */
function layoutProblems(s: SvgText): string[] {
  const out: string[] = [];
  for (const t of s.texts) {
    if (
      t.x < s.svg.x - 1 ||
      t.y < s.svg.y - 1 ||
      t.x + t.w > s.svg.x + s.svg.w + 1 ||
      t.y + t.h > s.svg.y + s.svg.h + 1
    )
      out.push(`${s.chart}: "${t.text}" is cut (outside its SVG)`);
  }
  // Direct labels (text marks) against each other; tick labels within their own axis.
  const groups = new Map<string, Label[]>();
  for (const t of s.texts) {
    const key = t.group === 'text' ? 'text' : /tick label/.test(t.group) ? t.group : '';
    if (key) groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const [, labels] of groups)
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        if (overlap(labels[i], labels[j]))
          out.push(`${s.chart}: "${labels[i].text}" and "${labels[j].text}" overlap`);
  return out;
}

const generic = new Set([
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'fill',
  'stroke',
  'fx',
  'fy',
  'r',
  'z',
  'opacity',
]);

/** What is wrong with one tip line (label, value). */
function tipProblems(chart: string, label: string, value: string): string[] {
  const out: string[] = [];
  const line = `${chart}: "${label} ${value}"`;
  const l = label.trim();
  const v = value.trim();
  if (generic.has(l.toLowerCase())) out.push(`${line}: a channel without a name`);
  // Tip lines are named in words ("Pole", "Year"); a lower-case label is a data field's key ("pole").
  else if (l && !/^[A-Z]/.test(l)) out.push(`${chart}: "${l}": a raw field name`);
  if (/year/i.test(l) && !/^\d{4}( \(projected\))?$/.test(v)) out.push(`${line}: not a year`);
  if (/(^|[^\d.,])[12],\d{3}(?![\d,.])/.test(v) && !/US\$/.test(v))
    out.push(`${line}: a year with a separator?`);
  if (/US\$|\$/.test(l)) out.push(`${line}: the currency belongs with the amount`);
  if (/US\$ ?[\d.,]/.test(v) && !/^−?US\$ \d+(\.\d+)?(bn|m|k)?$/.test(v))
    out.push(`${line}: an amount without scale`);
  if (/date/i.test(l) && !/^\d{4}-\d{2}-\d{2}$/.test(v)) out.push(`${line}: not a date`);
  if (/\d\.\d{4,}/.test(v) || /\d{3}\.\d{3}/.test(v)) out.push(`${line}: too many decimals`);
  return out;
}

/**
 * What is wrong with one map tooltip: the country's name (a name, not a code), then its year and
 * figure ("2019: +0.12, leaning to China", "2019: 45.0% agreement with China (90 roll calls)",
 * "no data for 2019"), formatted as the charts' tips are; and the tip inside the map sideways.
 */
function mapTipProblems(t: { id: string; name: string; label: string; box: Box; map: Box }): string[] {
  const out: string[] = [];
  const line = `map ${t.id}: "${t.name} | ${t.label}"`;
  if (!t.name || /^[A-Z]{3}$/.test(t.name) || t.name === t.id) out.push(`${line}: a code, not a name`);
  if (!/^(no data( for \d{4})?|\d{4}: .+)$/.test(t.label))
    out.push(`${line}: no year, or not "YYYY: figure"`);
  if (/(^|[^\d.,])[12],\d{3}(?![\d,.])/.test(t.label)) out.push(`${line}: a year with a separator`);
  if (/\b(null|undefined|NaN|position|coverage|dimensions)\b/.test(t.label))
    out.push(`${line}: a raw field name or value`);
  if (/(^|[^\w])-\d/.test(t.label)) out.push(`${line}: a hyphen for a minus sign`);
  if (/US\$ ?[\d.,]/.test(t.label) && !/US\$ \d+(\.\d+)?(bn|m|k)\b/.test(t.label))
    out.push(`${line}: an amount without scale`);
  // Every number is a year, a signed position or index (+0.84, 0.45), a share (45.0%) or a count.
  const figures = t.label.match(/[+−]?\d+(?:[.,]\d+)*%?/g) ?? [];
  for (const f of figures)
    if (!/^(\d{4}|[+−]?\d\.\d\d|\d{1,3}\.\d%|\d{1,3})$/.test(f)) out.push(`${line}: "${f}" is not formatted`);
  if (t.box.x < t.map.x - 1 || t.box.x + t.box.w > t.map.x + t.map.w + 1)
    out.push(`${line}: the tip is cut sideways`);
  return out;
}

/** Hovers every `step`th country link of the map (and the named ones) and reads the tooltip. */
const readMapTip = `(() => {
  const tip = document.querySelector('.map-tip');
  const map = document.querySelector('.map-wrap');
  if (!tip || !map) return null;
  const box = (r) => ({ x: r.x, y: r.y, w: r.width, h: r.height });
  return {
    name: tip.querySelector('strong')?.textContent ?? '',
    label: tip.querySelector('span')?.textContent ?? '',
    box: box(tip.getBoundingClientRect()),
    map: box(map.getBoundingClientRect()),
  };
})()`;

const haveChromium = existsSync(chromiumPath);

describe('chart words in chromium', { skip: haveChromium ? false : `no browser at ${chromiumPath}` }, () => {
  let server: Running;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    server = await serveDashboard();
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function open(hash: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.url}/${hash}`);
    await page.waitForFunction(
      () => {
        const figs = [...document.querySelectorAll('figure[data-chart]')];
        return (
          figs.length > 0 &&
          figs.every((f) => {
            const s = f.getAttribute('data-status');
            const plot = f.querySelector('.plot');
            return (
              s !== 'loading' && (s !== 'ready' || !plot || plot.getAttribute('data-rendered') === 'true')
            );
          })
        );
      },
      undefined,
      { timeout: 60_000 },
    );
    return page;
  }

  /** Moves the pointer across each chart's plot area and reads every tip line shown. */
  async function tipLines(page: Page): Promise<{ chart: string; label: string; value: string }[]> {
    const out: { chart: string; label: string; value: string }[] = [];
    const svgs = page.locator('figure[data-chart] .plot svg:has(g[aria-label="tip"])');
    for (let k = 0; k < (await svgs.count()); k++) {
      const svg = svgs.nth(k);
      await svg.scrollIntoViewIfNeeded();
      const chart = await svg.evaluate(
        (el) => el.closest('figure[data-chart]')?.getAttribute('data-chart') ?? '',
      );
      await svg.evaluate((el) => el.setAttribute('data-reading', ''));
      const b = await svg.boundingBox();
      if (!b) continue;
      for (const fy of [0.2, 0.4, 0.6, 0.8]) {
        for (let fx = 0.08; fx < 1; fx += 0.06) {
          await page.mouse.move(b.x + b.width * fx, b.y + b.height * fy);
          const lines = (await page.evaluate(readTips)) as { label: string; value: string }[];
          for (const l of lines) out.push({ chart, ...l });
        }
      }
      await page.mouse.move(0, 0);
      await svg.evaluate((el) => el.removeAttribute('data-reading'));
    }
    return out;
  }

  for (const [name, hash] of [
    ['Kenya', '#/country/KEN?year=2019&poles=USA,CHN'],
    ['Indonesia', '#/country/IDN?year=2022&poles=USA,CHN'],
  ] as const) {
    test(`${name}'s charts: no text cut or overlapping, every tooltip line named and formatted`, async () => {
      const page = await open(hash);
      const texts = (await page.evaluate(collectTexts)) as SvgText[];
      assert.ok(texts.length >= 10, `expected the country's charts, got ${texts.length} SVGs`);
      const lines = await tipLines(page);
      const charts = new Set(lines.map((l) => l.chart));
      const problems = [...new Set(lines.flatMap((l) => tipProblems(l.chart, l.label, l.value)))];
      const all = [...texts.flatMap(layoutProblems), ...problems];
      assert.equal(all.length, 0, all.join('\n'));
      assert.ok(charts.size >= 8, `tips read on ${[...charts].join(', ')}`);
      await page.close();
    });
  }

  test('the map and the About page: no text cut or overlapping, tooltips formatted', async () => {
    for (const metric of ['position', 'balance', 'agree-second']) {
      const map = await open(`#/?poles=USA,CHN&year=2019&metric=${metric}`);
      await map.waitForSelector('svg.world-map path.country', { timeout: 20_000 });
      const texts = (await map.evaluate(collectTexts)) as SvgText[];
      assert.deepEqual(texts.flatMap(layoutProblems), []);
      // The map's own tooltip (not a Plot tip): hover countries across the map, near its edges too.
      const ids = (await map.evaluate(() =>
        [...document.querySelectorAll('svg.world-map path.country')].map(
          (p) => p.getAttribute('data-id') ?? '',
        ),
      )) as string[];
      const hover = [
        ...new Set([
          'KEN',
          'IDN',
          'USA',
          'CHN',
          'RUS',
          'CAN',
          'NZL',
          'CHL',
          ...ids.filter((_, i) => i % 8 === 0),
        ]),
      ];
      const tips: { id: string; name: string; label: string; box: Box; map: Box }[] = [];
      for (const id of hover.filter((h) => ids.includes(h))) {
        // Focus shows the same tip as the pointer (MapSvg), and reaches archipelagos whose centre is sea.
        await map.focus(`svg.world-map path.country[data-id="${id}"]`);
        const t = (await map.evaluate(readMapTip)) as Omit<(typeof tips)[number], 'id'> | null;
        assert.ok(t, `no tooltip over ${id}`);
        tips.push({ id, ...t });
      }
      assert.ok(tips.length >= 20, `read ${tips.length} map tips`);
      assert.deepEqual(tips.flatMap(mapTipProblems), []);
      assert.ok(
        tips.some((t) => /^\d{4}: /.test(t.label)),
        JSON.stringify(tips.slice(0, 3)),
      );
      await map.close();
    }
    const about = await open('#/about');
    const aboutTexts = (await about.evaluate(collectTexts)) as SvgText[];
    assert.ok(aboutTexts.some((s) => s.chart === 'chart-finance-distribution'));
    assert.deepEqual(aboutTexts.flatMap(layoutProblems), []);
    const lines = await tipLines(about);
    assert.ok(
      lines.some((l) => l.label === 'Debtors'),
      JSON.stringify(lines.slice(0, 5)),
    );
    assert.deepEqual([...new Set(lines.flatMap((l) => tipProblems(l.chart, l.label, l.value)))], []);
    await about.close();
  });
});
