import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aidSeries, shapeAid } from '../../../../src/charts/aid/shape';
import { aid, view } from '../fixtures';

describe('shapeAid', () => {
  it('keeps the four series apart and each labelled, and leaves unpublished years out', () => {
    const d = shapeAid(aid, view);
    assert.ok(d);
    const of = (i: number) => d.rows.filter((r) => r.series === aidSeries[i]).map((r) => [r.year, r.value]);
    assert.deepEqual(of(0), [
      [2020, 944561664],
      [2021, 707772338],
      [2022, 1028043157],
    ]);
    assert.deepEqual(of(1), [
      [2020, 791885736],
      [2021, 669045932],
    ]);
    assert.deepEqual(of(2), [
      [2020, 40960695],
      [2021, 4300000],
    ]);
    assert.match(d.subtitle ?? '', /^Not comparable as drawn/);
    assert.equal(
      d.summary,
      'Line chart 2020–2022. Over 2019-2021, US obligations were US$ 2.58bn and Chinese ODA-like commitments US$ 291.0m.',
    );
  });

  it('is null when neither donor has a figure', () => {
    const empty = aid.rows.map((r) => ({
      ...r,
      usObligationsConstantUsd: null,
      usDisbursementsConstantUsd: null,
      chinaOdaLikeUsd2021: null,
      chinaOofUsd2021: null,
    }));
    assert.equal(shapeAid({ ...aid, rows: empty }, view), null);
  });
});
