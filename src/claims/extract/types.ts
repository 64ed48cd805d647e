import type { Concordance } from '../../countries/concordance.js';
import type { Store } from '../../store/open.js';
import type { ClaimBase } from '../claim.js';
import type { Verdict } from '../verdict.js';

/** A stretch of the text, by character offsets into the text as given (UTF-16, end exclusive). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A country named in a sentence: by name, demonym ("Kenyan") or capital ("Nairobi" for its government). */
export interface CountryMention extends Span {
  id: string;
  as: 'name' | 'demonym' | 'capital';
}

/** A continent named through its demonym ("an African head of state"). */
export interface ContinentMention extends Span {
  continent: string;
}

/** A sentence with what the rule-based readers found in it. */
export interface Sentence extends Span {
  index: number;
  countries: CountryMention[];
  continents: ContinentMention[];
}

/** What the whole text gives every extractor: its main country and date, when they can be told. */
export interface TextContext {
  concordance: Concordance;
  /** The country the text is mostly about (most mentioned besides the poles), or null. */
  subject: string | null;
  /** The date the text speaks from (given, or the latest full date in it), yyyy-mm-dd, or null. */
  date: string | null;
  /** The two poles (default USA, CHN). */
  poles: readonly [string, string];
}

/** A claim drafted from one sentence: the claim JSON, plus what was assumed rather than read. */
export interface Draft {
  type: string;
  claim: ClaimBase & Record<string, unknown>;
  /** Fields not stated in the text, and where their values came from. */
  assumptions: string[];
  /** The words that made the extractor fire (highlighted in the dashboard). */
  cue: Span;
}

/** A sentence that looks checkable but did not become a claim, with why. */
export interface Miss {
  type: string;
  reason: string;
  cue: Span;
  /** Parameters read anyway (for a claim type bearing does not have yet, the claim it would be). */
  partial?: Record<string, unknown>;
}

export type Found = { draft: Draft } | { miss: Miss };

/**
 * One extractor per claim type (extractors/<type>.ts, listed in extractors/index.ts). `cue` is a
 * cheap test run on every sentence; `extract` runs only where it matches. `resolve` may fill
 * fields from the data (a visit's date from the visits record); it never changes what was read.
 */
export interface Extractor {
  /** The claim type it drafts (a type in claims/types.ts; if absent, drafts become misses). */
  type: string;
  cue: RegExp;
  extract(sentence: Sentence, text: string, ctx: TextContext): Found[];
  resolve?(draft: Draft, store: Store, sentence: Sentence): Promise<Draft | Miss>;
}

/** One checkable statement: where it is, the claim it became, and its verdict. */
export interface Statement {
  id: string;
  type: string;
  sentence: Span & { index: number };
  /** Other sentences that state the same claim. */
  alsoIn: (Span & { index: number })[];
  cue: Span;
  claim: ClaimBase & Record<string, unknown>;
  assumptions: string[];
  verdict: Verdict;
}

export interface Unchecked {
  type: string;
  sentence: Span & { index: number };
  cue: Span;
  reason: string;
  partial?: Record<string, unknown>;
}

export interface TextReport {
  /** Characters read (after tags were stripped), sentences split. */
  characters: number;
  sentences: number;
  subject: string | null;
  date: string | null;
  /** Notes on the input: tags stripped, text not English, ... */
  notes: string[];
  statements: Statement[];
  unchecked: Unchecked[];
  /** "no checkable statements found" when both lists are empty, else null. */
  message: string | null;
}
