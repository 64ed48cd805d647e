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
    const recipientPos = possessiveBefore(text, sentence, cue.start);
    let country = recipientPos?.id;
    let supplier: string | undefined;
    if (majority) {
      const from = /\bfrom\s+/.exec(text.slice(cue.end, sentence.end));
      supplier = from ? sentence.countries.find((c) => c.start >= cue.end + from.index)?.id : undefined;
      country ??= sentence.countries.find((c) => c.end <= cue.start && c.id !== supplier)?.id;
    } else {
      supplier = sentence.countries.find((c) => c.end <= cue.start && c.id !== country)?.id;
      country ??= sentence.countries.find((c) => c.start >= cue.end && c.id !== supplier)?.id;
    }
    if (imports && !/\b(from|supplied|supplier|provid\w+|accounted|came from)\b/i.test(sentence.text))
      return [];
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
