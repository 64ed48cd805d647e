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
  return list.map((item, i) => {
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
  });
}

/** Checks each claim against the store, in order. */
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
