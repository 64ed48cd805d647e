/**
 * The security vocabulary shared by the parsers, the store, the measures and the faces (a domain module:
 * every layer may import it).
 */

/**
 * What a SIPRI supplier or recipient is. SIPRI marks non-state parties in the name itself: one star for an
 * armed non-state actor, two for an international organisation, and "unknown supplier(s)/recipient(s)".
 */
export type PartyKind = 'state' | 'armed group' | 'organisation' | 'unknown';

/** ATOP obligation types, in the order of their bits (bit i = `atopObligations[i]`). */
export const atopObligations = ['defense', 'offense', 'neutral', 'nonagg', 'consul'] as const;
