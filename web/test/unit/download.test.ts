import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wrapLines } from '../../src/download';

test('a long source line is wrapped at spaces, never cut', () => {
  const text =
    'Source: bearing rank: UN General Assembly votes (Voeten et al.), IMF Direction of Trade Statistics';
  const lines = wrapLines(text, 40);
  assert.ok(
    lines.every((l) => l.length <= 40),
    JSON.stringify(lines),
  );
  assert.equal(lines.join(' '), text);
  assert.deepEqual(wrapLines('a-very-long-word short', 5), ['a-very-long-word', 'short']);
  assert.deepEqual(wrapLines('', 10), []);
});
