import { readRank } from '../quantities.js';
import type { Extractor } from '../types.js';
import { others, possessiveBefore, spanOf } from './common.js';

const measureOf = (noun: string): string =>
  /creditor|lender/i.test(noun)
    ? 'creditor'
    : /import/i.test(noun)
      ? 'imports'
      : /export/i.test(noun)
        ? 'exports'
        : 'total';

/**
 * "China remains Kenya's largest trading partner", "the largest creditor of Zambia": the country
 * is the one in the possessive (or after "of", or the text's subject for "its"); the partner is
 * the other country named. "One of the largest" and "second-largest" are not claims of rank one.
 */
export const largestPartner: Extractor = {
  type: 'largest-partner',
  cue: /\b(one of\s+(?:the\s+)?(?:[\p{L}.]+['\u2019]s?\s+)?)?((?:second|third|2nd|3rd)[-\s])?(largest|biggest|top|leading|main|number one|No\.? ?1|most important)\s+(?:(?:single|bilateral|foreign|overall|official)\s+)*(trading partners?|trade partners?|partners? in trade|sources? of (?:imports|imported goods)|export (?:markets?|destinations?)|creditors?|lenders?)\b/iu,
  extract(sentence, text, ctx) {
    const m = this.cue.exec(sentence.text);
    if (!m) return [];
    const cue = spanOf(sentence, m);
    const measure = measureOf(m[4]);
    const at = cue.start + (m[1]?.length ?? 0);
    if (m[1] || /\b(partners|creditors|lenders|markets|destinations)\b|^sources\b/i.test(m[4])) {
      return [
        {
          miss: {
            type: this.type,
            cue,
            reason: '"one of the largest" states no rank: the check is of the single largest partner',
          },
        },
      ];
    }
    const rank = m[2] ? readRank(`${m[2]}largest`) : 1;
    if (rank !== 1) {
      return [
        {
          miss: {
            type: this.type,
            cue,
            reason: `a rank-${rank} claim: the check verifies the largest partner only`,
            partial: { measure, rank },
          },
        },
      ];
    }
    const before = text.slice(Math.max(sentence.start, at - 40), at);
    if (
      /\b(Africa|Asia|Europe|Latin America|the world|the region|the continent|sub-?Saharan Africa)['\u2019]s?\s+(?:\p{Ll}+\s+)?$/iu.test(
        before,
      )
    ) {
      return [
        {
          miss: {
            type: this.type,
            cue,
            reason: "a continent's or the world's largest partner: bearing checks one country's partners",
          },
        },
      ];
    }
    let country = possessiveBefore(text, sentence, at)?.id;
    if (!country && /^\s+(?:of|for|with)\s+/.test(text.slice(cue.end, cue.end + 6))) {
      country = sentence.countries.find((c) => c.start >= cue.end && c.start <= cue.end + 9)?.id;
    }
    if (!country && /\b(its|their)\s+(?:\p{Ll}+\s+)?$/iu.test(before) && ctx.subject) country = ctx.subject;
    if (!country)
      return [{ miss: { type: this.type, cue, reason: 'no country named whose partner this is' } }];
    // The partner: the sentence's first other country before the cue (its subject), else the nearest.
    const partner =
      sentence.countries.find((c) => c.end <= at && c.id !== country) ??
      others(sentence, country, cue.start)[0];
    if (!partner) {
      return [
        { miss: { type: this.type, cue, reason: 'no partner country named', partial: { country, measure } } },
      ];
    }
    const between = partner.end <= cue.start ? text.slice(partner.end, cue.start) : '';
    if (/\b(not|no longer|never)\b/i.test(between)) {
      return [
        { miss: { type: this.type, cue, reason: 'a negated statement ("not the largest") is not checked' } },
      ];
    }
    const year = /\b(?:in|as of|by|for)\s+((?:19|20)\d\d)\b/.exec(sentence.text);
    return [
      {
        draft: {
          type: this.type,
          cue,
          assumptions: year ? [] : ['year: not stated, so the latest year in the data'],
          claim: {
            type: this.type,
            id: '',
            statement: sentence.text,
            country,
            partner: partner.id,
            measure,
            ...(year ? { year: Number(year[1]) } : {}),
          },
        },
      },
    ];
  },
};
