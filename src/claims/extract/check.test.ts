import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { InputError } from '../../errors.js';
import { openStore, type Store } from '../../store/open.js';
import { checkClaims, readClaims } from '../check.js';
import { checkText } from './check.js';
import { extractClaims } from './extract.js';

let store: Store;
before(async () => {
  store = await openStore();
});
after(() => store.close());

const seedText = readFileSync(new URL('../../../test/fixtures/articles/seed.txt', import.meta.url), 'utf8');

test('the seed article yields its five checkable statements with the verdicts of check --example seed', async () => {
  const report = await checkText(store, seedText);
  const seed = readClaims(
    JSON.parse(readFileSync(new URL('../examples/seed.json', import.meta.url), 'utf8')),
  );
  const expected = await checkClaims(store, seed);
  assert.deepEqual(report.statements.map((s) => s.type).sort(), seed.map((c) => c.type).sort());
  for (const v of expected) {
    const s = report.statements.find((x) => x.type === v.type)!;
    assert.equal(s.verdict.verdict, v.verdict, `${v.type}: ${s.verdict.summary}`);
    assert.equal(seedText.slice(s.sentence.start, s.sentence.end), s.sentence.text);
  }
  const visit = report.statements.find((s) => s.type === 'first-since')!;
  assert.deepEqual(visit.claim.event, {
    kind: 'visit',
    visitType: 'any',
    headOfState: true,
    continent: 'Africa',
  });
  assert.equal(visit.claim.statedGapYears, 16);
  assert.equal(visit.claim.date, '2024-05-23');
  const partner = report.statements.find((s) => s.type === 'largest-partner')!;
  assert.deepEqual(
    [partner.claim.country, partner.claim.partner, partner.claim.measure],
    ['KEN', 'CHN', 'total'],
  );
  assert.equal(report.statements.find((s) => s.type === 'amount')!.claim.statedAmountUsd, 4.7e9);
  const stance = report.statements.find((s) => s.type === 'stance')!;
  assert.ok([stance.sentence, ...stance.alsoIn].some((x) => /neither Facing East/.test(x.text)));
  assert.equal(report.subject, 'KEN');
});

test('the claims it drafts are claim JSON: they read back and re-check to the same verdict', async () => {
  const report = await checkText(store, seedText);
  const again = await checkClaims(store, readClaims(report.statements.map((s) => s.claim)));
  assert.deepEqual(
    again.map((v) => v.verdict),
    report.statements.map((s) => s.verdict.verdict),
  );
});

test('near misses and claim types without a check are listed with the reason, not checked', async () => {
  const r = await checkText(
    store,
    'China is one of Kenya’s largest trading partners. Obama was the first visit by a US president to Kenya. Kenya voted for the UN General Assembly resolution ES-11/1. Kenya buys most of its arms from China.',
  );
  // The arms claim type exists (security): that statement is checked; the near misses are not.
  assert.deepEqual(
    r.statements.map((s) => s.type),
    ['largest-arms-supplier'],
  );
  assert.notEqual(
    r.statements[0].verdict.verdict,
    'supported',
    'Kenya buys more from Jordan than from China',
  );
  const reasons = r.unchecked.map((u) => `${u.type}: ${u.reason}`).join('\n');
  assert.match(reasons, /largest-partner: "one of the largest"/);
  assert.match(reasons, /first-since: no period/);
  assert.match(reasons, /vote: not checkable yet/);
});

test('bad input: empty, binary, 10 MB, non-English and HTML each get a clear answer', async () => {
  assert.equal((await checkText(store, '')).message, 'no text: nothing to check');
  assert.equal((await checkText(store, 'The weather was fine.')).message, 'no checkable statements found');
  await assert.rejects(
    checkText(store, 'PK\u0003\u0004\u0000\u0000binary'),
    (e: unknown) => e instanceof InputError && /binary/.test(e.message),
  );
  const t = performance.now();
  await assert.rejects(
    checkText(store, 'x'.repeat(10 * 2 ** 20)),
    (e: unknown) => e instanceof InputError && /too long/.test(e.message),
  );
  assert.ok(performance.now() - t < 1000, 'refused at once, not read');
  const sw = await checkText(
    store,
    'Uchina ni mshirika mkubwa zaidi wa biashara wa Kenya, alisema rais katika mahojiano hayo.',
  );
  assert.equal(sw.message, 'no checkable statements found');
  assert.match(sw.notes.join(' '), /not read as English/);
  const html = await checkText(
    store,
    '<article><h1>Trade</h1><p>China remains <em>Kenya&rsquo;s</em> largest trading partner.</p></article>',
  );
  assert.equal(html.statements[0].type, 'largest-partner');
  assert.match(html.notes[0], /HTML tags removed/);
});

test('a long text with no sentence stops does not hang the rules, and a claim repeated is checked once', async () => {
  const text = 'China Kenya $4 billion railway project '.repeat(4000);
  const t = performance.now();
  const ex = extractClaims(text, store.concordance);
  assert.ok(performance.now() - t < 5_000, `extraction took ${performance.now() - t} ms`);
  assert.ok(ex.sentences.length > 100, 'read in pieces');
  const r = await checkText(store, text);
  assert.ok(r.statements.length <= 3);
  assert.ok(r.statements[0].alsoIn.length > 1000);
});

test('at most 50 statements are checked in one text; the rest are listed with the reason', async () => {
  const text = Array.from(
    { length: 60 },
    (_, i) => `China signed a $${i + 1} billion railway project with Kenya.`,
  ).join(' ');
  const r = await checkText(store, text);
  assert.equal(r.statements.length, 50);
  assert.equal(r.unchecked.filter((u) => /at most 50/.test(u.reason)).length, 10);
});
