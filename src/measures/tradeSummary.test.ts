import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../errors.js';
import {
  checkFlowKind,
  flowValue,
  type PartnerFlows,
  rankDescending,
  summarizeTrade,
  tradeTotals,
} from './tradeSummary.js';

const N = Number.NaN;
const close = (a: number, b: number, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol, `${a} is not ${b}`);

// A hand-made country: exports to A 10, B 30, none to C; mirror imports from A 50, B 10, C 20;
// 5 of exports not allocated ("not specified" group, not a state).
const flows: PartnerFlows = {
  partners: ['A', 'B', 'C', 'not-specified'],
  isState: [true, true, true, false],
  exports: Float64Array.from([10, 30, N, 5]),
  imports: Float64Array.from([50, 10, 20, N]),
};

test('hand-computed totals: World rows where published, else sums over partners (groups included)', () => {
  assert.deepEqual(tradeTotals(flows, N, N), {
    exports: 45,
    exportsBasis: 'sum of partners',
    imports: 80,
    importsBasis: 'sum of partners',
    total: 125,
    balance: -35,
  });
  const onlyImports = tradeTotals({ ...flows, exports: Float64Array.from([N, N, N, N]) }, N, N);
  assert.deepEqual([onlyImports.exports, onlyImports.exportsBasis], [0, 'none reported']);
  const t = tradeTotals(flows, 50, N);
  assert.deepEqual(
    [t.exports, t.exportsBasis, t.imports, t.importsBasis],
    [50, 'world row', 80, 'sum of partners'],
  );
});

test('hand-computed summary: totals 60 / 40 / 20 by partner -> HHI (0.5^2 + 0.333^2 + 0.167^2) = 0.3889; tilt A vs C', () => {
  const s = summarizeTrade({
    flows,
    worldExports: N,
    worldImports: 100,
    flow: 'total',
    first: new Set(['A']),
    second: new Set(['C']),
  });
  // total per state partner: A 60, B 40, C 20 (sum 120); HHI = (36 + 16 + 4) / 144 = 56 / 144.
  close(s.hhi, 56 / 144);
  close(s.effectivePartners, 144 / 56);
  assert.equal(s.partners, 3);
  // Denominator: exports 45 (sum) + imports 100 (World row) = 145.
  assert.equal(s.flowTotal, 145);
  assert.deepEqual([s.firstValue, s.secondValue], [60, 20]);
  close(s.firstShare, 60 / 145);
  close(s.secondShare, 20 / 145);
  close(s.tilt, (20 - 60) / 80); // -0.5: leaning to the first pole
});

test('exports flow: a partner with no exports row is not a partner for the flow', () => {
  const s = summarizeTrade({
    flows,
    worldExports: N,
    worldImports: N,
    flow: 'exports',
    first: new Set(['A']),
    second: new Set(['C']),
  });
  assert.equal(s.partners, 2);
  close(s.hhi, (10 * 10 + 30 * 30) / 1600);
  assert.equal(s.secondValue, 0);
  assert.equal(s.tilt, -1);
});

test('flowValue: a missing side counts as zero beside a published one; both missing is NaN', () => {
  assert.equal(flowValue(3, N, 'total'), 3);
  assert.equal(flowValue(N, 4, 'total'), 4);
  assert.ok(Number.isNaN(flowValue(N, N, 'total')));
  assert.ok(Number.isNaN(flowValue(N, 4, 'exports')));
});

test('ranks: largest first, ties share the better rank, NaN unranked', () => {
  const { order, rank } = rankDescending([5, N, 9, 5, 1]);
  assert.deepEqual([...rank], [2, 0, 1, 2, 4]);
  assert.deepEqual([...order], [2, 0, 3, 4, 1]);
});

test('bad input is refused', () => {
  assert.throws(() => checkFlowKind('both'), InputError);
  assert.throws(
    () => tradeTotals({ ...flows, exports: Float64Array.from([1]) }, N, N),
    (e: unknown) => e instanceof InputError && e.location.field === 'flows',
  );
});

test('property: pole shares add to at most the states share; tilt in [-1, 1]; HHI in [1/n, 1]', () => {
  const value = fc.oneof(fc.constant(N), fc.double({ min: 0.001, max: 1e6, noNaN: true }));
  fc.assert(
    fc.property(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 30 }), (pairs) => {
      const partners = pairs.map((_, i) => `P${i}`);
      const f: PartnerFlows = {
        partners,
        isState: partners.map(() => true),
        exports: Float64Array.from(pairs, (p) => p[0]),
        imports: Float64Array.from(pairs, (p) => p[1]),
      };
      const s = summarizeTrade({
        flows: f,
        worldExports: N,
        worldImports: N,
        flow: 'total',
        first: new Set(partners.filter((_, i) => i % 2 === 0)),
        second: new Set(partners.filter((_, i) => i % 2 === 1)),
      });
      if (s.partners === 0) return;
      close(s.firstShare + s.secondShare, 1, 1e-9);
      assert.ok(s.tilt >= -1 && s.tilt <= 1);
      assert.ok(s.hhi >= 1 / s.partners - 1e-12 && s.hhi <= 1 + 1e-12);
    }),
  );
});
