import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeCreditors } from '../../../../src/charts/creditors/shape';
import { debtExposure, debtService, view } from '../fixtures';

describe('shapeCreditors', () => {
  it('ranks the holdings by share, naming a creditor in two categories by category', () => {
    const d = shapeCreditors(debtExposure, view);
    assert.ok(d);
    // A zero holding and one with no stock are not bars.
    assert.deepEqual(
      d.rows.map((r) => [r.creditor, r.country, r.share, r.stock]),
      [
        ['China (bilateral)', 'CHN', 0.3, 3e9],
        ['World Bank', null, 0.25, 2.5e9],
        ['China (commercial banks)', 'CHN', 0.1, 1e9],
        ['United States', 'USA', 0.05, 0.5e9],
      ],
    );
    assert.ok(d.rows.every((r) => r.year === 2020));
    assert.equal(
      d.summary,
      'Bar chart of 4 creditors in 2020; total stock US$ 10.00bn. Largest: China (bilateral) 30.0%. United States 5.0%, China 40.0%.',
    );
  });

  it('keeps at most twelve bars', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({
      ...debtExposure.creditors[2],
      creditor: `C${i}`,
      stockShare: i / 100,
    }));
    const d = shapeCreditors({ ...debtExposure, creditors: many }, view);
    assert.equal(d?.rows.length, 12);
    assert.equal(d?.rows[0].creditor, 'C14');
  });

  it('says an unknown stock and leaves out the poles when the answer has none', () => {
    const d = shapeCreditors({ ...debtExposure, stock: null, poles: null }, view);
    assert.match(d?.summary ?? '', /total stock unknown\. Largest: China \(bilateral\) 30\.0%\.$/);
  });

  it('is null with no holdings', () => {
    assert.equal(shapeCreditors({ ...debtExposure, creditors: debtExposure.creditors.slice(4) }, view), null);
  });
});

describe('shapeCreditors on a debt service answer (a debtor without stocks)', () => {
  it('ranks what was paid, says it is service, and names the attribution and what stays unattributed', () => {
    const d = shapeCreditors(debtService, view);
    assert.ok(d);
    // A zero payment is not a bar.
    assert.deepEqual(
      d.rows.map((r) => [r.creditor, r.share, r.service, r.stock]),
      [
        ['World Bank-IBRD', 0.4, 400e6, undefined],
        ['China', 0.3, 300e6, undefined],
        ['Asian Dev. Bank', 0.2, 200e6, undefined],
        ['United States', 0.1, 100e6, undefined],
      ],
    );
    assert.deepEqual(d.columns, ['year', 'creditor', 'category', 'country', 'service', 'share', 'projected']);
    assert.match(
      d.subtitle ?? '',
      /debt service \(principal plus interest\) paid in 2022; stocks by creditor are not in the data/,
    );
    assert.match(d.subtitle ?? '', /IDA and IBRD counted by their members’ votes; not attributed: ADB$/);
    assert.equal(
      d.summary,
      'Bar chart of 4 creditors in 2022; total service US$ 1.00bn. Largest: World Bank-IBRD 40.0%. United States 16.0%, China 32.0%.',
    );
  });

  it('a stocks answer says how its poles counted multilateral lenders', () => {
    assert.match(
      shapeCreditors(debtExposure, view)?.subtitle ?? '',
      /multilateral lenders counted for neither pole; not attributed: IDA$/,
    );
  });

  it('asked for a year the debt data do not cover, says which year it shows', () => {
    const stock = shapeCreditors(debtExposure, { ...view, year: 1990 });
    assert.match(
      stock?.subtitle ?? '',
      new RegExp(
        `^No debt figures for 1990: the data begin in ${debtExposure.year}, the nearest year, shown here\\. Largest creditors`,
      ),
    );
    const service = shapeCreditors(debtService, { ...view, year: 2040 });
    assert.match(
      service?.subtitle ?? '',
      new RegExp(`^No debt figures for 2040: the data end in ${debtService.year}`),
    );
    assert.doesNotMatch(
      shapeCreditors(debtExposure, { ...view, year: debtExposure.year })?.subtitle ?? '',
      /No debt figures/,
    );
  });
});
