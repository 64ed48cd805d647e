import { findPercents } from '../quantities.js';
import type { Extractor } from '../types.js';
import { possessiveBefore, spanOf } from './common.js';

/**
 * "Kenya buys most of its arms from China", "Russia remained India's main arms supplier (36 per
 * cent of its arms imports)": the claim shape of the security issue's `largest-arms-supplier`
 * (country, supplier, sense largest | majority). Until that type is in the build, the draft is
 * listed as not checkable yet with the claim it would be.
 */
export const armsSupplier: Extractor = {
  type: 'largest-arms-supplier',
  cue: /\b(?:(largest|biggest|main|top|leading|principal|dominant)\s+(?:arms|weapons?|military)\s+(?:supplier|exporter|source)|(?:most|majority|bulk|almost all|nearly all)\s+of\s+(?:its|their|\p{Lu}\p{L}+['\u2019]s?)\s+(?:arms|weapons?|military\s+(?:equipment|hardware|imports))|(?:arms|weapons?)\s+imports?)\b/iu,
  extract(sentence, text) {
    const m = this.cue.exec(sentence.text);
    if (!m) return [];
    const cue = spanOf(sentence, m);
    const majority = /^(most|majority|bulk|almost all|nearly all)/i.test(m[0]);
    const imports = /imports?$/i.test(m[0]) && !m[1] && !majority;
    if (imports && !/\b(from|supplied|supplier|provid\w+|accounted|came from)\b/i.test(sentence.text))
      return [];
    // The recipient: the possessive in or right before the cue ("Armenia's arms imports", "India's main arms supplier").
    const recipient =
      sentence.countries.find((c) => c.start >= cue.start && c.end <= cue.end) ??
      possessiveBefore(text, sentence, cue.start);
    // "Armenia bought almost all of its arms": the country before the cue.
    const its = /\b(its|their)\b/i.test(m[0])
      ? sentence.countries.filter((c) => c.end <= cue.start).pop()
      : undefined;
    const country = (recipient ?? its)?.id;
    // The supplier: "from X" or "by X" after the cue, else the other country before it (the subject).
    const from = /\b(?:from|by)\s+(?:the\s+)?/.exec(text.slice(cue.end, sentence.end));
    const supplier =
      (from
        ? sentence.countries.find((c) => c.start >= cue.end + from.index && c.id !== country)?.id
        : undefined) ?? sentence.countries.find((c) => c.end <= cue.start && c.id !== country)?.id;
    if (!country || !supplier) {
      return [{ miss: { type: this.type, cue, reason: 'the supplier or the recipient is not named' } }];
    }
    const share = findPercents(text, sentence.start, sentence.end)[0];
    return [
      {
        draft: {
          type: this.type,
          cue,
          assumptions: ['from, to: not stated; the last five years of the data (the check\u2019s default)'],
          claim: {
            type: this.type,
            id: '',
            statement: sentence.text,
            country,
            supplier,
            sense: majority || (share && share.value > 50) ? 'majority' : 'largest',
          },
        },
      },
    ];
  },
};
