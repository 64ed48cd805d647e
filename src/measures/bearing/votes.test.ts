import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { meanAgreement, type Voter, votesAnchors, votesReading, votesReadings, votesWords } from './votes.js';

const close = (a: number | null, b: number, msg?: string) =>
  assert.ok(a !== null && Math.abs(a - b) < 1e-12, `${msg ?? ''} ${a} != ${b}`);

// Hand-worked year: differences b - a are P1 -0.8, P2 0.7, X 0.4, Y 0.2, Z 0.7; median 0.4;
// anchors: first -0.8 (P1), second 0.7 (P2). Participation median 1.
const voters: Voter[] = [
  { agreementFirst: 1, agreementSecond: 0.2, participation: 1, side: 0 }, // P1
  { agreementFirst: 0.3, agreementSecond: 1, participation: 1, side: 1 }, // P2
  { agreementFirst: 0.4, agreementSecond: 0.8, participation: 0.5, side: -1 }, // X: the typical state
  { agreementFirst: 0.5, agreementSecond: 0.7, participation: 0.25, side: -1 }, // Y
  { agreementFirst: 0.2, agreementSecond: 0.9, participation: 1, side: -1 }, // Z
];

test('votes anchors: world median difference, poles\u2019 means, the typical state\u2019s agreements', () => {
  const a = votesAnchors(voters);
  close(a.worldMedian, 0.4, 'median');
  close(a.firstAnchor, -0.8, 'first anchor');
  close(a.secondAnchor, 0.7, 'second anchor');
  close(a.medianAgreementFirst, 0.4);
  close(a.medianAgreementSecond, 0.8);
  assert.equal(a.medianParticipation, 1);
});

test('votes readings: median at 0, poles at their ends, linear on each side', () => {
  const { readings } = votesReadings(voters);
  close(readings[0].position, -1, 'first pole');
  close(readings[1].position, 1, 'second pole');
  close(readings[2].position, 0, 'typical state');
  // Y: 0.2 below the median 0.4, on the first pole's side whose anchor is 1.2 away: -0.2 / 1.2.
  close(readings[3].position, -1 / 6, 'Y');
  close(readings[4].position, 1, 'Z as far as the second pole');
  close(readings[3].difference, 0.2);
  close(readings[2].engagement, 0.5);
  close(readings[3].engagement, 0.25);
});

test('votes: agreeing more with the second pole moves toward +1 (the sign)', () => {
  const a = votesAnchors(voters);
  const base = votesReading({ agreementFirst: 0.45, agreementSecond: 0.8, participation: 1, side: -1 }, a);
  const more = votesReading({ agreementFirst: 0.45, agreementSecond: 0.9, participation: 1, side: -1 }, a);
  const less = votesReading({ agreementFirst: 0.35, agreementSecond: 0.8, participation: 1, side: -1 }, a);
  assert.ok((base.position as number) < 0 && (more.position as number) > (base.position as number));
  assert.ok((less.position as number) > (base.position as number));
  close(base.position, -(0.4 - 0.35) / 1.2);
});

test('votes: no common vote is no reading, and does not move the anchors', () => {
  const withGap = [
    ...voters,
    { agreementFirst: Number.NaN, agreementSecond: 0.9, participation: 1, side: 0 as const },
  ];
  const { anchors, readings } = votesReadings(withGap);
  close(anchors.firstAnchor, -0.8);
  assert.equal(readings[5].position, null);
  assert.equal(meanAgreement([1, Number.NaN, 0.5]), 0.75);
  assert.ok(Number.isNaN(meanAgreement([])));
});

test('votes: a pole on the wrong side of the median gives no axis', () => {
  const odd: Voter[] = [
    { agreementFirst: 0.2, agreementSecond: 0.9, participation: 1, side: 0 },
    { agreementFirst: 0.9, agreementSecond: 0.2, participation: 1, side: 1 },
    { agreementFirst: 0.5, agreementSecond: 0.5, participation: 1, side: -1 },
  ];
  for (const r of votesReadings(odd).readings) assert.equal(r.position, null);
});

test('votes readings stay in [-1, 1] and mirror when the poles swap', () => {
  const voter = fc.record({
    agreementFirst: fc.double({ min: 0, max: 1, noNaN: true }),
    agreementSecond: fc.double({ min: 0, max: 1, noNaN: true }),
    participation: fc.double({ min: 0.01, max: 1, noNaN: true }),
    side: fc.constantFrom(-1 as const, 0 as const, 1 as const),
  });
  fc.assert(
    fc.property(fc.array(voter, { minLength: 1, maxLength: 12 }), (vs) => {
      const a = votesReadings(vs).readings;
      const swapped: Voter[] = vs.map((v) => ({
        agreementFirst: v.agreementSecond,
        agreementSecond: v.agreementFirst,
        participation: v.participation,
        side: (v.side === -1 ? -1 : 1 - v.side) as Voter['side'],
      }));
      const b = votesReadings(swapped).readings;
      a.forEach((r, i) => {
        if (r.position === null) {
          assert.equal(b[i].position, null);
          return;
        }
        assert.ok(r.position >= -1 && r.position <= 1);
        assert.ok(Math.abs(r.position + (b[i].position as number)) < 1e-9);
      });
    }),
  );
});

test('votes in words, against the typical state', () => {
  const names = ['the United States', 'China'] as const;
  assert.equal(votesWords(null, names), 'no votes reading');
  assert.equal(votesWords(0.05, names), 'votes much as the typical state does');
  assert.equal(votesWords(-0.0999, names), 'votes much as the typical state does');
  assert.equal(votesWords(-0.1, names), 'votes closer to the United States than the typical state does');
  assert.equal(votesWords(0.3, names), 'votes closer to China than the typical state does');
  assert.equal(votesWords(0.6, names), 'votes much closer to China than the typical state does');
  assert.equal(votesWords(-0.59, names), 'votes closer to the United States than the typical state does');
  assert.equal(votesWords(-1, names), "votes as the United States's own side does");
  assert.equal(votesWords(1, names), "votes as China's own side does");
});
