// Dashboard time-to-interactive on loopback, in Debian's chromium (playwright-core), against the
// real server over the bundled snapshot. "Interactive" = the world map is drawn with every country
// coloured and clickable (the map figure reports ready). Each run is a cold page in a fresh browser
// context (no HTTP cache); the server's answer cache is warm after the first run, as for any reader
// after the first. Baseline beside it: the same browser loading a bare JSON document from the same
// server (navigation cost alone). Target: the map interactive within 1.5 s (median).
//   npm run bench:dashboard [-- --runs 9]   (needs web/dist: npm run build:web)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, root, serveDashboard } from '../web/test/serve.js';

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

export async function run(argv: string[] = []): Promise<void> {
  const runsFlag = argv.indexOf('--runs');
  const runs = runsFlag >= 0 ? Number(argv[runsFlag + 1]) : 9;
  if (!existsSync(chromiumPath)) {
    console.log(`skipped: no chromium at ${chromiumPath}`);
    return;
  }
  if (!existsSync(join(root, 'web', 'dist', 'index.html'))) {
    console.log('skipped: web/dist missing (npm run build:web)');
    return;
  }
  const server = await serveDashboard();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const measure = async (path: string, ready: () => boolean): Promise<number> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`, { waitUntil: 'commit' });
      await page.waitForFunction(ready, undefined, { timeout: 30_000, polling: 'raf' });
      // Milliseconds from navigation start, by the page's own clock.
      const t = await page.evaluate(() => performance.now());
      await context.close();
      return t;
    };
    // Functions, not strings: the page's CSP forbids eval.
    const mapReady = () => {
      const f = document.querySelector('figure[data-chart="chart-map"]');
      return (
        f?.getAttribute('data-status') === 'ready' &&
        document.querySelectorAll('svg.world-map path.country').length > 150
      );
    };
    const countryReady = () => {
      const figs = Array.from(document.querySelectorAll('figure[data-chart]'));
      return (
        figs.length > 3 &&
        figs.every((f) => {
          const s = f.getAttribute('data-status');
          const p = f.querySelector('.plot');
          return s !== 'loading' && (s !== 'ready' || !p || p.getAttribute('data-rendered') === 'true');
        })
      );
    };
    // One warm-up of each (server answer cache, chromium's first process start).
    await measure('/#/', mapReady);
    await measure('/#/country/KEN?year=2019', countryReady);
    const baseline: number[] = [];
    const map: number[] = [];
    const country: number[] = [];
    for (let i = 0; i < runs; i++) {
      baseline.push(await measure('/api/v1/health', () => document.readyState === 'complete'));
      map.push(await measure('/#/', mapReady));
      country.push(await measure('/#/country/KEN?year=2019&poles=USA,CHN', countryReady));
    }
    const row = (name: string, xs: number[]) =>
      `| ${name} | ${quantile(xs, 0.5).toFixed(0)} ms | ${quantile(xs, 0.9).toFixed(0)} ms | ${Math.min(...xs).toFixed(0)} ms |`;
    console.log(`${runs} cold page loads each (fresh context), chromium headless, loopback`);
    console.log('| page | median | p90 | best |');
    console.log('| --- | --- | --- | --- |');
    console.log(row('baseline: bare JSON document', baseline));
    console.log(row('world map interactive (#/)', map));
    console.log(row('Kenya page, every chart drawn', country));
    const ratio = quantile(map, 0.5) / quantile(baseline, 0.5);
    console.log(
      `map / baseline: ${ratio.toFixed(1)}x; target map median <= 1500 ms: ${quantile(map, 0.5) <= 1500 ? 'met' : 'NOT met'}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run(process.argv.slice(2));
