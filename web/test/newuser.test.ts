// End-to-end checks of a new user's first day (issue 22): a misspelt country, the blocs as poles, a
// year a dimension does not cover, the embed snippet, the about page, a partner's rank over time.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath, type Running, serveDashboard } from './serve.js';

const haveChromium = existsSync(chromiumPath);

describe('a new user in chromium', { skip: haveChromium ? false : `no browser at ${chromiumPath}` }, () => {
  let server: Running;
  let browser: Browser;
  const errors: string[] = [];

  before(async () => {
    server = await serveDashboard();
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(hash: string, width = 1200): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
    page.on('pageerror', (e) => errors.push(`${hash}: ${e.message}`));
    await page.goto(`${server.url}/${hash}`);
    return page;
  }

  test('"Kenia" offers Kenya; "Ivory Coast" opens Côte d\'Ivoire; the pole pickers list the blocs', async () => {
    const page = await open('#/');
    const search = page.locator('form.search input[type=search]');
    await search.waitFor({ timeout: 20_000 });
    await search.fill('Kenia');
    await search.press('Enter');
    const suggestion = page.locator('.search .suggestions button', { hasText: 'Kenya' });
    await suggestion.waitFor({ timeout: 5_000 });
    await suggestion.click();
    await page.waitForFunction(() => location.hash.startsWith('#/country/KEN'));
    await page.goto(`${server.url}/#/`);
    await page.locator('form.search input[type=search]').fill('Ivory Coast');
    await page.locator('form.search input[type=search]').press('Enter');
    await page.waitForFunction(() => location.hash.startsWith('#/country/CIV'));
    await page.goto(`${server.url}/#/`);
    const blocs = await page
      .locator('select[aria-label="First pole"] optgroup[label="Blocs"] option')
      .evaluateAll((os) => os.map((o) => o.getAttribute('value')));
    assert.deepEqual(blocs, ['EU', 'G7', 'BRICS', 'NATO', 'SCO']);
    await page.close();
  });

  test('a year trade does not cover: the partners chart shows 2020 and says so; the trade-rank chart draws', async () => {
    const page = await open('#/country/KEN?year=2021&poles=USA,CHN');
    await page.waitForFunction(
      () => {
        const f = [...document.querySelectorAll('figure[data-chart]')].find((x) =>
          /No trade figures for 2021/.test(x.textContent ?? ''),
        );
        return Boolean(f);
      },
      undefined,
      { timeout: 30_000 },
    );
    assert.equal(await page.locator('figure[data-chart] .error, figure[data-chart] [role=alert]').count(), 0);
    const rank = page.locator('figure[data-chart$="trade-rank"]');
    await rank.waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      () =>
        document.querySelector('figure[data-chart$="trade-rank"]')?.getAttribute('data-status') === 'ready',
      undefined,
      { timeout: 30_000 },
    );
    assert.match((await rank.textContent()) ?? '', /China/);
    await page.close();
  });

  test('a year before the debt data: the creditors chart shows the first year it has, and says so', async () => {
    const page = await open('#/country/IDN?year=1995&poles=USA,CHN');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('figure[data-chart]')].some((f) =>
          /No debt figures for 1995: the data begin in 2000/.test(f.textContent ?? ''),
        ),
      undefined,
      { timeout: 30_000 },
    );
    await page.close();
  });

  test('the map says which dimensions the shown year lacks', async () => {
    const page = await open('#/?year=2021');
    await page.waitForSelector('svg.world-map path.country', { timeout: 20_000 });
    await page
      .locator('#chart-map .subtitle', { hasText: 'trade ends in 2020' })
      .waitFor({ timeout: 20_000 });
    const min = await page.locator('.year input[type=range]').getAttribute('min');
    assert.equal(min, '1960');
    await page.close();
  });

  test('Embed shows the snippet; #/about shows the about page', async () => {
    const page = await open('#/country/KEN?year=2019&poles=USA,CHN');
    const embed = page.locator('figure[data-chart] button', { hasText: 'Embed' }).first();
    await embed.waitFor({ timeout: 30_000 });
    await embed.click();
    const code = await page.locator('.embed-code textarea').first().inputValue();
    assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#\/embed\//);
    await page.goto(`${server.url}/#/about`);
    await page.locator('h1', { hasText: 'About bearing' }).waitFor({ timeout: 10_000 });
    assert.ok((await page.locator('.about-sources tr[data-dataset]').count()) > 5);
    await page.close();
  });

  test("the map's SVG export has the legend and the whole source line", async () => {
    const page = await open('#/?year=2019');
    await page.waitForSelector('svg.world-map path.country', { timeout: 20_000 });
    await page.waitForFunction(
      () => document.querySelector('#chart-map')?.getAttribute('data-status') === 'ready',
      undefined,
      {
        timeout: 30_000,
      },
    );
    const source =
      (await page.locator('#chart-map .source, #chart-map figcaption').first().textContent()) ?? '';
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#chart-map [data-download=svg]').click(),
    ]);
    const text = readFileSync((await svg.path())!, 'utf8');
    assert.match(text, /class="legend"/, 'the legend is exported with the map');
    const lines = [...text.matchAll(/<text [^>]*fill='#555'>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    assert.match(lines, /^Source: /);
    assert.ok(lines.length > 150, `the whole source line: ${lines}`);
    assert.ok(source.length === 0 || lines.includes('methods in docs/methods.md'), lines);
    await page.close();
  });

  test('on a phone the map page does not overflow sideways', async () => {
    for (const width of [320, 360, 375, 390, 414]) {
      const page = await open('#/', width);
      await page.waitForSelector('svg.world-map path.country', { timeout: 20_000 });
      await page.waitForTimeout(300);
      const over = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(over, 0, `${width}px: ${over}px too wide`);
      await page.close();
    }
  });

  test('no page threw an uncaught error', () => {
    assert.deepEqual(errors, []);
  });
});
