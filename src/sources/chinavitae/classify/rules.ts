import type { Concordance } from '../../../countries/concordance.js';
import {
  type ChineseOffice,
  type Classification,
  type EngagementClass,
  engagementClasses,
} from '../../../visits/engagements.js';
import { chineseLeader, chineseLeaders } from '../leaders.js';
import type { EngagementRecord } from '../parseEngagements.js';

export { type Classification, type EngagementClass, engagementClasses };

import { readPlace, trailingPlace } from './place.js';
import { highestLevel, readVisitors, roleLevel, type VisitorLevel } from './visitors.js';

/**
 * The other context a row needs: the countries of the rows with the same date and text (the scraper
 * files one text once per country it names, so more than one country marks a multi-country meeting).
 */
export interface RowContext {
  siblings: ReadonlySet<string>;
}

const messages =
  /\b(phone|telephone|congratulat\w*|condolences?|sympathy|messages?|letters?|greets?|greetings|cables?|inscription|preface|video link|videoconference|written interview|signed article|mourn\w*)\b/i;
const credentials = /\bcredentials\b/i;
const announcement =
  /\b(to visit|will visit|to attend|will attend|leaves? for|left [A-Z][a-z]+ for|upcoming|to pay|to hold|to co-chair|ahead of|set off|wraps up|concludes?|returns? home|back home|arrives? in|talks about|visits? to)\b/i;
const meetingVerb =
  /\b(met|meets|meeting|held talks|holds talks|talks with|talked with|received|receives|hosted|hosts|visits|visited|calls? on)\b/i;

const travelled =
  /^(.*?)\s*travelled to\s*(.*?)(?:\s*\band met with the following:\s*(.*)|\s*\bOthers Attending:.*)?$/i;
const wasIn = /^(.*?)\s*was in\s+(.*?)\s+and met with the following:\s*(.*)$/i;

function subject(record: EngagementRecord, lead: string): { name: string; office: ChineseOffice } {
  const named = chineseLeaders.find((l) => lead.includes(l.name));
  const l = named ?? chineseLeader(record.leader)!;
  return { name: l.name, office: l.office };
}

/**
 * Classifies one row by the first rule that matches (the order is the rule set's: a phone call about
 * a visit is a phone call). A row no rule matches is `unclassified`, kept and counted.
 */
export function classify(
  record: EngagementRecord,
  ctx: RowContext,
  concordance: Concordance,
): Classification {
  const text = record.text;
  const base = (cls: EngagementClass, rule: string, lead = text): Classification => {
    const s = subject(record, lead);
    return {
      class: cls,
      rule,
      country: record.country,
      city: null,
      chineseLeader: s.name,
      chineseOffice: s.office,
      visitor: null,
      visitorTitle: null,
      visitorLevel: null,
    };
  };

  const t = travelled.exec(text);
  const w = t ? null : wasIn.exec(text);
  if (t || w) {
    const [, lead, placeText, list] = (t ?? w)!;
    const place = readPlace(placeText, concordance);
    if (t && place.country && !place.inChina) {
      if (place.country === record.country) {
        return { ...base('trip', 'trip-host', lead), country: place.country, city: place.city };
      }
      return base('not-visit', 'meeting-elsewhere', lead);
    }
    const inChina = w !== null || place.inChina;
    if (inChina && list)
      return received(
        record,
        ctx,
        concordance,
        base('received', 'received', lead),
        place.city ?? placeText,
        list,
      );
    // "travelled to  and met with ...": the place is missing, so neither host nor visit can be told.
    if (t && !placeText.trim()) return base('unclassified', 'no-place', lead);
    return base('unclassified', 'no-rule', lead);
  }
  if (credentials.test(text)) return base('not-visit', 'credentials');
  if (messages.test(text)) return base('not-visit', 'message');
  if (announcement.test(text)) return base('not-visit', 'announcement');
  const where = trailingPlace(text);
  const place = where ? readPlace(where, concordance) : null;
  if (place?.country && !place.inChina) {
    // A news item datelined abroad: the leader was there. For another country filed, a meeting elsewhere.
    if (place.country === record.country) {
      return { ...base('trip', 'headline-abroad'), country: place.country, city: place.city };
    }
    return base('not-visit', 'meeting-elsewhere');
  }
  if (place && meetingVerb.test(text)) {
    if (place.inChina && /\b(met|meets|held talks|holds talks|talks with|received|receives)\b/i.test(text)) {
      const level = headlineLevel(text);
      if (level) return { ...base('received', 'headline-received'), city: place.city, visitorLevel: level };
    }
  }
  if (place?.inChina && !meetingVerb.test(text)) return base('not-visit', 'statement');
  return base('unclassified', 'no-rule');
}

/** A visitor's level from a headline ("held talks with German Chancellor ..."), when it names one. */
function headlineLevel(text: string): VisitorLevel | null {
  const m = /\b(?:met|meets|held talks|holds talks|talks|received|receives)\s+(?:with\s+)?(.*)$/i.exec(text);
  if (!m) return null;
  return roleLevel(m[1].replace(/^(the |visiting )/i, '').replace(/^[A-Z][a-z]+(\s[A-Z][a-z]+)?\s/, '')) ===
    'other'
    ? /\b(president|prime minister|premier|king|chancellor|emir|sultan)\b/i.test(m[1]) &&
      !/\bvice|deputy|former\b/i.test(m[1])
      ? 'head'
      : /\b(foreign minister|FM|secretary of state)\b/i.test(m[1]) && !/\bvice|deputy\b/i.test(m[1])
        ? 'foreign-minister'
        : 'other'
    : roleLevel(m[1]);
}

function received(
  record: EngagementRecord,
  ctx: RowContext,
  concordance: Concordance,
  c: Classification,
  city: string,
  list: string,
): Classification {
  const all = readVisitors(list, concordance).filter((v) => v.country !== 'CHN');
  // Ambassadors resident in Beijing are not visitors.
  const visitors = all.filter((v) => !/\bambassador\b/i.test(v.title));
  if (all.length > 0 && visitors.length === 0) return { ...c, class: 'not-visit', rule: 'ambassador' };
  const countries = new Set(visitors.map((v) => v.country).filter((x): x is string => x !== null));
  const organisations = visitors.some((v) => v.organisation);
  // Leaders of two or more states together, or a state's with an organisation's (an EU summit): a
  // multilateral meeting, not a bilateral visit.
  if (countries.size >= 2 || (countries.size === 1 && organisations))
    return { ...c, class: 'not-visit', rule: 'multilateral' };
  if (organisations && countries.size === 0) return { ...c, class: 'not-visit', rule: 'organisation' };
  let country = record.country;
  if (countries.size === 1) {
    const only = [...countries][0];
    if (only !== record.country) {
      // The text is filed under another country it names too: that row holds the visit.
      if (ctx.siblings.has(only)) return { ...c, class: 'not-visit', rule: 'mention' };
      country = only; // the scraper filed it under a wrong country (Dominica for the Dominican Republic)
    }
  } else if (ctx.siblings.size >= 2) return { ...c, class: 'not-visit', rule: 'multilateral' };
  const ofCountry = visitors.filter((v) => v.country === country || v.country === null);
  const top = highestLevel(ofCountry.length ? ofCountry : visitors);
  if (!top) return { ...c, class: 'unclassified', rule: 'no-visitor' };
  return {
    ...c,
    country,
    city,
    visitor: top.name,
    visitorTitle: top.title,
    visitorLevel: top.country ? top.level : 'other',
  };
}
