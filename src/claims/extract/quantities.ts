import type { Span } from './types.js';

/** An amount of money as written, with its currency (ISO 4217) and its value in units of it. */
export interface Money extends Span {
  amount: number;
  currency: string;
}

/** Currency marks and words, longest first where one is a prefix of another. */
const marks: [RegExp, string][] = [
  [/^(?:US\s?\$|USD\s?|\$)/, 'USD'],
  [/^(?:KSh\.?\s?|Ksh\.?\s?|KES\s?|Sh\.?\s?)/, 'KES'],
  [/^(?:€|EUR\s?)/, 'EUR'],
  [/^(?:£|GBP\s?)/, 'GBP'],
  [/^(?:¥|CNY\s?|RMB\s?)/, 'CNY'],
  [/^(?:ZAR\s?|R(?=\d))/, 'ZAR'],
  [/^(?:N(?=\d)|₦|NGN\s?)/, 'NGN'],
];
const currencyWords: [RegExp, string][] = [
  [/^(?:US[\s-])?dollars?\b/i, 'USD'],
  [/^(?:Kenya(?:n)?\s)?shillings?\b/i, 'KES'],
  [/^euros?\b/i, 'EUR'],
  [/^yuan\b|^renminbi\b/i, 'CNY'],
  [/^pounds?\b/i, 'GBP'],
];
const scales: [RegExp, number][] = [
  [/^(?:trillion|tn)\b/i, 1e12],
  [/^(?:billion|bn|b)\b/i, 1e9],
  [/^(?:million|mn|m)\b/i, 1e6],
  [/^(?:thousand|k)\b/i, 1e3],
];

/**
 * Amounts of money in the common written forms: "$4.7 billion", "US$1.6bn", "Sh500 billion",
 * "KSh 1.2 trillion", "USD 300 million", "2.5 billion dollars", "€2m". A bare number is not money.
 */
export function findMoney(text: string, from = 0, to = text.length): Money[] {
  const out: Money[] = [];
  const re =
    /(?:US\s?\$\s?|USD\s?|\$\s?|KSh\.?\s?|Ksh\.?\s?|KES\s?|Sh\.?\s?|€|EUR\s?|£|GBP\s?|¥|CNY\s?|RMB\s?|ZAR\s?|R(?=\d)|N(?=\d)|₦|NGN\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s?(-?\s?(?:trillion|billion|million|thousand|tn|bn|mn|b|m|k)\b)?[\s-]?((?:US[\s-])?dollars?\b|(?:Kenyan?\s)?shillings?\b|euros?\b|yuan\b|renminbi\b|pounds?\b)?/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const prefix = m[0].slice(0, m[0].indexOf(m[1]));
    const wordAfter = m[4];
    if (!prefix && !wordAfter) continue;
    // A letter right before ("PSh5") means this is part of a word.
    if (m.index > 0 && /\p{L}/u.test(text[m.index - 1]) && !/[$€£¥₦]/.test(prefix)) continue;
    let currency = '';
    for (const [r, c] of marks) if (prefix && r.test(prefix)) currency = c;
    for (const [r, c] of currencyWords) if (wordAfter && r.test(wordAfter)) currency = currency || c;
    if (!currency) continue;
    let scale = 1;
    const scaleWord = m[3]?.replace(/^-?\s?/, '');
    if (scaleWord) for (const [r, s] of scales) if (r.test(scaleWord)) scale = s;
    const value = Number(`${m[1].replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
    let end = m.index + m[0].length;
    while (end > m.index && /\s/.test(text[end - 1])) end--;
    out.push({ start: m.index, end, text: text.slice(m.index, end), amount: value * scale, currency });
  }
  return out;
}

export interface Percent extends Span {
  value: number;
}

/** "45%", "45 per cent", "45 percent", "45.5 pct". */
export function findPercents(text: string, from = 0, to = text.length): Percent[] {
  const out: Percent[] = [];
  const re = /(\d+(?:\.\d+)?)\s?(%|per\s?cent\b|percent\b|pct\b)/gi;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: Number(m[1]) });
  }
  return out;
}

const numberWords: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
};

/** A number written in digits or words up to sixty ("16", "sixteen", "twenty-five"). */
export function readNumber(s: string): number | null {
  const t = s.toLowerCase().trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const parts = t.split(/[-\s]+/);
  let total = 0;
  for (const p of parts) {
    const v = numberWords[p];
    if (v === undefined) return null;
    total += v;
  }
  return parts.length ? total : null;
}

export interface Period extends Span {
  /** Years the period spans ("in 16 years" -> 16; "in nearly two decades" -> 20). */
  years?: number;
  /** The year it runs from ("since 2008"). */
  since?: number;
  /** Words like "nearly", "more than": the figure is approximate. */
  approximate: boolean;
}

const num =
  '(\\d+|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?)';
const hedge = '((?:nearly|almost|about|around|some|over|more\\s+than|at\\s+least|close\\s+to)\\s+)?';

/** Periods: "in 16 years", "in nearly two decades", "in a decade", "since 2008", "since May 2008". */
export function findPeriods(text: string, from = 0, to = text.length): Period[] {
  const out: Period[] = [];
  const span = new RegExp(
    `\\b(?:in|for|after)\\s+(?:the\\s+(?:past|last)\\s+)?${hedge}${num}\\s+(years?|decades?)\\b`,
    'gi',
  );
  span.lastIndex = from;
  for (let m = span.exec(text); m !== null && m.index < to; m = span.exec(text)) {
    const n = readNumber(m[2]);
    if (n === null) continue;
    const years = /^decade/i.test(m[3]) ? n * 10 : n;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], years, approximate: Boolean(m[1]) });
  }
  const since =
    /\bsince\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:18|19|20)\d\d)\b/gi;
  since.lastIndex = from;
  for (let m = since.exec(text); m !== null && m.index < to; m = since.exec(text)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      since: Number(m[1]),
      approximate: false,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Rank words: largest = 1, second-largest = 2, ... ("top", "biggest", "leading", "number one"). */
export function readRank(s: string): number | null {
  const t = s.toLowerCase();
  const ord: Record<string, number> = {
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    '2nd': 2,
    '3rd': 3,
    '4th': 4,
    '5th': 5,
  };
  const m = /\b(second|third|fourth|fifth|2nd|3rd|4th|5th)[-\s](?:largest|biggest|most important|top)\b/.exec(
    t,
  );
  if (m) return ord[m[1]];
  if (/\b(largest|biggest|top|leading|main|number one|no\.? 1|single largest|most important)\b/.test(t))
    return 1;
  return null;
}
