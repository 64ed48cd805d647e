import * as chrono from 'chrono-node';
import type { Concordance } from '../../countries/concordance.js';
import type { InputLocation } from '../../errors.js';
import { extractors } from './extractors/index.js';
import { countryFinder } from './mentions.js';
import { splitSentences } from './sentences.js';
import { prepareText } from './text.js';
import type { Draft, Extractor, Miss, Sentence, TextContext } from './types.js';

export interface ExtractOptions {
  /** The date the text speaks from, yyyy-mm-dd (else the latest full date in its opening). */
  date?: string;
  poles?: readonly [string, string];
  /** Names the input in errors (a file, stdin, the request's `text` field). */
  location?: InputLocation;
}

export interface Extraction {
  text: string;
  notes: string[];
  sentences: Sentence[];
  context: TextContext;
  drafts: { draft: Draft; sentence: Sentence; extractor: Extractor }[];
  misses: { miss: Miss; sentence: Sentence }[];
}

/** Sentences longer than this are read in pieces (a text without stops must not make rules slow). */
const maxSentence = 1_500;

/**
 * Reads a text: cleans it, splits sentences, finds countries, and runs every extractor whose cue
 * matches. Pure and synchronous; resolving against the data and checking are in check.ts.
 */
export function extractClaims(
  raw: string,
  concordance: Concordance,
  options: ExtractOptions = {},
): Extraction {
  const { text, notes } = prepareText(raw, options.location ?? { field: 'text' });
  const finder = countryFinder(concordance);
  const sentences: Sentence[] = [];
  for (const s of splitSentences(text)) {
    for (let start = s.start; start < s.end; start += maxSentence) {
      const end = Math.min(s.end, start + maxSentence);
      const found = finder.find(text, start, end);
      sentences.push({ start, end, text: text.slice(start, end), index: sentences.length, ...found });
    }
  }
  const poles = options.poles ?? (['USA', 'CHN'] as const);
  const context: TextContext = {
    concordance,
    poles,
    subject: subjectOf(sentences, poles),
    date: options.date ?? dateOf(text),
  };
  const drafts: Extraction['drafts'] = [];
  const misses: Extraction['misses'] = [];
  for (const sentence of sentences) {
    for (const extractor of extractors) {
      extractor.cue.lastIndex = 0;
      if (!extractor.cue.test(sentence.text)) continue;
      extractor.cue.lastIndex = 0;
      for (const f of extractor.extract(sentence, text, context)) {
        if ('draft' in f) drafts.push({ draft: f.draft, sentence, extractor });
        else misses.push({ miss: f.miss, sentence });
      }
    }
  }
  return { text, notes, sentences, context, drafts, misses };
}

/** The country named most often, the poles aside (they are named in most texts bearing reads). */
function subjectOf(sentences: readonly Sentence[], poles: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const c of s.countries) if (!poles.includes(c.id)) counts.set(c.id, (counts.get(c.id) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = id;
  return best;
}

/** The latest full date (day, month and year) in the text's opening, as a dateline gives it. */
function dateOf(text: string): string | null {
  const dates = chrono
    .parse(text.slice(0, 3_000))
    .filter((r) => r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year'))
    .map((r) => r.start.date().toISOString().slice(0, 10))
    .sort();
  return dates.length ? dates[dates.length - 1] : null;
}
