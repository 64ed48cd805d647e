import type { Extractor } from '../types.js';
import { spanOf } from './common.js';

/**
 * Terms used when the text states none: the loan and the market terms of the bundled seed example
 * (src/claims/examples/seed.json), a US$1.5bn loan at 2% over 20 years with 7 years' grace against
 * 9.75% over 7 years repaid at maturity. Every one is listed as an assumption and can be edited.
 */
const referenceTerms = {
  loan: { amount: 1500, rate: 2, maturity: 20, grace: 7, profile: 'equal-principal', frequency: 2 },
  compareWith: { rate: 9.75, maturity: 7, profile: 'bullet', frequency: 2 },
} as const;

/**
 * "Concessional financing, thereby reducing high interest rates": the claim that concessional
 * terms lower the cost. Rates and maturities stated in the sentence are used ("at 2%", "over 20
 * years"); those not stated come from the reference terms above.
 */
export const concessional: Extractor = {
  type: 'concessional',
  cue: /\b(concession(?:al|ary)\s+(?:or\s+[\w-]+\s+)?(?:financing|finance|loans?|terms|lending|credit|funding|rates?|line\s+of\s+credit)|soft\s+loans?|terms\s+are\s+(?:highly\s+)?concessional)\b/i,
  extract(sentence) {
    const m = this.cue.exec(sentence.text);
    if (!m) return [];
    const cue = spanOf(sentence, m);
    const rate =
      /\b(?:at|of)\s+(\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)/i.exec(sentence.text) ??
      /\b(\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)\s+(?:annual\s+|yearly\s+)?interest/i.exec(sentence.text);
    const maturity = /\b(?:over|for|of)\s+(\d+)\s+years\b|\b(\d+)-year\b/i.exec(sentence.text);
    const loan: Record<string, unknown> = { ...referenceTerms.loan };
    const assumptions: string[] = [];
    if (rate) loan.rate = Number(rate[1]);
    else assumptions.push(`loan.rate: not stated; ${referenceTerms.loan.rate}% (reference terms)`);
    if (maturity) loan.maturity = Number(maturity[1] ?? maturity[2]);
    else
      assumptions.push(
        `loan.maturity, grace: not stated; ${referenceTerms.loan.maturity} years with ${referenceTerms.loan.grace} of grace (reference terms)`,
      );
    assumptions.push('loan.amount: not stated; US$1,500m (the grant element does not depend on it)');
    assumptions.push(
      `compareWith: market terms not stated; ${referenceTerms.compareWith.rate}% over ${referenceTerms.compareWith.maturity} years, repaid at maturity (reference terms, the seed example's)`,
    );
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
            loan,
            test: 'IMF',
            compareWith: { ...referenceTerms.compareWith },
            discount: 5,
          },
        },
      },
    ];
  },
};
