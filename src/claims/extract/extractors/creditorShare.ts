import { findPercents } from '../quantities.js';
import type { Extractor } from '../types.js';
import { others, possessiveBefore, spanOf } from './common.js';

/**
 * "China holds 21 percent of Kenya's external debt": a creditor's share of a debtor's debt. The
 * largest creditor is checked by `largest-partner` (measure creditor); a stated share has no claim
 * type yet and is listed with the figures read.
 */
export const creditorShare: Extractor = {
  type: 'creditor-share',
  cue: /\b(\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)\s+of\s+(?:its\s+|their\s+|[\p{L}.]+['\u2019]s?\s+)?(?:total\s+|public\s+|external\s+|bilateral\s+|foreign\s+)*(debt|loans|borrowing)\b/iu,
  extract(sentence, text) {
    const m = this.cue.exec(sentence.text);
    if (!m) return [];
    const cue = spanOf(sentence, m);
    const share = findPercents(text, cue.start, cue.end)[0];
    const inner = cue.start + m[0].indexOf(' of ') + 4;
    const debtor =
      possessiveBefore(text, sentence, cue.end - m[2].length - 1) ??
      sentence.countries.find((c) => c.start >= inner && c.end <= cue.end);
    const creditor = others(sentence, debtor?.id, cue.start).find((c) => c.end <= cue.start);
    return [
      {
        miss: {
          type: this.type,
          cue,
          reason:
            'not checkable yet: no claim type for a creditor\u2019s share (the largest creditor is checked as largest-partner, measure creditor)',
          partial: {
            debtor: debtor?.id ?? null,
            creditor: creditor?.id ?? null,
            statedPercent: share?.value ?? null,
          },
        },
      },
    ];
  },
};
