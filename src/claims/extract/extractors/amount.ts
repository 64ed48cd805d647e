import { findLoans } from '../../../queries/loans.js';
import { findMoney } from '../quantities.js';
import type { Draft, Extractor, Miss } from '../types.js';
import { isPole } from './common.js';

const heads =
  'project|railway|railroad|rail line|line|road|highway|expressway|bypass|dam|port|bridge|airport|pipeline|power plant|power station|plant|stadium|hospital|park|corridor|terminal|refinery';
const headRe = new RegExp(`\\b(${heads})s?\\b`, 'i');

/** Drops adjectives from the front and "project" from the end: the next-wider subject to search. */
function subjectForms(subject: string): string[] {
  const words = subject.replace(/-/g, ' ').split(/\s+/).filter(Boolean);
  const forms: string[] = [];
  let w = words;
  if (w.length > 1 && /^project$/i.test(w[w.length - 1])) w = w.slice(0, -1);
  for (let i = 0; i < w.length; i++) forms.push(w.slice(i).join(' '));
  return [...new Set([subject, ...forms])];
}

/**
 * "The $4.7 billion high-speed railway project": a named project or loan with an amount in US
 * dollars. The subject is the words between the amount and the project noun (or after "for the").
 * Amounts in other currencies need a rate the data lack for most; they are listed with the reason.
 */
export const amount: Extractor = {
  type: 'amount',
  cue: /[$€£¥₦]|\d\s?(?:bn|billion|million|mn|trillion)\b|\b(?:Sh|KSh|USD|KES|EUR)\s?\d/i,
  extract(sentence, text, ctx) {
    const money = findMoney(text, sentence.start, sentence.end);
    const out = [];
    for (const mo of money) {
      const after = text.slice(mo.end, Math.min(sentence.end, mo.end + 80));
      const direct = new RegExp(`^\\s*((?:[\\p{L}-]+\\s+){0,4}?(?:${heads}))\\b`, 'iu').exec(after);
      const forThe =
        /^\s*(?:\w+\s+){0,3}?(?:loan|deal|facility|contract)\s+(?:for|to build|to finance)\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,4}?(?:[\p{L}-]+))(?=[\s,.;]|$)/iu.exec(
          after,
        );
      const before = new RegExp(
        `((?:[\\p{L}-]+\\s+){0,3}(?:${heads}|contract)s?)\\s+(?:(?:is|was|is worth|was worth|worth|costing|valued at)\\s+)(?:about\\s+|some\\s+|nearly\\s+)?$`,
        'iu',
      ).exec(text.slice(Math.max(sentence.start, mo.start - 80), mo.start));
      const subject = (direct?.[1] ?? forThe?.[1] ?? before?.[1])
        ?.trim()
        .replace(/^(?:the|a|an|its|this)\s+/i, '');
      const cue = {
        start: mo.start,
        end: mo.end + (direct?.[0].length ?? forThe?.[0].length ?? 0),
        text: '',
      };
      cue.text = text.slice(cue.start, cue.end);
      if (!subject || (!headRe.test(subject) && !forThe)) continue;
      if (mo.currency !== 'USD') {
        out.push({
          miss: {
            type: this.type,
            cue,
            reason: `not checkable yet: an amount in ${mo.currency}; the check compares US dollar amounts, and bearing's exchange-rate table has no ${mo.currency} rate`,
            partial: { subject, amount: mo.amount, currency: mo.currency },
          },
        });
        continue;
      }
      const country = sentence.countries.find((c) => !isPole(c.id, ctx))?.id ?? ctx.subject ?? undefined;
      const draft: Draft = {
        type: this.type,
        cue,
        assumptions: [
          ...(country && !sentence.countries.some((c) => c.id === country)
            ? [`country: not in the sentence; the text's subject ${country}`]
            : []),
          'tolerance: 10% (the default)',
        ],
        claim: {
          type: this.type,
          id: '',
          statement: sentence.text,
          subject,
          ...(country ? { country } : {}),
          statedAmountUsd: mo.amount,
          tolerance: 0.1,
        },
      };
      out.push({ draft });
    }
    return out;
  },
  async resolve(draft, store): Promise<Draft | Miss> {
    // The text's words may be wider than the records' ("high-speed railway project" for the
    // standard gauge railway): search the subject, then ever shorter forms, keeping the first that matches.
    const subject = String(draft.claim.subject);
    for (const form of subjectForms(subject)) {
      const { totals } = await findLoans(store, {
        country: draft.claim.country as string | undefined,
        search: form,
      });
      if (totals.length > 0) {
        if (form === subject) return draft;
        return {
          ...draft,
          claim: { ...draft.claim, subject: form },
          assumptions: [
            ...draft.assumptions,
            `subject: "${subject}" matches no loan record; searched as "${form}"`,
          ],
        };
      }
    }
    return draft;
  },
};
