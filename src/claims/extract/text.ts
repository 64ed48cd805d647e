import { InputError, type InputLocation } from '../../errors.js';

/** Longest text read at once: about 30,000 words, far beyond an article. */
export const maxTextChars = 200_000;

export interface PreparedText {
  text: string;
  notes: string[];
}

const englishWords = new Set(
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they has were had their its been one who will more would than after also said'.split(
    ' ',
  ),
);

/**
 * Checks and cleans the text a user gives: refuses binary (NUL or many control characters) and
 * over-long input with an error naming the problem; strips HTML tags, scripts and entities
 * (offsets then refer to the cleaned text, which the report returns); notes text that reads as
 * not English. `location` names the input in errors (a file, stdin, the request's `text`).
 */
export function prepareText(raw: string, location: InputLocation): PreparedText {
  if (raw.length > maxTextChars) {
    throw new InputError(
      `text too long: ${raw.length.toLocaleString('en-US')} characters, at most ${maxTextChars.toLocaleString('en-US')}`,
      { location, hint: 'check one article at a time' },
    );
  }
  const sample = raw.slice(0, 4096);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (sample.includes('\u0000') || control > Math.max(3, sample.length * 0.01)) {
    throw new InputError('not text: the input looks binary (control characters or invalid UTF-8)', {
      location,
      hint: 'give plain text or HTML in UTF-8',
    });
  }
  const notes: string[] = [];
  let text = raw.replace(/\r\n?/g, '\n');
  if (/<\/?[a-z][a-z0-9]*(\s[^>]*)?>/i.test(text)) {
    text = stripHtml(text);
    notes.push('HTML tags removed; offsets refer to the text without them');
  }
  text = text.trim();
  if (text.length > 0 && !looksEnglish(text)) {
    notes.push('the text does not read as English; only English statements are recognised');
  }
  return { text, notes };
}

function stripHtml(html: string): string {
  return html
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/(p|div|h[1-6]|li|tr|blockquote|section|article)\s*>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;|&rsquo;/g, '\u2019')
    .replace(/&lsquo;/g, '\u2018')
    .replace(/&ldquo;/g, '\u201c')
    .replace(/&rdquo;/g, '\u201d')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** At least one word in twelve is a common English function word. */
export function looksEnglish(text: string): boolean {
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 4) return words.some((w) => englishWords.has(w)) || /^[\x20-\x7e\s]*$/.test(text);
  const hits = words.filter((w) => englishWords.has(w)).length;
  return hits / words.length >= 1 / 12;
}
