import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../errors.js';
import { openStore, type Store } from '../store/open.js';
import { checkClaims, readClaims } from './check.js';

let store: Store;
before(async () => {
  store = await openStore();
});
after(() => store.close());

async function one(claim: Record<string, unknown>) {
  const [v] = await checkClaims(store, readClaims(claim));
  return v;
}
const kenya = { kind: 'visit', pole: 'CHN', direction: 'out', headOfState: true, country: 'KEN' };

test('first-since, China pole: Li Keqiang’s 2014 trip was the first by a Chinese head to Kenya in 8 years', async () => {
  const v = await one({ type: 'first-since', event: kenya, date: '2014-05-09', statedGapYears: 8 });
  assert.equal(v.verdict, 'supported', v.summary);
  assert.equal(v.evidence.figures.previousDate, '2006-04-28');
  assert.equal(v.evidence.figures.previousTraveller, 'Hu Jintao');
  assert.equal(v.evidence.figures.gapYears, 8.03);
  assert.match(v.evidence.sources[0].file, /^diplomacy\//);
  assert.match(v.evidence.coverage, /2003-2018/);
  const wrong = await one({ type: 'first-since', event: kenya, date: '2014-05-09', statedGapYears: 12 });
  assert.equal(wrong.verdict, 'not supported', wrong.summary);
});

test('first-since, China pole: outside the record’s years the claim is not checkable, and says why', async () => {
  const late = await one({ type: 'first-since', event: kenya, date: '2024-05-09', statedGapYears: 10 });
  assert.equal(late.verdict, 'not checkable');
  assert.match(late.summary, /covers 2003-2018/);
  // Hu Jintao's 2006 trip: no earlier one in the record, but 20 years reach back before 2003.
  const early = await one({ type: 'first-since', event: kenya, date: '2006-04-28', statedGapYears: 20 });
  assert.equal(early.verdict, 'not checkable', early.summary);
  assert.match(early.summary, /before the record begins \(2003\)/);
});

test('first-since, either pole: visitors received, and US trips out from the same record', async () => {
  const received = await one({
    type: 'first-since',
    event: { kind: 'visit', pole: 'CHN', direction: 'in', headOfState: true, country: 'KEN' },
    date: '2018-09-04',
    statedGapYears: 5,
  });
  assert.equal(received.verdict, 'supported', received.summary);
  assert.equal(received.evidence.figures.previousDate, '2013-08-19');
  const obama = await one({
    type: 'first-since',
    event: { kind: 'visit', pole: 'USA', direction: 'out', headOfState: true, country: 'KEN' },
    date: '2015-07-24',
    statedGapYears: 10,
  });
  // Obama's 2015 trip was the first by a US president to Kenya in the whole record (1866-2025).
  assert.equal(obama.verdict, 'not supported', obama.summary);
  assert.match(obama.summary, /first in the record/);
});

test('first-since: a visit type with the China pole is an error naming the field', async () => {
  assert.throws(
    () =>
      readClaims({
        type: 'first-since',
        event: { ...kenya, visitType: 'state' },
        date: '2014-05-09',
        statedGapYears: 8,
      }),
    (e: unknown) => e instanceof InputError && /visitType/.test(e.location.field ?? ''),
  );
});
