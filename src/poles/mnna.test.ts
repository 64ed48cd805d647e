import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mnnaDesignations, mnnaStatus } from './mnna.js';

test('MNNA: Kenya from 2024 (not 2023), Afghanistan 2012-2021, every row cited', () => {
  assert.equal(mnnaStatus('KEN', 2023), undefined);
  assert.equal(mnnaStatus('KEN', 2024)?.date, '2024-06-24');
  assert.equal(mnnaStatus('AFG', 2011), undefined);
  assert.ok(mnnaStatus('AFG', 2012));
  assert.ok(mnnaStatus('AFG', 2021));
  assert.equal(mnnaStatus('AFG', 2022), undefined);
  assert.ok(mnnaStatus('EGY', 1989) && !mnnaStatus('EGY', 1988));
  assert.equal(mnnaStatus('CHN', 2024), undefined);
  for (const d of mnnaDesignations) {
    assert.ok(d.citation.length > 40 && /U\.S\.C\.|Pub\. L\./.test(d.citation), d.id);
    assert.match(d.date, /^\d{4}-\d{2}-\d{2}$/);
  }
  assert.equal(new Set(mnnaDesignations.map((d) => d.id)).size, mnnaDesignations.length);
});
