import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { readVisitType, type VisitType, visitTypes } from './visitType.js';

/** Real descriptions from the Office of the Historian's visits files (line-wrapping folded). */
const real: [string, VisitType][] = [
  ['State Visit.', 'state'],
  ['State visit. Afterwards visited Chicago.', 'state'],
  ['Official State visit.', 'state'],
  [
    'State visit. Private visit to New York City May 5–15. Later visited Boston (Massachusetts), Philadelphia (Pennsylvania), and New York City. Departed U.S. May 29.',
    'state',
  ],
  ['Official visit.', 'official'],
  ['Offical Visit.', 'official'],
  ['Official visit. Private visit afterwards to Colorado, California, and Washington State.', 'official'],
  ['Official Working Visit.', 'official-working'],
  ['Official working visit. Private visit to New York City afterward.', 'official-working'],
  ['Official working visit to Washington.', 'official-working'],
  ['Working visit.', 'working'],
  ['Working Visit.', 'working'],
  ['Working visit. Also attended United States-Africa Business Summit.', 'working'],
  ["Working Visit; Quad Leaders' Summit.", 'working'],
  ['Informal working visit.', 'working'],
  ['Private working visit and discussion of the Middle East Crisis.', 'working'],
  ['Private visit.', 'private'],
  ['Met with President Bush during a private visit.', 'private'],
  ['Informal visit.', 'private'],
  [
    'Unofficial visit. Also visited Boston (Massachusetts) and New York City. Departed the U.S. June 18.',
    'private',
  ],
  [
    'Private visit. Delivered a message to President Carter postponing a state visit by King Hassan II.',
    'private',
  ],
  ['Private visit en route to U.N. General Assembly. Met with President Reagan September 25.', 'private'],
  ["Attended the U.S.-Africa Leaders' Summit.", 'summit'],
  ['Attended the Nuclear Security Summit.', 'summit'],
  ['Met with President Bush at the UN General Assembly in New York City.', 'summit'],
  ['Attended the G-20 Economic Summit in Pittsburgh, Pennsylvania.', 'summit'],
  ['Attended APEC meeting in Seattle.', 'summit'],
  ['Attended the Japanese Peace Conference in San Francisco.', 'summit'],
  ['Attended a Heads of Government meeting in White Sulphur Springs (West Virginia).', 'summit'],
  [
    'Attended United States-Africa Business Summit; met with President Bush during a private visit June 26.',
    'summit',
  ],
  ['Attended funeral of President Kennedy.', 'other'],
  [
    'Met with President Carter and attended a State Dinner. Also traveled to Atlanta, Houston, Seattle, and Los Angeles during his visit.',
    'other',
  ],
  ['Bilateral Meeting.', 'other'],
  ['', 'other'],
];

test('visit types read from real descriptions', () => {
  for (const [description, type] of real) assert.equal(readVisitType(description).type, type, description);
});

test('the words that decided are kept; none for other', () => {
  assert.deepEqual(readVisitType('Official working visit. Private visit afterward.'), {
    type: 'official-working',
    matched: 'Official working visit',
  });
  assert.deepEqual(readVisitType('Attended funeral of President Kennedy.'), { type: 'other', matched: null });
});

test('any text gets exactly one known type, and a leading category phrase decides whatever follows', () => {
  const leads: [string, VisitType][] = [
    ['State visit.', 'state'],
    ['Official visit.', 'official'],
    ['Official working visit.', 'official-working'],
    ['Working visit.', 'working'],
    ['Private visit.', 'private'],
  ];
  fc.assert(
    fc.property(fc.string(), fc.constantFrom(...leads), (tail, [lead, type]) => {
      assert.ok(visitTypes.includes(readVisitType(tail).type));
      assert.equal(readVisitType(`${lead} ${tail}`).type, type);
    }),
  );
});
