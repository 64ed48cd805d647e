import { findPercents } from '../quantities.js';
import type { Extractor } from '../types.js';
import { spanOf } from './common.js';

/**
 * Votes at the UN: a country's vote on a named resolution ("Kenya voted for resolution ES-11/1")
 * or its agreement with another ("votes with the US 30% of the time"). bearing measures vote
 * agreement (`bearing agreement`) but has no claim type for votes yet, so these are listed as not
 * checkable yet, with the parameters read: the vote claim type plugs in here when it exists.
 */
export const votes: Extractor = {
  type: 'vote',
  cue: /\b(backed the (?:vote|resolution)|voted|votes?\s+(?:for|against|with|in favou?r)|abstained|abstain(?:s|ing)?|abstentions?|voting\s+(?:record|coincidence)|coincid\w+\s+with)\b/i,
  extract(sentence, text) {
    const m = this.cue.exec(sentence.text);
    if (!m) return [];
    // The UN may be named in the sentences just before ("... abstained in the vote").
    if (
      !/\b(UN|U\.N\.|United Nations|General Assembly|UNGA|resolution|Security Council)\b/.test(
        text.slice(Math.max(0, sentence.start - 600), sentence.end),
      )
    )
      return [];
    const cue = spanOf(sentence, m);
    const countries = [...new Set(sentence.countries.map((c) => c.id))];
    const symbol = /\b(?:A\/(?:RES\/)?(?:ES-\d+\/)?[\d/.L]+|ES-\d+\/\d+)\b/.exec(sentence.text)?.[0];
    const percent = findPercents(text, sentence.start, sentence.end)[0];
    const position = /abstain|abstention/i.test(m[0])
      ? 'abstain'
      : /against/i.test(sentence.text)
        ? 'no'
        : 'yes';
    const agreement = /\bwith\b/i.test(m[0]) || /coincid/i.test(m[0]);
    return [
      {
        miss: {
          type: agreement ? 'vote-agreement' : 'vote',
          cue,
          reason:
            'not checkable yet: bearing has no claim type for UN votes (agreement is measured by `bearing agreement`)',
          partial: agreement
            ? { countries, ...(percent ? { statedPercent: percent.value } : {}) }
            : { countries, position, ...(symbol ? { resolution: symbol } : {}) },
        },
      },
    ];
  },
};
