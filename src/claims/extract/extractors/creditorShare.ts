import { findPercents } from '../quantities.js';
import type { Extractor } from '../types.js';
import { spanOf } from './common.js';

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
    // The debtor: the possessive in the cue ("Kenya's debt"), else for "its" the country before the cue.
    const inCue = sentence.countries.find((c) => c.start >= cue.start && c.end <= cue.end);
    const debtor =
      inCue ??
      (/\b(its|their)\b/i.test(m[0]) ? sentence.countries.find((c) => c.end <= cue.start) : undefined);
    // The creditor: "held by / owed to / to X" after the cue, else the other country before it.
    const after = /^\s*(?:is\s+|are\s+|was\s+)?(?:held\s+by|owed\s+to|to|from)\s+/i.exec(
      text.slice(cue.end, sentence.end),
    );
    const creditor =
      (after
        ? sentence.countries.find(
            (c) => c.start >= cue.end && c.start <= cue.end + after[0].length + 2 && c.id !== debtor?.id,
          )
        : undefined) ?? sentence.countries.filter((c) => c.end <= cue.start && c.id !== debtor?.id).pop();
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
