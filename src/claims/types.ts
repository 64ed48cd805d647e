import { amount } from './checkers/amount.js';
import { concessional } from './checkers/concessional.js';
import { firstSince } from './checkers/firstSince.js';
import { largestArmsSupplier } from './checkers/largestArmsSupplier.js';
import { largestPartner } from './checkers/largestPartner.js';
import { sharesValues } from './checkers/sharesValues.js';
import { stance } from './checkers/stance.js';
import type { ClaimBase, ClaimType } from './claim.js';

/** Every claim type bearing can check. Add a type in its own file under checkers/ and list it here. */
export const claimTypes: readonly ClaimType<ClaimBase & Record<string, unknown>>[] = [
  largestPartner,
  firstSince,
  amount,
  stance,
  concessional,
  largestArmsSupplier,
  sharesValues,
] as unknown as readonly ClaimType<ClaimBase & Record<string, unknown>>[];
