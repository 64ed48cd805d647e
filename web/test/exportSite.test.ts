// `bearing export-site`, end to end: export a few countries and years to a temporary folder, serve it with
// a plain static file server (node:http, nothing else), and drive Chromium through the map and Kenya's
// page. Every chart must be ready and every request under api/v1 must be a file the export wrote.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { staticAnswer as serverRule } from '../../src/app/exportSite.js';
import { main } from '../../src/app/main.js';
import { staticAnswer as dashboardRule } from '../src/api.js';
import { chromiumArgs, chromiumPath, webDist } from './serve.js';

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => relative(dir, f));
}

/** A plain static file server: GET a file under `root`, else 404. */
function serveDir(root: string, misses: string[]): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      misses.push(path);
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

test('the dashboard and the exporter name an answer file the same way', () => {
  const cases: [string, Record<string, string | number | boolean | undefined>][] = [
    ['/meta', {}],
    ['/profile/KEN', { year: 2019, poles: 'USA,CHN' }],
    ['/profile/KEN', { year: 2019, poles: 'USA,CHN', include: 'none' }],
    ['/debt/KEN', { year: 2019, poles: 'USA,CHN' }],
    ['/rank', { year: 2019, poles: 'USA,CHN', includePoles: true, includePartial: true, x: undefined }],
    ['/trade/KEN', { top: 12, series: true, poles: 'a b/c' }],
    ['/trade/KEN', { top: 12, year: 2019 }],
  ];
  for (const [path, query] of cases) assert.deepEqual(dashboardRule(path, query), serverRule(path, query));
  assert.deepEqual(serverRule('/meta'), { file: 'api/v1/meta/index.json' });
  assert.deepEqual(serverRule('/trade/KEN', { top: 12, year: 2019 }), {
    file: 'api/v1/trade/KEN/years.json',
    key: 'top=12&year=2019',
  });
});

/** The answers in an exported file: itself, or each entry of a country's years.json. */
function answersIn(file: string): unknown[] {
  const body = JSON.parse(readFileSync(file, 'utf8'));
  return file.endsWith('/years.json') ? Object.values(body) : [body];
}

