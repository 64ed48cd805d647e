import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from './random.js';

describe('Random', () => {
  it('is mulberry32 on the seed xor 0x9e3779b9 (values of the published algorithm)', () => {
    // From the reference mulberry32 (Tommy Ettinger's gist) seeded with (seed >>> 0) ^ 0x9e3779b9.
    const expected: Record<number, number[]> = {
      0: [0.3588899802416563, 0.10590326134115458, 0.675290479324758],
      1: [0.18967728852294385, 0.31778763560578227, 0.7830808095168322],
      42: [0.4813160905614495, 0.9852536325342953, 0.7379171899519861],
    };
    for (const [seed, values] of Object.entries(expected)) {
      const r = new Random(Number(seed));
      assert.deepEqual([r.uniform(), r.uniform(), r.uniform()], values, `seed ${seed}`);
    }
  });

  it('draws normals in pairs by the polar method: u f, then the kept v f', () => {
    const a = new Random(5);
    const b = new Random(5);
    for (let k = 0; k < 50; k++) {
      let u: number;
      let v: number;
      let s: number;
      do {
        u = 2 * b.uniform() - 1;
        v = 2 * b.uniform() - 1;
        s = u * u + v * v;
      } while (s >= 1);
      const f = Math.sqrt((-2 * Math.log(s)) / s);
      assert.equal(a.normal(), u * f);
      assert.equal(a.normal(), v * f);
    }
  });

  it('has mean 0 and variance 1', () => {
    const r = new Random(9);
    const n = 5000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const x = r.normal();
      sum += x;
      sumSq += x * x;
    }
    assert.ok(Math.abs(sum / n) < 0.05, `mean ${sum / n}`);
    assert.ok(Math.abs(sumSq / n - 1) < 0.08, `variance ${sumSq / n}`);
  });
});
