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

const corpus = JSON.parse(
  readFileSync(new URL('../test/corpus/extraction/sentences.json', import.meta.url), 'utf8'),
) as {
  sentences: Entry[];
};
const store = await openStore();
// A statement of a type without a check ("not checkable yet", with the claim read) counts as recognised.
const family = (t: string) => (t === 'vote-agreement' ? 'vote' : t);
const get = (o: Record<string, unknown>, path: string) =>
  path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], o);

const types = [...new Set(corpus.sentences.map((e) => e.topic))];
type Found = Map<string, Record<string, unknown>>;

/** What the extractors recognised in each sentence, reading each alone or each page's sentences together. */
function recognise(together: boolean): Found[] {
  const out: Found[] = corpus.sentences.map(() => new Map());
  const byPage = new Map<string, { e: Entry; i: number }[]>();
  corpus.sentences.forEach((e, i) => {
    byPage.set(e.url, [...(byPage.get(e.url) ?? []), { e, i }]);
  });
  const groups = together ? [...byPage.values()] : corpus.sentences.map((e, i) => [{ e, i }]);
  for (const group of groups) {
    // Each sentence on its own line, so that sentence i of the text is entry i of the group.
    const text = group.map(({ e }) => e.text).join('\n');
    const ex = extractClaims(text, store.concordance);
    const starts: number[] = [];
    let at = 0;
    for (const { e } of group) {
      starts.push(at);
      at += e.text.length + 1;
    }
    const entryOf = (offset: number) => group[starts.filter((s0) => s0 <= offset).length - 1].i;
    for (const d of ex.drafts) out[entryOf(d.sentence.start)].set(family(d.draft.type), d.draft.claim);
    for (const m of ex.misses)
      if (/^not checkable yet/.test(m.miss.reason) && m.miss.partial)
        out[entryOf(m.sentence.start)].set(family(m.miss.type), m.miss.partial);
  }
  return out;
}

function score(found: Found[]) {
  const stats = new Map(types.map((t) => [t, { tp: 0, fp: 0, fn: 0, fields: 0, fieldsRight: 0 }]));
  const wrong: string[] = [];
  corpus.sentences.forEach((e, i) => {
    for (const t of types) {
      const s = stats.get(t)!;
      const claim = found[i].get(t);
      if (e.label === t && claim) {
        s.tp++;
        for (const [k, v] of Object.entries(e.expect ?? {})) {
          s.fields++;
          if (JSON.stringify(get(claim, k)) === JSON.stringify(v)) s.fieldsRight++;
          else
            wrong.push(
              `field ${t}.${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(get(claim, k))} | ${e.text}`,
            );
        }
      } else if (e.label !== t && claim) {
        s.fp++;
        wrong.push(`false ${t}: ${e.text}`);
      } else if (e.label === t && !claim) {
        s.fn++;
        wrong.push(`missed ${t}: ${e.text}`);
      }
    }
  });
  return { stats, wrong };
}

const alone = score(recognise(false));
const together = score(recognise(true));
store.close();
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(0)}%`);
function rowsOf(stats: ReturnType<typeof score>['stats']) {
  return types.map((t) => {
    const s = stats.get(t)!;
    return {
      type: t,
      sentences: corpus.sentences.filter((e) => e.topic === t).length,
      positives: s.tp + s.fn,
      ...s,
      precision: pct(s.tp, s.tp + s.fp),
      recall: pct(s.tp, s.tp + s.fn),
      fieldsCorrect: `${s.fieldsRight}/${s.fields}`,
    };
  });
}
function table(title: string, rows: ReturnType<typeof rowsOf>) {
  console.log(`\n${title}\n`);
  console.log('| claim type | sentences | labelled | TP | FP | FN | precision | recall | fields right |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.type} | ${r.sentences} | ${r.positives} | ${r.tp} | ${r.fp} | ${r.fn} | ${r.precision} | ${r.recall} | ${r.fieldsCorrect} |`,
    );
  const all = rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  console.log(
    `| all | ${corpus.sentences.length} | ${all.tp + all.fn} | ${all.tp} | ${all.fp} | ${all.fn} | ${pct(all.tp, all.tp + all.fp)} | ${pct(all.tp, all.tp + all.fn)} | |`,
  );
}
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ alone: rowsOf(alone.stats), together: rowsOf(together.stats) }, null, 2));
} else {
  console.log(
    `${corpus.sentences.length} sentences from ${new Set(corpus.sentences.map((e) => e.url)).size} pages`,
  );
  table('Each sentence read alone', rowsOf(alone.stats));
  table("Each page's sentences read together (as one text, in page order)", rowsOf(together.stats));
  if (process.argv.includes('--misses'))
    console.log(`\nalone:\n${alone.wrong.join('\n')}\n\ntogether:\n${together.wrong.join('\n')}`);
}
