// Precision and recall of the China Vitae classifier against the hand-labelled fixture
// (src/sources/chinavitae/fixtures/labelled_engagements.csv). `npm run eval:diplomacy [-- --errors]`.
import { evaluate, parseLabelled } from '../src/sources/chinavitae/classify/evaluate.js';
import { labelledFile, labelledText } from '../src/sources/chinavitae/testing.js';
import { openStore } from '../src/store/open.js';

const store = await openStore();
const result = evaluate(parseLabelled(labelledText(), labelledFile, store.concordance), store.concordance);
const pct = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);
console.log(`${result.rows} hand-labelled rows; ${result.unclassified} left unclassified by the rules\n`);
console.log('| class | labelled | predicted | correct | precision | recall |');
console.log('|---|---|---|---|---|---|');
for (const c of result.classes) {
  console.log(
    `| ${c.class} | ${c.labelled} | ${c.predicted} | ${c.correct} | ${pct(c.precision)} | ${pct(c.recall)} |`,
  );
}
const { countryAgreement: ca, levelAgreement: la } = result;
console.log(`\ncountry agrees: ${ca.agree}/${ca.of}; visitor level agrees: ${la.agree}/${la.of}`);
if (process.argv.includes('--errors')) {
  for (const e of result.errors) {
    const l = e.row.label;
    const p = e.predicted;
    console.log(
      `\nline ${e.row.record.sourceLine}: labelled ${l.class} ${l.country} ${l.level ?? ''}; predicted ${p.class} (${p.rule}) ${p.country} ${p.visitorLevel ?? ''}\n  ${e.row.record.text.slice(0, 220)}`,
    );
  }
}
await store.close();
