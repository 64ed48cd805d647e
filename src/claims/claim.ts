import type { Store } from '../store/open.js';
import type { Fields } from './fields.js';
import type { Verdict } from './verdict.js';

/** What every claim shares: its type, an id, and the statement as quoted. */
export interface ClaimBase {
  type: string;
  id: string;
  statement: string | null;
}

/**
 * A claim type: how to read it from JSON (validating every field) and how to check it. New types
 * are added in their own file under checkers/ and listed in claims/types.ts; nothing else changes.
 */
export interface ClaimType<C extends ClaimBase> {
  type: C['type'];
  /** The fields a claim of this type takes, besides type, id and statement; for docs and errors. */
  fields: readonly string[];
  read(fields: Fields, base: ClaimBase): C;
  check(store: Store, claim: C): Promise<Verdict>;
}
