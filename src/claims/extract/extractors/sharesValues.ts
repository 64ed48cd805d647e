import type { Extractor } from '../types.js';
import { spanOf } from './common.js';

/**
 * "Shared values of democracy, freedom and the rule of law": the values issue's `shares-values`
 * claim (country, with, year). Drafted here; listed as not checkable yet until that type is in the build.
 */
export const sharesValues: Extractor = {
  type: 'shares-values',
  cue: /\b(shared\s+(?:democratic\s+)?values|share[sd]?\s+(?:the\s+same\s+|common\s+|our\s+)?(?:democratic\s+)?values|common\s+values)\b/i,
  extract(sentence, text, ctx) {
    const m = this.cue.exec(sentence.text);
    if (!m) return [];
    const cue = spanOf(sentence, m);
    const ids = [...new Set(sentence.countries.map((c) => c.id))];
    const country = ids.find((id) => !ctx.poles.includes(id)) ?? ctx.subject;
    const withId = ids.find((id) => id !== country);
    if (!country || !withId)
      return [{ miss: { type: this.type, cue, reason: 'the two countries are not both named' } }];
    const year = /\b((?:19|20)\d\d)\b/.exec(text.slice(sentence.start, sentence.end));
    return [
      {
        draft: {
          type: this.type,
          cue,
          assumptions: year ? [] : ['year: not stated; the latest year in the data'],
          claim: {
            type: this.type,
            id: '',
            statement: sentence.text,
            country,
            with: withId,
            ...(year ? { year: Number(year[1]) } : {}),
          },
        },
      },
    ];
  },
};
