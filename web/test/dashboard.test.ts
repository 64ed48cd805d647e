// End-to-end tests of the dashboard in a real browser: Debian's chromium driven by playwright-core,
// against the real server (HTTP API over the bundled data/ snapshot, web/dist at `/`) on loopback.
// Screenshots of the main pages go to test-output/ (gitignored).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath, type Running, root, serveDashboard } from './serve.js';

const shots = join(root, 'test-output');
const haveChromium = existsSync(chromiumPath);

describe('dashboard in chromium', { skip: haveChromium ? false : `no browser at ${chromiumPath}` }, () => {
  let server: Running;
  let browser: Browser;
  let context: BrowserContext;
  let caps: Set<string>;
  const errors: string[] = [];

  before(async () => {
    mkdirSync(shots, { recursive: true });
    server = await serveDashboard();
    const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    caps = new Set(Object.keys(doc.paths).map((p) => p.replace(/^\/api\/v1/, '').split('/')[1]));
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function open(hash: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${hash}: ${e.message}`));
    await page.goto(`${server.url}/${hash}`);
    return page;
  }

  /** Waits until no figure on the page is still loading, and every ready Plot chart has drawn. */
  async function settled(page: Page): Promise<void> {
    await page.waitForFunction(
      () => {
        const figs = [...document.querySelectorAll('figure[data-chart]')];
        return (
          figs.length > 0 &&
          figs.every((f) => {
            const s = f.getAttribute('data-status');
            if (s === 'loading') return false;
            const plot = f.querySelector('.plot');
            return s !== 'ready' || !plot || plot.getAttribute('data-rendered') === 'true';
          })
        );
      },
      undefined,
      { timeout: 30_000 },
    );
  }

  test('the map renders with countries coloured by a measure', async () => {
    const page = await open('#/');
    await page.waitForSelector('svg.world-map path.country', { timeout: 20_000 });
    await settled(page);
    const count = await page.locator('svg.world-map path.country').count();
    assert.ok(count > 150, `expected the countries of the world, got ${count}`);
    const coloured = await page
      .locator('svg.world-map path.country')
      .evaluateAll((ps) => ps.filter((p) => p.getAttribute('fill') !== '#e4e2dd').length);
    assert.ok(coloured > 120, `expected most countries coloured, got ${coloured}`);
    // The year slider and the poles are in the URL.
    await page.waitForFunction(() => document.querySelector('.year output')?.textContent?.match(/\d{4}/));
    const slider = page.locator('input[type=range]');
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => /year=\d{4}/.test(location.hash));
    await page.screenshot({ path: join(shots, 'map.png'), fullPage: true });
    await page.close();
  });

  test('clicking Kenya opens its page, and the keyboard does too', async () => {
    const page = await open('#/?poles=USA,CHN');
    const kenya = page.locator('svg.world-map path.country[data-id="KEN"]');
    await kenya.waitFor({ timeout: 20_000 });
    await kenya.click();
    await page.waitForFunction(() => location.hash.startsWith('#/country/KEN'));
    assert.equal((await page.locator('h1').textContent())?.trim(), 'Kenya');
    assert.match(page.url(), /poles=USA,CHN/);
    // Keyboard: focus a country on the map and press Enter.
    await page.goto(`${server.url}/#/`);
    const tza = page.locator('svg.world-map path.country[data-id="TZA"]');
    await tza.waitFor({ timeout: 20_000 });
    await tza.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.startsWith('#/country/TZA'));
    await page.locator('h1', { hasText: 'Tanzania' }).waitFor();
    // From one country's page to another's (the page stays mounted): no stale country.
    await page.locator('.site-head nav a', { hasText: 'Countries' }).click();
    await page.locator('h1', { hasText: 'Kenya' }).waitFor();
    assert.match(page.url(), /#\/country\/KEN/);
    await page.close();
  });

  test("each chart of Kenya's page renders with data, or says it is not available in this build", async () => {
    const page = await open('#/country/KEN?year=2019&poles=USA,CHN');
    await settled(page);
    const figures = await page.locator('figure[data-chart]').evaluateAll((fs) =>
      fs.map((f) => ({
        id: f.getAttribute('data-chart'),
        status: f.getAttribute('data-status'),
        marks: f.querySelectorAll(
          '.plot svg path, .plot svg circle, .plot svg rect, .plot svg line, li.claim',
        ).length,
        text: f.textContent ?? '',
      })),
    );
    assert.ok(figures.length >= 5, `expected the page's charts, got ${figures.length}`);
    for (const f of figures) {
      assert.notEqual(f.status, 'error', `${f.id} failed: ${f.text.slice(0, 300)}`);
      if (f.status === 'ready') assert.ok(f.marks > 0, `${f.id} drew nothing`);
      if (f.status === 'unavailable') assert.match(f.text, /Not available in this build/);
    }
    const agreement = figures.find((f) => f.id === 'chart-agreement');
    assert.equal(agreement?.status, 'ready', 'the vote agreement chart has data for Kenya');
    if (caps.has('arms')) {
      assert.equal(figures.find((f) => f.id === 'chart-arms')?.status, 'ready', 'arms imports by supplier');
      assert.equal(
        figures.find((f) => f.id === 'chart-alliances')?.status,
        'ready',
        'the alliances timeline',
      );
    }
    assert.equal(
      figures.find((f) => f.id === 'chart-sponsorship')?.status,
      'ready',
      'the co-sponsorship chart has data for Kenya',
    );
    if (caps.has('profile')) {
      assert.equal(figures.find((f) => f.id === 'chart-bearing')?.status, 'ready');
      const headline = await page.locator('[data-headline]').textContent();
      assert.match(headline ?? '', /Kenya/);
    }
    if (caps.has('check')) {
      const claims = figures.find((f) => f.id === 'chart-claims');
      assert.equal(claims?.status, 'ready');
      assert.match(claims?.text ?? '', /facing forward/);
      assert.match(claims?.text ?? '', /(Supported|Partly supported|Not supported|Not checkable)\./);
    }
    // Every ready chart has a source line and a text alternative.
    for (const f of figures.filter((x) => x.status === 'ready')) assert.match(f.text, /Source:/);
    await page.screenshot({ path: join(shots, 'country-KEN.png'), fullPage: true });
    await page.close();
  });

  test("a debtor outside Africa: Indonesia's debt charts draw debt service, and no request fails", async () => {
    const failed: string[] = [];
    const page = await open('#/country/IDN?year=2022&poles=USA,CHN');
    page.on('response', (r) => {
      if (r.url().includes('/api/v1/debt/') && r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await settled(page);
    const status = (id: string) => page.locator(`figure[data-chart="${id}"]`).getAttribute('data-status');
    if (caps.has('debt')) {
      assert.equal(await status('chart-creditors'), 'ready');
      assert.equal(await status('chart-debt-service'), 'ready');
      const text = (await page.locator('figure[data-chart="chart-creditors"]').textContent()) ?? '';
      assert.match(text, /debt service \(principal plus interest\) paid in 2022/);
      assert.match(text, /IDA and IBRD counted by their members’ votes/);
      // The multilaterals control is in the URL: none changes the charts' request and words.
      await page.locator('label', { hasText: 'Multilateral lenders' }).locator('select').selectOption('none');
      await page.waitForFunction(() => location.hash.includes('multilaterals=none'));
      await settled(page);
      await page
        .locator('figure[data-chart="chart-creditors"]', {
          hasText: 'multilateral lenders counted for neither pole',
        })
        .waitFor();
    }
    assert.deepEqual(failed, []);
    await page.close();
  });

  test('downloads work: CSV, SVG and PNG of a chart', async () => {
    const page = await open('#/country/KEN?year=2019&poles=USA,CHN');
    const fig = page.locator('figure[data-chart="chart-agreement"]');
    await fig.locator('.plot[data-rendered="true"] svg').first().waitFor({ timeout: 30_000 });

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      fig.locator('[data-download=csv]').click(),
    ]);
    assert.match(csv.suggestedFilename(), /^bearing-agreement-KEN-2019\.csv$/);
    const text = readFileSync((await csv.path())!, 'utf8');
    assert.match(text.split('\n')[0], /^year,country,partner,votes,agreement/);
    assert.ok(text.split('\n').length > 50, 'one row per year and pole');

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      fig.locator('[data-download=svg]').click(),
    ]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    assert.match(svgText, /^<svg /);
    assert.match(svgText, /Source: UN General Assembly/);

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      fig.locator('[data-download=png]').click(),
    ]);
    const bytes = readFileSync((await png.path())!);
    assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG file');
    assert.ok(bytes.length > 5000);
    await page.close();
  });

  test('a single chart can be embedded on its own', async () => {
    const page = await open('#/embed/agreement/KEN?year=2019&poles=USA,CHN');
    await settled(page);
    assert.equal(await page.locator('figure[data-chart]').count(), 1);
    assert.equal(await page.locator('.site-head').count(), 0);
    await page.screenshot({ path: join(shots, 'embed-agreement-KEN.png') });
    await page.close();
  });

  test('the loan page computes the known case: 28.6% grant element at 5%', async () => {
    const page = await open('#/loan');
    if (!caps.has('loan')) {
      await page.getByText('Not available in this build').waitFor();
      await page.screenshot({ path: join(shots, 'loan.png'), fullPage: true });
      await page.close();
      return;
    }
    const a = page.locator('[data-loan="a"]');
    for (const [name, value] of Object.entries({
      amount: '1600',
      rate: '2',
      maturity: '20',
      grace: '7',
      frequency: '2',
      discount: '5',
    }))
      await a.locator(`input[name="${name}"]`).fill(value);
    await a.locator('select[name="profile"]').selectOption('equal-principal');
    await page.waitForFunction(
      () => document.querySelector('[data-loan="a"] [data-grant-element]')?.textContent === '28.6%',
      undefined,
      { timeout: 15_000 },
    );
    const b = page.locator('[data-loan="b"] [data-grant-element]');
    await page.waitForFunction(() =>
      /%$/.test(document.querySelector('[data-loan="b"] [data-grant-element]')?.textContent ?? ''),
    );
    assert.match((await b.textContent()) ?? '', /%$/);
    await settled(page);
    await page.screenshot({ path: join(shots, 'loan.png'), fullPage: true });
    await page.close();
  });

  test('no page threw an uncaught error', () => {
    assert.deepEqual(errors, []);
  });
});
