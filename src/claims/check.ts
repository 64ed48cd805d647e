import { InputError } from '../errors.js';
import type { Store } from '../store/open.js';
import type { ClaimBase } from './claim.js';
import { Fields } from './fields.js';
import { claimTypes } from './types.js';
import type { Verdict } from './verdict.js';

/** At most this many claims in one file or request. */
export const maxClaims = 50;

/**
 * Reads claims from parsed JSON: one claim object, an array of them, or `{ "claims": [...] }`.
 * Every field is validated; an error names the claim and the field (`claims[2].country`).
 */
export function readClaims(json: unknown, file?: string): (ClaimBase & Record<string, unknown>)[] {
  return claimList(json, file).map((item, i) => readClaim(item, i, file));
}

type Claim = ClaimBase & Record<string, unknown>;

/** The claims of a file or body; only the whole's shape (empty, too many) is checked here. */
function claimList(json: unknown, file?: string): unknown[] {
  const list: unknown[] = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null && Array.isArray((json as { claims?: unknown }).claims)
      ? (json as { claims: unknown[] }).claims
      : [json];
  if (list.length === 0) throw new InputError('no claims', { location: { file, field: 'claims' } });
  if (list.length > maxClaims)
    throw new InputError(`at most ${maxClaims} claims at once, got ${list.length}`, {
      location: { file, field: 'claims' },
    });
  return list;
}

function readClaim(item: unknown, i: number, file?: string): Claim {
  const f = Fields.of(item, `claims[${i}]`, file);
  const type = f.oneOf(
    'type',
    claimTypes.map((t) => t.type),
  );
  const kind = claimTypes.find((t) => t.type === type)!;
  const base: ClaimBase = {
    type,
    id: f.optionalString('id') ?? `claim-${i + 1}`,
    statement: f.optionalString('statement') ?? null,
  };
  return kind.read(f, base);
}

/** The JSON path of a claim's field: `claims[0].year` (a reader's error already carries the prefix). */
function claimPath(i: number, field: string | undefined): string {
  if (field?.startsWith('claims')) return field;
  return `claims[${i}]${field ? `.${field}` : ''}`;
}

/**
 * A claim that could not be read or checked: "not checkable", with the reason and where in the file
 * (`evidence.figures.path`), so that one bad claim never stops the others.
 */
export function uncheckable(item: unknown, i: number, error: InputError): Verdict {
  const o = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
  const path = claimPath(i, error.location.field);
  const reason = error.message + (error.hint ? ` (${error.hint})` : '');
  return {
    id: typeof o.id === 'string' ? o.id : `claim-${i + 1}`,
    type: typeof o.type === 'string' ? o.type : 'unknown',
    statement: typeof o.statement === 'string' ? o.statement : null,
    verdict: 'not checkable',
    summary: `Not checkable: ${reason}, at ${path}.`,
    evidence: {
      figures: { reason, path },
      comparedWith: 'nothing: the claim could not be checked',
      coverage: 'not reached: see the reason',
      sources: [],
    },
  };
}

/**
 * Reads and checks every claim of a file: a claim that cannot be read or checked (a malformed field, a
 * year outside the data) becomes "not checkable" with the reason and its path; the others are checked.
 * Only a file that is not a list of claims at all (empty, too many) is an error.
 */
export async function checkClaimFile(store: Store, json: unknown, file?: string): Promise<Verdict[]> {
  const list = claimList(json, file);
  const out: Verdict[] = [];
  for (const [i, item] of list.entries()) {
    try {
      out.push(...(await checkClaims(store, [readClaim(item, i, file)])));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      out.push(uncheckable(item, i, error));
    }
  }
  return out;
}

/**
 * Checks each (already read) claim; one the data cannot answer (a year outside the data's reach) becomes
 * "not checkable" with the reason and its path instead of stopping the rest.
 */
export async function checkEach(store: Store, claims: readonly Claim[]): Promise<Verdict[]> {
  const out: Verdict[] = [];
  for (const [i, claim] of claims.entries()) {
    try {
      out.push(...(await checkClaims(store, [claim])));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      out.push(uncheckable(claim, i, error));
    }
  }
  return out;
}

/** Checks each claim against the store, in order; the first that cannot be checked throws. */
export async function checkClaims(
  store: Store,
  claims: readonly (ClaimBase & Record<string, unknown>)[],
): Promise<Verdict[]> {
  const out: Verdict[] = [];
  for (const claim of claims) {
    const kind = claimTypes.find((t) => t.type === claim.type);
    if (!kind) throw new InputError(`unknown claim type '${claim.type}'`, { location: { field: 'type' } });
    out.push(await kind.check(store, claim));
  }
  return out;
}
