import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { balanceValues, rankValues, similarValues } from '../../../../src/pages/map/values';
import { rankRows, similarRows } from './fixtures';

const names: [string, string] = ['United States', 'China'];

describe('rankValues', () => {
  it('gives each country its position and the words for it', () => {
    const v = rankValues(rankRows, 'position', names);
    assert.deepEqual(v.get('KEN'), {
      id: 'KEN',
      name: 'Kenya',
      value: 0.3,
      label: '2020: +0.30, leaning to China',
    });
    assert.deepEqual(v.get('USA'), {
      id: 'USA',
      name: 'United States',
      value: -1,
      label: '2020: −1.00, strongly toward United States',
    });
  });

  it('keeps a null as "no data", never zero', () => {
    assert.deepEqual(rankValues(rankRows, 'position', names).get('UGA'), {
      id: 'UGA',
      name: 'Uganda',
      value: null,
      label: 'no data for 2020',
    });
    assert.equal(rankValues(rankRows, 'trade', names).get('KEN')?.value, null);
  });

  it('says what a partial or carried-forward composite rests on, with no direction for too few dimensions', () => {
    const partial = { ...rankRows[1], coverage: 'partial: finance only', position: -0.456 };
    const carried = { ...rankRows[1], carried: [{ id: 'votes', dataYear: 2019 }] };
    assert.equal(
      rankValues([partial], 'position', names).get('KEN')?.label,
      '2020: −0.46, no direction (partial: finance only)',
    );
    assert.equal(
      rankValues([carried], 'position', names).get('KEN')?.label,
      '2020: +0.30, leaning to China; UN votes carried forward from 2019',
    );
    // A dimension's own column has no composite coverage to state.
    assert.equal(rankValues([carried], 'votes', names).get('KEN')?.label, '2020: +0.30, leaning to China');
  });

  it('reads the column asked for', () => {
    assert.equal(rankValues(rankRows, 'votes', names).get('ETH')?.value, 0.5);
  });
});

describe('balanceValues', () => {
  it('gives the balance, or "no data"', () => {
    const v = balanceValues(rankRows);
    assert.deepEqual(v.get('KEN'), {
      id: 'KEN',
      name: 'Kenya',
      value: 0.6,
      label: '2020: balance 0.60 (0 one-sided, 1 even)',
    });
    assert.equal(v.get('ETH')?.label, 'no data for 2020');
    assert.equal(v.get('ETH')?.value, null);
  });
});

describe('similarValues', () => {
  const name = (id: string) =>
    ({ KEN: 'Kenya', ETH: 'Ethiopia', CHN: 'China', USA: 'United States' })[id] ?? id;

  it('keeps the first "most alike" row per partner and names the pole', () => {
    const v = similarValues(similarRows, name, 'CHN');
    assert.deepEqual([...v.keys()], ['KEN', 'ETH']);
    assert.deepEqual(v.get('KEN'), {
      id: 'KEN',
      name: 'Kenya',
      value: 0.8,
      label: '2020: 80.0% agreement with China (70 roll calls)',
    });
  });

  it('leaves out the "least alike" side', () => {
    assert.equal(similarValues(similarRows, name, 'CHN').has('USA'), false);
  });
});
