import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TextReport } from '../../../../../src/api/types';
import { segments, sharedText, shareParam } from '../../../../src/pages/article/model';

const text =
  'China remains Kenya’s largest trading partner. Rain fell. Kenya voted at the UN General Assembly.';
const span = (a: number, b: number) => ({ start: a, end: b, text: text.slice(a, b), index: 0 });
const report = {
  characters: text.length,
  sentences: 3,
  subject: 'KEN',
  date: null,
  notes: [],
  message: null,
  statements: [
    {
      id: 'largest-partner-1',
      type: 'largest-partner',
      sentence: span(0, 46),
      alsoIn: [],
      cue: span(22, 45),
      claim: { type: 'largest-partner', id: 'largest-partner-1', statement: null },
      assumptions: [],
      verdict: {
        id: 'largest-partner-1',
        type: 'largest-partner',
        statement: null,
        verdict: 'supported',
        summary: '',
        evidence: { figures: {}, comparedWith: '', coverage: '', sources: [] },
      },
    },
  ],
  unchecked: [
    { type: 'vote', sentence: span(58, text.length), cue: span(64, 69), reason: 'not checkable yet' },
  ],
} as unknown as TextReport;

test('segments: statements and unchecked sentences in place, the rest plain, nothing lost', () => {
  const s = segments(text, report);
  assert.deepEqual(
    s.map((x) => [x.text, x.statement ?? x.unchecked ?? null, x.verdict ?? null]),
    [
      ['China remains Kenya’s largest trading partner.', 'largest-partner-1', 'supported'],
      [' Rain fell. ', null, null],
      ['Kenya voted at the UN General Assembly.', 0, null],
    ],
  );
  assert.equal(s.map((x) => x.text).join(''), text);
});

test('share link: a short text round-trips (UTF-8 included); a long one has no link; a bad link is no text', () => {
  const t = 'Kenya’s “largest” partner: 中国';
  assert.equal(sharedText(shareParam(t)), t);
  assert.equal(shareParam('x'.repeat(2001)), null);
  assert.equal(sharedText('%%%not-base64'), null);
  assert.equal(sharedText(null), null);
});
