import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Concordance } from '../../../countries/concordance.js';
import { extractClaims } from '../extract.js';
import { country } from '../testing.js';

const concordance = new Concordance(
  [
    ['KEN', 'Kenya'],
    ['CHN', 'China'],
    ['USA', 'United States'],
    ['IND', 'India'],
    ['ARM', 'Armenia'],
    ['RUS', 'Russia'],
    ['LAO', 'Laos'],
    ['ZMB', 'Zambia'],
  ].map(([id, n]) => country(id, n)),
);
const read = (text: string, date?: string) => {
  const ex = extractClaims(text, concordance, { date });
  return { drafts: ex.drafts.map((d) => d.draft.claim), misses: ex.misses.map((m) => m.miss) };
};

test('largest-partner: possessive, "of", "with", "its"; the subject is the partner; near misses listed', () => {
  assert.deepEqual(read('China overtook India to become Kenya’s top source of imported goods.').drafts[0], {
    type: 'largest-partner',
    id: '',
    statement: 'China overtook India to become Kenya’s top source of imported goods.',
    country: 'KEN',
    partner: 'CHN',
    measure: 'imports',
  });
  assert.equal(read('China ranks as the number one trading partner with Kenya.').drafts[0].country, 'KEN');
  assert.equal(read('China is the largest creditor of Zambia in 2020.').drafts[0].year, 2020);
  assert.match(
    read('China is one of Kenya’s largest trading partners.').misses[0].reason,
    /one of the largest/,
  );
  assert.match(read('China is Kenya’s second-largest trading partner.').misses[0].reason, /rank-2/);
  assert.match(
    read('China is Africa’s largest trading partner and Kenya is not.').misses[0].reason,
    /continent/,
  );
});

test('first-since: gap, scope, type and date; a US president abroad and "first ever" are not claims', () => {
  const [c] = read(
    'On May 23, 2024 it was the first state visit by a Kenyan president to the US in two decades.',
  ).drafts;
  assert.deepEqual(c.event, { kind: 'visit', visitType: 'state', headOfState: true, country: 'KEN' });
  assert.equal(c.statedGapYears, 20);
  assert.equal(c.date, '2024-05-23');
  assert.match(
    read('It was the first visit to Kenya by a US president in 10 years.').misses[0].reason,
    /US leader abroad/,
  );
  assert.match(
    read('It was the first visit by an African head of state to the US.').misses[0].reason,
    /no period/,
  );
});

test('amount, stance and concessional read their parameters; other currencies are listed', () => {
  const [a] = read('Kenya signed a $4.7 billion standard gauge railway contract.').drafts;
  assert.deepEqual([a.subject, a.statedAmountUsd, a.country], ['standard gauge railway', 4.7e9, 'KEN']);
  assert.match(read('Kenya will revive projects worth Sh500 billion.').misses[0].reason, /KES/);
  const [s] = read('Kenya is neither facing West nor East.', '2024-05-26').drafts;
  assert.deepEqual([s.country, s.stated, s.from], ['KEN', 'balanced', 2015]);
  assert.match(read('India, Kenya and China promoted non-alignment.').misses[0].reason, /several countries/);
  const [k] = read('The concessional loan to Kenya will have a 3.1% annual interest rate.').drafts;
  assert.equal((k.loan as { rate: number }).rate, 3.1);
});

test('arms suppliers, creditor shares and votes: the parameters read for types without a check', () => {
  const [arms] = read('Armenia bought almost all of its arms from Russia.').drafts;
  assert.deepEqual([arms.country, arms.supplier, arms.sense], ['ARM', 'RUS', 'majority']);
  assert.deepEqual(read('Laos owes over 75% of its external debt to China.').misses[0].partial, {
    debtor: 'LAO',
    creditor: 'CHN',
    statedPercent: 75,
  });
  assert.deepEqual(
    read('At the UN General Assembly, Kenya voted for resolution ES-11/1.').misses[0].partial,
    { countries: ['KEN'], position: 'yes', resolution: 'ES-11/1' },
  );
  assert.equal(read('Kenya voted in the election.').misses.length, 0, 'not a UN vote');
});
