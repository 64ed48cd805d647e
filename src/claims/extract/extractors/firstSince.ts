import * as chrono from 'chrono-node';
import { visits } from '../../../queries/visits.js';
import { visitTypes } from '../../../visits/visitType.js';
import { findPeriods } from '../quantities.js';
import type { Draft, Extractor, Miss } from '../types.js';
import { leaderNames, spanOf } from './common.js';

const usWords = /\b(?:the\s+)?(?:US|U\.S\.|United States|America|Washington|White House)\b/;

/**
 * "The first visit by an African head of state to the US in 16 years": a visit to the United
 * States (the State Department's record of foreign leaders' visits), its scope (a continent from
 * "African", a country from "Kenyan" or a name), the gap stated, and the date (stated, the text's
 * date, or the named leader's visit in the record). Visits by US presidents abroad and "first
 * ever" are listed with the reason.
 */
export const firstSince: Extractor = {
  type: 'first-since',
  cue: /\bfirst\s+(?:(\p{Ll}+)\s+)?(?:(\p{Ll}+)\s+)?visit\b/iu,
  extract(sentence, text, ctx) {
    const m = this.cue.exec(sentence.text);
    if (!m) return [];
    const cue = spanOf(sentence, m);
    const rest = text.slice(cue.start, sentence.end);
    const period = findPeriods(text, cue.end, sentence.end)[0];
    if (!period) {
      return [
        {
          miss: {
            type: this.type,
            cue,
            reason: 'no period ("in 16 years", "since 2008"): a "first ever" claim is not checked',
          },
        },
      ];
    }
    if (
      /\b(?:US|U\.S\.|American|United States)\s+(?:president|secretary|leader)/i.test(rest) ||
      (/\bvisit(?:ed|s)?\s+(?:to\s+)?(?!the\s+US\b|the\s+United)[A-Z]/.test(rest) && !usWords.test(rest))
    ) {
      return [
        {
          miss: {
            type: this.type,
            cue,
            reason: 'a visit by a US leader abroad: the check covers foreign leaders\u2019 visits to the US',
          },
        },
      ];
    }
    // The US may be named in the sentences just before ("Biden welcomes ... This is the first state visit ...").
    if (!usWords.test(rest) && !usWords.test(text.slice(Math.max(0, sentence.start - 600), sentence.start))) {
      return [
        {
          miss: {
            type: this.type,
            cue,
            reason: 'not a visit to the United States (the only visits record bearing has)',
          },
        },
      ];
    }
    const adjective = [m[1], m[2]].find(
      (w) => w && (visitTypes as readonly string[]).includes(w.toLowerCase()),
    );
    const headOfState = /\bhead of state\b|\bpresident\b|\bking\b|\bqueen\b|\bmonarch\b/i.test(rest);
    const continent = sentence.continents.find((c) => c.start >= cue.start)?.continent;
    const country = sentence.countries.find(
      (c) => c.start >= cue.start && c.as === 'demonym' && c.id !== 'USA',
    )?.id;
    const gap =
      period.years ?? (period.since && ctx.date ? Number(ctx.date.slice(0, 4)) - period.since : undefined);
    if (gap === undefined) {
      return [
        {
          miss: {
            type: this.type,
            cue,
            reason: 'a "since YEAR" claim needs the date of the text to give the gap',
            partial: { since: period.since },
          },
        },
      ];
    }
    const assumptions: string[] = [];
    if (period.approximate) assumptions.push(`statedGapYears: "${period.text}" is approximate; ${gap} taken`);
    const stated = chrono
      .parse(sentence.text, ctx.date ? new Date(`${ctx.date}T12:00:00Z`) : undefined)
      .find((r) => r.start.isCertain('year') && r.start.isCertain('day'));
    const date = stated ? stated.start.date().toISOString().slice(0, 10) : ctx.date;
    if (!stated && date) assumptions.push(`date: not in the sentence; the text's date ${date}`);
    const draft: Draft = {
      type: this.type,
      cue,
      assumptions,
      claim: {
        type: this.type,
        id: '',
        statement: sentence.text,
        event: {
          kind: 'visit',
          visitType: adjective ? adjective.toLowerCase() : 'any',
          headOfState,
          ...(country ? { country } : continent ? { continent } : {}),
        },
        ...(date ? { date } : {}),
        statedGapYears: gap,
      },
    };
    return [{ draft }];
  },
  async resolve(draft, store, sentence): Promise<Draft | Miss> {
    if (draft.claim.date) return draft;
    // No date in the text: the visit of the leader the sentence names, from the visits record.
    const names = leaderNames(sentence.text);
    const rows = names.length ? await visits(store, {}) : [];
    for (const name of names) {
      const surname = name.split(/\s+/).pop()!.toLowerCase();
      const hit = rows.filter((v) => v.visitor.toLowerCase().split(/\s+/).includes(surname)).pop();
      if (hit) {
        return {
          ...draft,
          claim: { ...draft.claim, date: hit.date },
          assumptions: [
            ...draft.assumptions,
            `date: not in the text; ${hit.visitor}'s latest visit in the record (${hit.date}, ${hit.type} visit)`,
          ],
        };
      }
    }
    return {
      type: draft.type,
      cue: draft.cue,
      reason: 'no date: the text does not say when the visit was (give the article date)',
      partial: draft.claim,
    };
  },
};
