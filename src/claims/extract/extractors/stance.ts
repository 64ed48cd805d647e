import type { Extractor } from '../types.js';
import { isPole, spanOf } from './common.js';

/**
 * "We're neither facing East nor facing West", "a balanced foreign policy", "non-aligned", "not
 * taking sides": a balanced stance between the poles, of the country named or the text's subject.
 * The Non-Aligned Movement as an organisation is not a stance. A present-tense stance is checked
 * over the ten years up to the text's date when the date is known.
 */
export const stance: Extractor = {
  type: 'stance',
  cue: /\b(neither\s+(?:facing\s+)?east\s+nor\s+(?:facing\s+)?west|neither\s+(?:facing\s+|with\s+)?(?:the\s+)?west\s+nor\s+(?:facing\s+|with\s+)?(?:the\s+)?east|refus\w*\s+to\s+align|non-?aligned(?!\s+movement)|non-?alignment|(?:not|never|refus\w*\s+to|won['\u2019]t|will\s+not)\s+(?:be\s+)?(?:tak\w*|choos\w*|pick\w*)\s+(?:a\s+)?sides?|balanced\s+(?:foreign\s+policy|approach|relations|relationship)|strategic\s+(?:autonomy|neutrality)|(?:remain|stay)\w*\s+neutral)\b/i,
  extract(sentence, _text, ctx) {
    const m = this.cue.exec(sentence.text);
    if (!m) return [];
    const cue = spanOf(sentence, m);
    if (
      /\bNon-?Aligned Movement\b/i.test(sentence.text) &&
      !/\bnon-?aligned\s+(?:policy|stance|foreign|position)/i.test(sentence.text)
    ) {
      return [
        {
          miss: { type: this.type, cue, reason: 'the Non-Aligned Movement (an organisation), not a stance' },
        },
      ];
    }
    const named = sentence.countries.filter((c) => !isPole(c.id, ctx));
    if (new Set(named.map((c) => c.id)).size > 1) {
      return [
        { miss: { type: this.type, cue, reason: 'several countries named: whose stance is not clear' } },
      ];
    }
    const country = named[0]?.id ?? ctx.subject;
    if (!country) return [{ miss: { type: this.type, cue, reason: 'no country whose stance this is' } }];
    if (isPole(country, ctx))
      return [
        {
          miss: {
            type: this.type,
            cue,
            reason: 'a pole\u2019s own stance is not measured between the poles',
          },
        },
      ];
    const assumptions: string[] = [];
    if (!named.length) assumptions.push(`country: not in the sentence; the text's subject ${country}`);
    const year = ctx.date ? Number(ctx.date.slice(0, 4)) : null;
    if (year)
      assumptions.push(
        `from: ${year - 9}, the ten years up to the text's date (a stance stated in the present)`,
      );
    else assumptions.push('years: none stated; every year with at least two dimensions');
    return [
      {
        draft: {
          type: this.type,
          cue,
          assumptions,
          claim: {
            type: this.type,
            id: '',
            statement: sentence.text,
            country,
            poles: ctx.poles.join(','),
            stated: 'balanced',
            ...(year ? { from: year - 9 } : {}),
          },
        },
      },
    ];
  },
};
