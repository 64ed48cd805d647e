import type { Concordance } from '../../../countries/concordance.js';
import { type ParticipantLevel, participantLevels } from '../../../visits/engagements.js';
import { countryOfWords } from './demonyms.js';

/** Level of a foreign participant, read from the title China Vitae gives in parentheses. */
export type VisitorLevel = ParticipantLevel;
export const visitorLevels = participantLevels;

export interface Visitor {
  name: string;
  title: string;
  /** Country id read from the title; null when the title names none (UN, a company, "Wife of ..."). */
  country: string | null;
  /** True for officials of an international organisation (EU, UN, ...). */
  organisation: boolean;
  level: VisitorLevel;
}

/**
 * The "met with the following: NAME (TITLE) NAME (TITLE) ... Others Attending: ..." list. Titles may
 * nest parentheses ("Foreign Minister of the Democratic People's Republic of Korea (DPRK)"); the
 * Chinese officials after "Others Attending:" are not visitors and are dropped.
 */
export function parseMetWith(list: string): { name: string; title: string }[] {
  const cut = list.search(/\bOthers Attending:/i);
  const s = cut >= 0 ? list.slice(0, cut) : list;
  const out: { name: string; title: string }[] = [];
  let depth = 0;
  let name = '';
  let title = '';
  for (const ch of s) {
    if (ch === '(') {
      if (depth > 0) title += ch;
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) {
        out.push({ name: name.trim(), title: title.trim() });
        name = '';
        title = '';
      } else title += ch;
    } else if (depth > 0) title += ch;
    else name += ch;
  }
  return out.filter((v) => v.name !== '' || v.title !== '');
}

/** International organisations named in titles: their officials are nobody's state visitors. */
const organisation =
  /\b(EU|European (Union|Commission|Council|Parliament)|United Nations|UN|ASEAN|African Union|World Bank|IMF|WTO|Shanghai Cooperation Organi[sz]ation|SCO|NATO|OPEC|Arab League|League of Arab States|Commonwealth Secretariat|International [A-Z][a-z]+ (Organi[sz]ation|Committee|Agency|Fund))\b/;

/**
 * Splits a title into its country and its role: "President of Kenya" -> KEN, "President";
 * "Kenyan President" -> KEN, "President". `organisation` is true when the "of ..." phrase names a body
 * of the country rather than the country ("President of the Japan Association ..."), or when the title
 * names an international organisation (then the country is null).
 */
export function titleCountry(
  title: string,
  concordance: Concordance,
): { country: string | null; role: string; organisation: boolean } {
  // "Japan-China Association": the partner of a "-China" compound is the visitor's country.
  // Parenthesised abbreviations ("Republic of Korea (ROK) Foreign Minister") are dropped.
  const t = title
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\b([A-Z][a-z]+)-(China|Chinese)\b/g, '$1')
    .trim();
  if (organisation.test(t)) return { country: null, role: t, organisation: true };
  // "COUNTRY-ADJECTIVE ROLE": the shortest leading run of up to four words that names a country.
  const words = t.split(' ');
  for (let n = 1; n <= Math.min(4, words.length - 1); n++) {
    const c = countryOfWords(words.slice(0, n).join(' '), concordance);
    if (c) return { country: c, role: words.slice(n).join(' '), organisation: false };
  }
  // "... of [the] COUNTRY": try every " of " from the left, so "Minister of Foreign Affairs of Kenya" finds Kenya.
  for (const m of t.matchAll(/ of /gi)) {
    const i = m.index ?? 0;
    // The country phrase ends where a connector starts: "... of the Netherlands in the Ministry ...".
    const rest = t
      .slice(i + 4)
      .replace(/^the /i, '')
      .split(/ (?:in|for|to|at|on|with|and the)\b|,/)[0]
      .trim();
    const whole = countryOfWords(rest, concordance);
    if (whole) return { country: whole, role: t.slice(0, i).trim(), organisation: false };
    const head = countryOfWords(rest.split(' ')[0], concordance);
    if (head) return { country: head, role: t.slice(0, i).trim(), organisation: true };
  }
  return { country: null, role: t, organisation: false };
}

const notSelf =
  /\b(vice|deputy|former|ex|assistant|acting deputy|first|special|honorary|wife|husband|son|daughter|mother|father|crown|under)\b/i;
const headRoles =
  /^(the )?(president|prime minister|premier|king|queen|emir|amir|sultan|(federal )?chancellor|grand duke|head of state|state president|president of the republic|supreme leader|chairman of the presidential council|governor-general)\b/i;
const foreignMinister =
  /\b(foreign minister|foreign affairs minister|minister (of|for) (foreign|external) affairs|foreign secretary|secretary of state( for foreign (and commonwealth )?affairs)?$|external affairs minister|minister (of|for) external relations|external relations minister|minister of foreign affairs and [a-z ]+)\b/i;

/** Head of state or government, foreign minister, or other, from the role part of a title. */
export function roleLevel(role: string): VisitorLevel {
  const r = role.replace(/\s+/g, ' ').trim();
  const fm = foreignMinister.exec(r);
  if (fm) {
    const before = r.slice(0, fm.index);
    // "Vice Foreign Minister" is not the minister; "Deputy Prime Minister and Foreign Minister" is.
    if (!/\b(vice|deputy|former|assistant|ex|under)\s*-?\s*$/i.test(before)) return 'foreign-minister';
  }
  if (headRoles.test(r) && !/\bminister (of|for)\b/i.test(r.replace(/^(the )?prime minister/i, ''))) {
    const m = headRoles.exec(r);
    const lead = m ? r.slice(0, m.index) : '';
    if (
      !notSelf.test(lead) &&
      !/^(the )?(president|chancellor) of the (senate|national|house|parliament|assembly|council|european|world|international|african|asian|supreme|constitutional|court|people)/i.test(
        r,
      )
    ) {
      if (!/\b(queen mother|crown prince)\b/i.test(r)) return 'head';
    }
  }
  return 'other';
}

/** The visitors of a met-with list with their countries and levels. */
export function readVisitors(list: string, concordance: Concordance): Visitor[] {
  return parseMetWith(list).map(({ name, title }) => {
    const { country, role, organisation } = titleCountry(title, concordance);
    const level = country && !organisation ? roleLevel(role) : 'other';
    return { name, title, country, organisation: organisation && country === null, level };
  });
}

const rank: Record<VisitorLevel, number> = { head: 0, 'foreign-minister': 1, other: 2 };

/** The highest level among visitors (head > foreign minister > other). */
export function highestLevel(visitors: readonly Visitor[]): Visitor | undefined {
  return [...visitors].sort((a, b) => rank[a.level] - rank[b.level])[0];
}
