import { InputError } from '../../errors.js';
import type { Store } from '../../store/open.js';
import { checkClaims, maxClaims, readClaims } from '../check.js';
import { claimTypes } from '../types.js';
import { type ExtractOptions, extractClaims } from './extract.js';
import type { Draft, Miss, Sentence, Span, Statement, TextReport, Unchecked } from './types.js';

const where = (s: Sentence): Span & { index: number } => ({
  start: s.start,
  end: s.end,
  text: s.text,
  index: s.index,
});

/**
 * Finds the checkable statements in a text and checks each: extraction, then each draft resolved
 * against the data, validated as claim JSON (the same reader as `check FILE.json`), and checked.
 * The same claim read in several sentences is checked once and points to all of them.
 */
export async function checkText(
  store: Store,
  raw: string,
  options: ExtractOptions = {},
): Promise<TextReport> {
  const ex = extractClaims(raw, store.concordance, options);
  const statements: Statement[] = [];
  const unchecked: Unchecked[] = ex.misses.map(({ miss, sentence }) => uncheckedOf(miss, sentence));
  const byKey = new Map<string, Statement>();
  const known = new Set(claimTypes.map((t) => t.type));
  const resolvedBy = new Map<string, Draft | Miss>();
  for (const { draft: first, sentence, extractor } of ex.drafts) {
    if (!known.has(first.type)) {
      unchecked.push(
        uncheckedOf(
          {
            type: first.type,
            cue: first.cue,
            reason: `not checkable yet: the claim type '${first.type}' is not in this build`,
            partial: first.claim,
          },
          sentence,
        ),
      );
      continue;
    }
    // A draft read again in another sentence is resolved once (resolving may query the data).
    const { id: _i, statement: _t, ...drafted } = first.claim;
    const draftKey = JSON.stringify(drafted);
    let resolved = resolvedBy.get(draftKey);
    if (!resolved) {
      if (statements.length >= maxClaims) {
        unchecked.push(
          uncheckedOf(
            {
              type: first.type,
              cue: first.cue,
              reason: `at most ${maxClaims} statements are checked in one text`,
            },
            sentence,
          ),
        );
        continue;
      }
      resolved = extractor.resolve ? await extractor.resolve(first, store, sentence) : first;
      resolvedBy.set(draftKey, resolved);
    } else if ('claim' in resolved) {
      resolved = { ...resolved, cue: first.cue, claim: { ...resolved.claim, statement: sentence.text } };
    }
    if (!('claim' in resolved)) {
      unchecked.push(uncheckedOf(resolved, sentence));
      continue;
    }
    const { id: _id, statement: _s, ...fields } = resolved.claim;
    const key = JSON.stringify(fields);
    const seen = byKey.get(key);
    if (seen) {
      seen.alsoIn.push(where(sentence));
      continue;
    }
    const id = `${resolved.type}-${statements.filter((s) => s.type === resolved.type).length + 1}`;
    try {
      const [claim] = readClaims({ ...resolved.claim, id }, `sentence ${sentence.index + 1}`);
      const [verdict] = await checkClaims(store, [claim]);
      const statement: Statement = {
        id,
        type: resolved.type,
        sentence: where(sentence),
        alsoIn: [],
        cue: resolved.cue,
        claim: { ...resolved.claim, id },
        assumptions: resolved.assumptions,
        verdict,
      };
      statements.push(statement);
      byKey.set(key, statement);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const field = e.location.field
        ? ` (${e.location.field.replace(/^claims\[0\]\.?/, '') || 'claim'})`
        : '';
      unchecked.push(
        uncheckedOf(
          { type: resolved.type, cue: resolved.cue, reason: `${e.message}${field}`, partial: resolved.claim },
          sentence,
        ),
      );
    }
  }
  unchecked.sort((a, b) => a.sentence.start - b.sentence.start);
  const empty = statements.length === 0 && unchecked.length === 0;
  return {
    characters: ex.text.length,
    sentences: ex.sentences.length,
    subject: ex.context.subject,
    date: ex.context.date,
    notes: ex.notes,
    statements,
    unchecked,
    message: empty
      ? ex.text.length === 0
        ? 'no text: nothing to check'
        : 'no checkable statements found'
      : null,
  };
}

function uncheckedOf(miss: Miss, sentence: Sentence): Unchecked {
  return {
    type: miss.type,
    sentence: where(sentence),
    cue: miss.cue,
    reason: miss.reason,
    ...(miss.partial ? { partial: miss.partial } : {}),
  };
}
