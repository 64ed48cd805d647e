// "Check an article" in chromium against the real server: a pasted text's statements highlighted
// with verdict badges, the evidence panel, a claim edited and re-checked, and the share link.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { type Browser, chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, type Running, serveDashboard } from './serve.js';

const skip = existsSync(chromiumPath) ? false : `no browser at ${chromiumPath}`;
let server: Running;
let browser: Browser;
before(async () => {
  if (skip) return;
  server = await serveDashboard();
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('paste, check, read the evidence, edit and re-check, share', { skip }, async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/#/article`);
  await page.fill('textarea', 'China remains Kenya’s largest trading partner. Rain fell on Nairobi.');
  await page.click('button:has-text("Check")');
  const mark = page.locator('.article-text button.statement');
  await mark.first().waitFor({ timeout: 60_000 });
  assert.equal(await mark.count(), 1);
  assert.match((await mark.first().textContent()) ?? '', /supported.*largest trading partner/s);
  assert.match((await page.locator('.article-evidence .summary').textContent()) ?? '', /China ranks 1/);
  // Edit the claim: the United States as the partner is not Kenya's largest.
  const json = page.locator('.claim-json textarea');
  await json.fill((await json.inputValue()).replace('"CHN"', '"USA"'));
  await page.click('button:has-text("Re-check")');
  await page.waitForFunction(
    () => /Not supported/.test(document.querySelector('.article-evidence .summary')?.textContent ?? ''),
    undefined,
    { timeout: 60_000 },
  );
  // The link carries the text: opening it checks the same text again.
  const url = page.url();
  assert.match(url, /#\/article\?t=/);
  const again = await browser.newPage();
  await again.goto(url);
  await again.locator('.article-text button.statement').first().waitFor({ timeout: 60_000 });
  assert.deepEqual(errors, []);
});
