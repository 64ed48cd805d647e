// check --text on a 1,500-word article, warm, against the same process checking the same claims
// given as JSON (the baseline): what extraction and resolution add to the checks themselves.
import { readFileSync } from 'node:fs';
import { checkClaims, readClaims } from '../src/claims/check.js';
import { checkText } from '../src/claims/extract/check.js';
import { extractClaims } from '../src/claims/extract/extract.js';
import { openStore } from '../src/store/open.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  const store = await openStore();
  const seed = readFileSync(new URL('../test/fixtures/articles/seed.txt', import.meta.url), 'utf8');
  const corpus = JSON.parse(
    readFileSync(new URL('../test/corpus/extraction/sentences.json', import.meta.url), 'utf8'),
  ) as { sentences: { text: string }[] };
  // The seed article, then published sentences from the corpus as further paragraphs, to 1,500 words.
  let article = seed;
  for (const s of corpus.sentences) {
    if (article.split(/\s+/).length >= 1500) break;
    article += `\n${s.text}`;
  }
  const words = article.split(/\s+/).length;
  const first = await checkText(store, article);
  const claims = readClaims(first.statements.map((s) => s.claim));
  await checkClaims(store, claims);
  const read: number[] = [];
  const text: number[] = [];
  const json: number[] = [];
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    extractClaims(article, store.concordance);
    read.push(performance.now() - t);
    t = performance.now();
    await checkText(store, article);
    text.push(performance.now() - t);
    t = performance.now();
    await checkClaims(store, claims);
    json.push(performance.now() - t);
  }
  const a = median(text);
  const b = median(json);
  console.log(
    `article: ${words} words, ${first.sentences} sentences, ${first.statements.length} statements checked, ${first.unchecked.length} listed unchecked`,
  );
  console.log(`extraction alone (rules, no data):               ${median(read).toFixed(1)} ms`);
  console.log(`check --text (extract, resolve, check), median of 5 warm: ${a.toFixed(0)} ms`);
  console.log(`baseline: the same ${claims.length} claims as JSON:          ${b.toFixed(0)} ms`);
  console.log(
    `extraction and resolution add ${(a - b).toFixed(0)} ms (${(a / b).toFixed(2)}x the checks alone)`,
  );
  store.close();
}
