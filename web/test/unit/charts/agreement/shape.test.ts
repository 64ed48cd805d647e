import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeAgreement } from '../../../../src/charts/agreement/shape';
import { agreement, view } from '../fixtures';

describe('shapeAgreement', () => {
  it('keeps the years with a measured agreement, each line named by its pole', () => {
    const d = shapeAgreement(agreement, view);
    assert.ok(d);
    // 2020 with the United States has no agreement (no common votes): left out, not zero.
    assert.deepEqual(
      d.lines.map((r) => [r.year, r.pole, r.agreement]),
      [
        [2019, 'United States', 0.25],
        [2019, 'China', 0.9],
        [2020, 'China', 0.8],
        [2021, 'United States', 0.3],
        [2021, 'China', 0.85],
      ],
    );
    assert.equal(d.rows.length, 5);
    assert.ok(!('pole' in d.rows[0]), 'the table rows are the API rows as they are');
    assert.equal(d.columns?.[4], 'agreement');
  });

  it("says the chosen year's figures in words, a dash where there is none", () => {
    const d = shapeAgreement(agreement, view);
    assert.equal(
      d?.summary,
      'Line chart, 2019–2021. In 2020, Kenya voted with United States – of the time and with China 80%.',
    );
  });

  it('falls back to the last year when the chosen year has no rows', () => {
    const d = shapeAgreement(agreement, { ...view, year: 2030 });
    assert.match(
      d?.summary ?? '',
      /In 2021, Kenya voted with United States 30% of the time and with China 85%\.$/,
    );
  });

  it('is null when no year has a measured agreement', () => {
    assert.equal(
      shapeAgreement(
        agreement.filter((r) => r.year === 2020 && r.partner === 'USA'),
        view,
      ),
      null,
    );
    assert.equal(shapeAgreement([], view), null);
  });
});
