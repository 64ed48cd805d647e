import type { CountryMention, Sentence, Span, TextContext } from '../types.js';

/** The span of a regex match inside a sentence, in text offsets. */
export function spanOf(sentence: Sentence, m: RegExpExecArray): Span {
  const start = sentence.start + m.index;
  return { start, end: start + m[0].length, text: m[0] };
}

/** The country in the possessive right before `at` ("Kenya's largest", "Kenya’s single largest"). */
export function possessiveBefore(text: string, sentence: Sentence, at: number): CountryMention | undefined {
  return sentence.countries.find(
    (c) => c.end <= at && /^['\u2019]s?\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(c.end, at)),
  );
}

/** Countries in the sentence other than `except`, nearest to `at` first. */
export function others(sentence: Sentence, except: string | undefined, at: number): CountryMention[] {
  return sentence.countries
    .filter((c) => c.id !== except)
    .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
}

export function isPole(id: string, ctx: TextContext): boolean {
  return ctx.poles.includes(id);
}

/** A title followed by a name ("President Ruto", "Prime Minister Modi"): the names. */
export function leaderNames(s: string): string[] {
  const out: string[] = [];
  const re =
    /\b(?:President|King|Queen|Emir|Sultan|Prime Minister|Premier|Chancellor)\s+((?:\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+){0,2})/gu;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) out.push(m[1]);
  return out;
}
