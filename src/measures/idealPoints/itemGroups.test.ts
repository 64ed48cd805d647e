import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../errors.js';
import { normaliseDescription, recurringItemGroups } from './itemGroups.js';

describe('recurringItemGroups', () => {
  it('groups identical texts across years, ignoring case, punctuation, sessions and years', () => {
    const texts = [
      'Necessity of ending the economic, commercial and financial embargo imposed by the USA against Cuba',
      'NECESSITY OF ENDING THE ECONOMIC COMMERCIAL AND FINANCIAL EMBARGO IMPOSED BY THE USA AGAINST CUBA.',
      'Necessity of ending the economic, commercial and financial embargo imposed by the USA against Cuba (2019)',
      'Apartheid',
      'Apartheid',
    ];
    const g = recurringItemGroups(texts, [1992, 1993, 2019, 1970, 1971]);
    assert.equal(g[0], g[1]);
    assert.equal(g[0], g[2]);
    assert.notEqual(g[3], g[4], 'too short to call identical');
    assert.equal(new Set(g).size, 3);
  });

  it('keeps repeated texts within one year apart', () => {
    const t = 'Calls upon all states to refrain from the threat or use of force in the region';
    const g = recurringItemGroups([t, t, t], [1980, 1980, 1981]);
    assert.equal(new Set(g).size, 3);
  });

  it('normalises session ordinals and accents', () => {
    assert.equal(
      normaliseDescription('Résolution adoptée à la 74th session, 2019!'),
      'RESOLUTION ADOPTEE A LA',
    );
  });

  it('rejects mismatched lengths', () => {
    assert.throws(() => recurringItemGroups(['a'], [1, 2]), InputError);
  });
});
