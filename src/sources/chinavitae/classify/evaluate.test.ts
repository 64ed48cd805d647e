import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../../../errors.js';
import { openStore, type Store } from '../../../store/open.js';
import { labelledFile, labelledText } from '../testing.js';
import { evaluate, parseLabelled } from './evaluate.js';

let store: Store;
before(async () => {
  store = await openStore();
});
after(async () => {
  await store.close();
});

// Floors pinned a little under the measured scores (docs/methods/visits.md): a rule change that
// loses precision or recall on the hand-labelled rows fails here.
const floors = {
  trip: { precision: 0.97, recall: 0.97 },
  received: { precision: 0.97, recall: 0.97 },
  'not-visit': { precision: 0.97, recall: 0.95 },
};

test('classifier against 203 hand-labelled rows: precision and recall per class above the floors', () => {
  const rows = parseLabelled(labelledText(), labelledFile, store.concordance);
  assert.equal(rows.length, 203);
  assert.ok(new Set(rows.map((r) => r.record.leader)).size === 7, 'every leader labelled');
  assert.ok(new Set(rows.map((r) => r.record.year)).size === 16, 'every year labelled');
  const e = evaluate(rows, store.concordance);
  for (const c of e.classes) {
    assert.ok(
      c.precision !== null && c.precision >= floors[c.class].precision,
      `${c.class} precision ${c.precision}`,
    );
    assert.ok(c.recall !== null && c.recall >= floors[c.class].recall, `${c.class} recall ${c.recall}`);
  }
  assert.ok(e.countryAgreement.agree / e.countryAgreement.of >= 0.97);
  assert.ok(e.levelAgreement.agree / e.levelAgreement.of >= 0.95);
});

test('evaluate: hand-worked scores on three rows', () => {
  const header =
    'source_line,date,year,country,leader,text,filed_under,label_class,label_country,label_level';
  const text = [
    header,
    '1,05/10/14,2014,Kenya,Li Keqiang,"Li Keqiang travelled to Kenya, Nairobi",Kenya,trip,KEN,',
    // Labelled received, but the rules read a phone call: a recall miss for received.
    '2,05/10/14,2014,Kenya,Xi Jinping,"Xi Jinping was in Beijing Municipality and met with the following: Uhuru Kenyatta (President of Kenya)",Kenya,received,KEN,head',
    '3,05/10/14,2014,Kenya,Xi Jinping,"Xi congratulates Kenyatta (Beijing Municipality)",Kenya,received,KEN,head',
  ].join('\n');
  const e = evaluate(parseLabelled(text, 'x.csv', store.concordance), store.concordance);
  const by = Object.fromEntries(e.classes.map((c) => [c.class, c]));
  assert.deepEqual([by.trip.precision, by.trip.recall], [1, 1]);
  assert.deepEqual([by.received.labelled, by.received.predicted, by.received.correct], [2, 1, 1]);
  assert.deepEqual([by.received.precision, by.received.recall], [1, 0.5]);
  assert.deepEqual(
    [by['not-visit'].predicted, by['not-visit'].precision, by['not-visit'].recall],
    [1, 0, null],
  );
  assert.equal(e.errors.length, 1);
});

test('a label that is not a class or a level for its class names its row', () => {
  const text = labelledText().replace(/,trip,([A-Z]{3}),\n/, ',trip,$1,head\n');
  assert.throws(
    () => parseLabelled(text, labelledFile, store.concordance),
    (e: unknown) =>
      e instanceof InputError && e.location.field === 'label_level' && (e.location.line ?? 0) > 1,
  );
});