describe('export-site served by a static file server', {
  skip:
    existsSync(chromiumPath) && existsSync(join(webDist, 'index.html')) ? false : 'no browser or web/dist',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'bearing-site-'));
  const misses: string[] = [];
  const requests: string[] = [];
  const errors: string[] = [];
  let out = '';
  let url: string;
  let server: Server;
  let browser: Browser;

  before(async () => {
    const code = await main(
      ['export-site', dir, '--countries', 'KEN,USA,CHN', '--years', '2019,2024', '--tables', 'visits'],
      { stdout: (t) => (out += t), stderr: (t) => (out += t) },
    );
    assert.equal(code, 0, out);
    ({ url, server } = await serveDir(dir, misses));
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  /** Waits until the page's charts are past loading; returns `chart:status` for each. */
  async function chartStatuses(page: Page): Promise<string[]> {
    await page.waitForFunction(
      () => {
        const figs = [...document.querySelectorAll('figure[data-chart]')];
        return figs.length > 3 && figs.every((f) => f.getAttribute('data-status') !== 'loading');
      },
      undefined,
      { timeout: 30_000 },
    );
    return page
      .locator('figure[data-chart]')
      .evaluateAll((fs) => fs.map((f) => `${f.getAttribute('data-chart')}:${f.getAttribute('data-status')}`));
  }

  async function open(hash: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(`${hash}: ${e.message}`));
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${url}/${hash}`);
    return page;
  }

  test('the command says what it wrote, and the manifest lists the export', () => {
    assert.match(out, /wrote \d+ files, [\d.]+ MB to .* in [\d.]+ s \(3 countries, 2 map years/);
    const manifest = JSON.parse(readFileSync(join(dir, 'static.json'), 'utf8'));
    assert.deepEqual(manifest.poles, ['USA', 'CHN']);
    assert.deepEqual(manifest.countries, ['CHN', 'KEN', 'USA']);
    assert.deepEqual(manifest.years, [2019, 2024]);
    assert.ok(existsSync(join(dir, 'api/v1/tables/visits.csv')));
    assert.match(readFileSync(join(dir, 'index.html'), 'utf8'), /<meta name="bearing-static"/);
  });

  test('the map draws from files, and opens Kenya whose charts are all ready', async () => {
    const page = await open('#/?year=2019');
    await page.waitForSelector('svg.world-map path.country', { timeout: 20_000 });
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('svg.world-map path.country')].filter(
          (p) => p.getAttribute('fill') !== '#e4e2dd',
        ).length > 120,
      undefined,
      { timeout: 20_000 },
    );
    // From the map to the country page, the way a reader goes (the link carries the year).
    await page.evaluate(() => {
      location.hash = '#/country/KEN?year=2019&poles=USA,CHN';
    });
    const statuses = await chartStatuses(page);
    const bad = statuses.filter((s) => !/:(ready|empty)$/.test(s));
    assert.deepEqual(bad, [], `charts not ready: ${bad.join(', ')}`);
    assert.ok(statuses.filter((s) => s.endsWith(':ready')).length >= 8, statuses.join(', '));
    // The series chart in a year: the year's profile without its series, the series from the
    // country's answer without a year (one file per country, not one per year).
    assert.ok(statuses.includes('chart-bearing-series:ready'), statuses.join(', '));
    // The year's profile is an entry of Kenya's profiles by year: one file for every map year.
    assert.ok(requests.includes('/api/v1/profile/KEN/years.json'));
    assert.ok(requests.includes('/api/v1/profile/KEN/poles=USA,CHN.json'));
    const yearProfile = JSON.parse(readFileSync(join(dir, 'api/v1/profile/KEN/years.json'), 'utf8'))[
      'include=none&poles=USA,CHN&year=2019'
    ];
    assert.equal(yearProfile.year, 2019);
    assert.equal(yearProfile.series, undefined);
    const series = await page.locator('figure[data-chart="chart-bearing-series"]').textContent();
    assert.match(series ?? '', /In 2019 the overall position was/);
    await page.close();
  });

  test("Kenya's page without a year: the headline and every chart from files, the series among them", async () => {
    const page = await open('#/country/KEN');
    const statuses = await chartStatuses(page);
    const bad = statuses.filter((s) => !/:(ready|empty)$/.test(s));
    assert.deepEqual(bad, [], `charts not ready: ${bad.join(', ')}`);
    assert.ok(statuses.includes('chart-bearing-series:ready'), statuses.join(', '));
    await page.waitForSelector('[data-headline]', { timeout: 20_000 });
    assert.match((await page.locator('[data-headline]').textContent()) ?? '', /^Kenya \d{4}: /);
    await page.close();
  });

  test('another pole says it needs the live API, in words, not an error', async () => {
    const page = await open('#/country/KEN?poles=USA,RUS');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('figure[data-chart]')].some((f) =>
          /live API/.test(f.textContent ?? ''),
        ),
      undefined,
      { timeout: 30_000 },
    );
    const errorsShown = await page.locator('figure[data-chart][data-status="error"]').count();
    assert.equal(errorsShown, 0);
    await page.close();
  });

  test('the loan calculator says it needs the live API, not an error', async () => {
    const page = await open('#/loan');
    await page.waitForSelector('.result p.muted', { timeout: 20_000 });
    assert.match((await page.locator('.result p.muted').first().textContent()) ?? '', /needs the live API/);
    assert.equal(await page.locator('.result p.error').count(), 0);
    await page.close();
  });

  test('every answer written is one the pages use: data, or a problem they show (never a refusal)', () => {
    const answers = filesUnder(join(dir, 'api/v1')).filter(
      (f) => f.endsWith('.json') && !f.startsWith('tables/') && f !== 'openapi.json',
    );
    assert.ok(answers.length > 50, `${answers.length} answers`);
    const refused = answers.filter((f) =>
      answersIn(join(dir, 'api/v1', f)).some(
        (body) =>
          !Array.isArray(body) &&
          typeof (body as { status?: unknown })?.status === 'number' &&
          ![400, 404].includes((body as { status: number }).status),
      ),
    );
    assert.deepEqual(refused, []);
  });

  test("a country's answers for the map years share one file per kind, holding each year asked", () => {
    const perYear = filesUnder(join(dir, 'api/v1')).filter((f) => /^(profile|trade|debt)\/.*year=/.test(f));
    assert.deepEqual(perYear, []);
    for (const c of ['KEN', 'USA', 'CHN']) {
      const profiles = JSON.parse(readFileSync(join(dir, `api/v1/profile/${c}/years.json`), 'utf8'));
      assert.deepEqual(Object.keys(profiles), [
        'include=none&poles=USA,CHN&year=2019',
        'include=none&poles=USA,CHN&year=2024',
      ]);
      for (const kind of ['trade', 'debt']) {
        const keys = Object.keys(
          JSON.parse(readFileSync(join(dir, `api/v1/${kind}/${c}/years.json`), 'utf8')),
        );
        assert.ok(keys.length >= 1 && keys.every((k) => /year=\d{4}/.test(k)), `${kind}/${c}: ${keys}`);
      }
    }
  });

  test("no answer for Kenya's pages that they never ask for (the year 2019 and no year)", () => {
    // Kenya's answers, except those of the other map year (2024, whose trade and debt years move to
    // the nearest covered one: every year= other than 2019).
    const kenya = filesUnder(join(dir, 'api/v1'))
      .filter((f) => /KEN/.test(f) && !/year=(?!2019\b)\d{4}/.test(f))
      .map((f) => `/api/v1/${f}`);
    assert.ok(kenya.length > 15, kenya.join(', '));
    const unasked = kenya.filter((f) => !requests.includes(f));
    assert.deepEqual(unasked, []);
  });

  test('no request went to an API route that is not a file, and no page error', () => {
    const api = requests.filter((p) => p.startsWith('/api/v1'));
    assert.ok(api.length > 10, `expected answers read from files, got ${api.length}`);
    const wrong = api.filter((p) => !p.endsWith('.json'));
    assert.deepEqual(wrong, []);
    // The only misses are the other pole's answers and the loan (the tests above ask for them on purpose).
    assert.deepEqual(
      misses.filter((m) => !m.includes('RUS') && !m.startsWith('/api/v1/loan')),
      [],
    );
    assert.deepEqual(errors, []);
  });
});
