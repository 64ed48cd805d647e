import type { Concordance } from '../../countries/concordance.js';
import { InputError, type InputLocation } from '../../errors.js';

import type { PartyKind } from '../../security/vocabulary.js';

/**
 * SIPRI parties: states resolve to concordance ids; armed groups ("Hezbollah (Lebanon)*"), organisations
 * ("African Union**") and unknowns keep SIPRI's name and are never resolved to the state in brackets.
 */

export type SipriParty = { kind: 'state'; id: string } | { kind: Exclude<PartyKind, 'state'>; id: string };

/** Names without SIPRI's markers that are nevertheless not states, or that the concordance cannot read. */
const special: Record<string, SipriParty> = {
  // Secessionist entities of the 1960s, unmarked in 360info's table.
  Katanga: { kind: 'armed group', id: 'Katanga' },
  Biafra: { kind: 'armed group', id: 'Biafra' },
  Micronesia: { kind: 'state', id: 'FSM' },
};

/** Classifies one SIPRI name; a name that is none of these and no country throws, naming where it was. */
export function classifySipriParty(
  name: string,
  concordance: Concordance,
  location: InputLocation,
): SipriParty {
  const hit = special[name];
  if (hit) return hit;
  if (name.endsWith('**')) return { kind: 'organisation', id: name };
  if (name.endsWith('*')) return { kind: 'armed group', id: name };
  if (/^unknown\b/i.test(name)) return { kind: 'unknown', id: name };
  const country = concordance.tryResolve(name);
  if (!country) {
    throw new InputError(`unknown SIPRI party '${name}'`, {
      location,
      kind: 'invalid',
      suggestions: concordance.suggest(name),
      hint: 'add it to src/sources/sipri/parties.ts if it is a state or a non-state party SIPRI leaves unmarked',
    });
  }
  return { kind: 'state', id: country.id };
}
