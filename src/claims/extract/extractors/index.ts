import type { Extractor } from '../types.js';
import { amount } from './amount.js';
import { armsSupplier } from './armsSupplier.js';
import { concessional } from './concessional.js';
import { creditorShare } from './creditorShare.js';
import { firstSince } from './firstSince.js';
import { largestPartner } from './largestPartner.js';
import { sharesValues } from './sharesValues.js';
import { stance } from './stance.js';
import { votes } from './votes.js';

/**
 * Every extractor, one per claim type. Add one in its own file and list it here; a draft whose
 * claim type is not in claims/types.ts is reported as "not checkable yet" with the claim it would be.
 */
export const extractors: readonly Extractor[] = [
  largestPartner,
  firstSince,
  amount,
  stance,
  concessional,
  votes,
  armsSupplier,
  creditorShare,
  sharesValues,
];
