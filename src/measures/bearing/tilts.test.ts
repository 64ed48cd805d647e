import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type TiltInput, tiltReadings } from './tilts.js';

const close = (a: number | null | undefined, b: number, msg?: string) =>
  assert.ok(a !== null && a !== undefined && Math.abs(a - b) < 1e-12, `${msg ?? ''} ${a} != ${b}`);

// Combined shares of the states outside the poles with a positive total: C 0.2, D 0.4, E 0, G 0.8 -> median 0.3
// (with the members' 0.02 and 0.05 it would be 0.125). Members' engagement is 1 whatever their shares.
const rows: TiltInput[] = [
  { first: 0, second: 2, total: 100, side: 0 }, // A: first pole's member (0.02 with the poles: not in the median)
  { first: 5, second: 0, total: 100, side: 1 }, // B: second pole's member (0.05)
  { first: 5, second: 15, total: 100, side: -1 }, // C
  { first: 20, second: 0, total: 50, side: -1 }, // D
  { first: 0, second: 0, total: 10, side: -1 }, // E: nothing with either pole
  { first: 30, second: 10, total: 50, side: -1 }, // G
  { first: 0, second: 0, total: 0, side: -1 }, // F: no total, no reading
];

test('tilt readings: hand-worked year', () => {
  const { worldMedianCombinedShare: m, readings: r } = tiltReadings(rows);
  close(m, 0.3, 'median combined share');
  // A pole's members sit at their own end whatever they trade with each other.
  close(r[0]?.position, -1, 'A');
  close(r[0]?.tilt, 1, 'A raw tilt kept');
  close(r[1]?.position, 1, 'B');
  close(r[1]?.tilt, -1, 'B raw tilt kept');
  assert.equal(r[0]?.engagement, 1);
  assert.equal(r[1]?.engagement, 1);
  close(r[2]?.position, 0.5, 'C: (15 - 5) / 20');
  close(r[2]?.engagement, 0.2 / 0.3, 'C engagement');
  close(r[2]?.firstShare, 0.05);
  close(r[2]?.secondShare, 0.15);
  close(r[3]?.position, -1, 'D: all with the first');
  assert.equal(r[3]?.engagement, 1, 'capped at 1');
  assert.equal(r[4]?.position, null, 'E: no tilt without flows');
  assert.equal(r[4]?.tilt, null);
  assert.equal(r[4]?.engagement, 0);
  close(r[5]?.position, -0.5, 'G: (10 - 30) / 40');
  assert.equal(r[6], null, 'F: no total, missing');
});

test('tilt: more with the second pole moves toward +1 (the sign)', () => {
  const one = (second: number) =>
    tiltReadings([{ first: 10, second, total: 100, side: -1 }]).readings[0]?.position as number;
  assert.ok(one(5) < 0 && one(10) === 0 && one(20) > 0);
  assert.ok(one(30) > one(20));
});

test('tilt readings mirror when the poles swap', () => {
  const row = fc.record({
    first: fc.double({ min: 0, max: 100, noNaN: true }),
    second: fc.double({ min: 0, max: 100, noNaN: true }),
    total: fc.double({ min: 0, max: 300, noNaN: true }),
    side: fc.constantFrom(-1 as const, 0 as const, 1 as const),
  });
  fc.assert(
    fc.property(fc.array(row, { maxLength: 10 }), (rs) => {
      const a = tiltReadings(rs).readings;
      const b = tiltReadings(
        rs.map((r) => ({
          first: r.second,
          second: r.first,
          total: r.total,
          side: (r.side === -1 ? -1 : 1 - r.side) as TiltInput['side'],
        })),
      ).readings;
      a.forEach((x, i) => {
        if (x === null) {
          assert.equal(b[i], null);
          return;
        }
        if (x.position === null) {
          assert.equal(b[i]?.position, null);
          return;
        }
        assert.ok(x.position >= -1 && x.position <= 1);
        assert.ok(Math.abs(x.position + (b[i]?.position as number)) < 1e-9);
        assert.equal(x.engagement, b[i]?.engagement);
      });
    }),
  );
});
