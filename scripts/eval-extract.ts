// Precision and recall of the statement extractors on the labelled corpus of published sentences
// (test/corpus/extraction/sentences.json): `npm run eval:extract` (add --json for machines, --misses
// to list every wrong answer). Each sentence is read alone, as a one-sentence text.
import { readFileSync } from 'node:fs';
import { extractClaims } from '../src/claims/extract/extract.js';
import { openStore } from '../src/store/open.js';

interface Entry {
  topic: string;
  label: string;
  text: string;
  url: string;
  date: string;
  expect?: Record<string, unknown>;
}

const corpus = JSON.parse(readFileSync(new URL('../test/corpus/extraction/sentences.json', import.meta.url), 'utf8')) as {
  sentences: Entry[];
};
const store = await openStore();
// A statement of a type without a check ("not checkable yet", with the claim read) counts as recognised.
const family = (t: string) => (t === 'vote-agreement' ? 'vote' : t);
const get = (o: Record<string, unknown>, path: string) => path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], o);

const types = [...new Set(corpus.sentences.map((e) => e.topic))];
const stats = new Map(types.map((t) => [t, { tp: 0, fp: 0, fn: 0, fields: 0, fieldsRight: 0 }]));
const wrong: string[] = [];
for (const e of corpus.sentences) {
  const ex = extractClaims(e.text, store.concordance, { date: undefined });
  const found = new Map<string, Record<string, unknown>>();
  for (const d of ex.drafts) found.set(family(d.draft.type), d.draft.claim);
  for (const m of ex.misses) if (/^not checkable yet/.test(m.miss.reason) && m.miss.partial) found.set(family(m.miss.type), m.miss.partial);
  for (const t of types) {
    const s = stats.get(t)!;
    const has = found.has(t);
    if (e.label === t && has) {
      s.tp++;
      for (const [k, v] of Object.entries(e.expect ?? {})) {
        s.fields++;
        if (JSON.stringify(get(found.get(t)!, k)) === JSON.stringify(v)) s.fieldsRight++;
        else wrong.push(`field ${t}.${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(get(found.get(t)!, k))} | ${e.text}`);
      }
    } else if (e.label !== t && has) {
      s.fp++;
      wrong.push(`false ${t}: ${e.text}`);
    } else if (e.label === t && !has) {
      s.fn++;
      const why = ex.misses.find((m) => family(m.miss.type) === t)?.miss.reason ?? 'no cue';
      wrong.push(`missed ${t} (${why}): ${e.text}`);
    }
  }
}
store.close();
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(0)}%`);
const rows = types.map((t) => {
  const s = stats.get(t)!;
  return { type: t, sentences: corpus.sentences.filter((e) => e.topic === t).length, positives: s.tp + s.fn, ...s, precision: pct(s.tp, s.tp + s.fp), recall: pct(s.tp, s.tp + s.fn), fieldsCorrect: `${s.fieldsRight}/${s.fields}` };
});
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log(`${corpus.sentences.length} sentences\n`);
  console.log('| claim type | sentences | labelled | TP | FP | FN | precision | recall | fields right |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.type} | ${r.sentences} | ${r.positives} | ${r.tp} | ${r.fp} | ${r.fn} | ${r.precision} | ${r.recall} | ${r.fieldsCorrect} |`);
  const all = rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  console.log(`| all | ${corpus.sentences.length} | ${all.tp + all.fn} | ${all.tp} | ${all.fp} | ${all.fn} | ${pct(all.tp, all.tp + all.fp)} | ${pct(all.tp, all.tp + all.fn)} | |`);
  if (process.argv.includes('--misses')) console.log(`\n${wrong.join('\n')}`);
}
