// The About page of a static export served from a sub-folder (https://host/news/bearing/): its links to
// the methods notes and the downloads resolve (relative links; the notes are rendered into methods/ by
// the build), the notes' own links and images resolve, and the finance-distribution chart draws from the
// precomputed answers. A plain node:http file server stands in for the static host.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, chromium } from 'playwright-core';
import { main } from '../../src/app/main.js';
import { chromiumArgs, chromiumPath, webDist } from './serve.js';

const base = '/news/bearing/';
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves `root` under `base` only: anything outside the sub-folder is a 404, as on a shared host. */
function serveUnder(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return void res.writeHead(404).end();
    const rel = path.slice(base.length);
    const file = normalize(join(root, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile())
      return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

describe('the About page of a static export under a sub-folder', {
  skip:
    existsSync(chromiumPath) && existsSync(join(webDist, 'index.html')) ? false : 'no browser or web/dist',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'bearing-about-'));
  let url: string;
  let server: Server;
  let browser: Browser;

  before(async () => {
    let out = '';
    const code = await main(
      ['export-site', dir, '--countries', 'KEN', '--years', '2019', '--tables', 'visits'],
      {
        stdout: (t) => (out += t),
        stderr: (t) => (out += t),
      },
    );
    assert.equal(code, 0, out);
    ({ url, server } = await serveUnder(dir));
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  test('every link resolves; the distribution chart draws from the exported answers', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}${base}#/about`);
    await page.waitForSelector(
      '#chart-finance-distribution[data-status="ready"] .plot[data-rendered="true"]',
      {
        timeout: 30_000,
      },
    );
    const hrefs = await page
      .locator('main a[href]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href).filter((h) => !h.includes('#')));
    assert.ok(hrefs.length >= 15, `links: ${hrefs.join(', ')}`);
    for (const h of hrefs) {
      assert.ok(h.startsWith(`${url}${base}`), `${h} leaves the site's folder`);
      assert.equal((await fetch(h)).status, 200, h);
    }
    // The API documentation is a server's: the static copy says so instead of linking to nothing.
    assert.match((await page.locator('main').textContent()) ?? '', /need the live API/);
    // A note: its image and its links to other notes resolve, and it links back to the dashboard.
    const note = await browser.newPage();
    await note.goto(`${url}${base}methods/finance.html`);
    const links = await note
      .locator('main a[href], main img[src]')
      .evaluateAll((es) => es.map((e) => (e as HTMLAnchorElement).href || (e as HTMLImageElement).src));
    assert.ok(
      links.some((l) => l.endsWith('methods/finance-distribution.svg')),
      links.join(', '),
    );
    for (const l of links.filter((x) => !x.includes('#') && x.startsWith(url))) {
      assert.equal((await fetch(l)).status, 200, l);
    }
    await note.click('text=bearing: About and methods');
    await note.waitForSelector('main.about-page');
    assert.equal(new URL(note.url()).pathname, base);
    await note.close();
    await page.close();
  });
});
