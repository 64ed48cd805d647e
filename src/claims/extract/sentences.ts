import type { Span } from './types.js';

/** Abbreviations that end with a full stop without ending a sentence. */
const abbreviations = new Set(
  'mr mrs ms dr prof st jr sr gen col lt sgt rep sen gov pres no vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e approx est fig'.split(
    ' ',
  ),
);

/**
 * Splits text into sentences with offsets. A sentence ends at . ! or ? (with closing quotes or
 * brackets) followed by space and a capital, digit or opening quote, unless the word before the
 * stop is an abbreviation or an initial ("U.S.", "Mr.", "J."); a blank or new line always ends one.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  let start = 0;
  const re = /([.!?]+)(["'\u201d\u2019)\]]*)(\s+)(?=["'\u201c\u2018(]?[\p{Lu}\d])|\n+/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].startsWith('\n')) {
      push(start, m.index);
      start = m.index + m[0].length;
      continue;
    }
    if (m[1] === '.') {
      const before = text.slice(Math.max(start, m.index - 12), m.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      if (abbreviations.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    const end = m.index + m[1].length + m[2].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}
