import { InputError } from '../../errors.js';
import type { CashFlows } from './cashFlows.js';

/**
 * Present values and grant elements (docs/methods/loans.md). Discounting is annual-effective on
 * exact time: a payment `t` years after signing is worth (1 + d)^-t at signing, as the OECD DAC
 * formula (periodic rate (1 + d)^(1/frequency) - 1) and the IMF calculator have it.
 */

/** The IMF/World Bank unified discount rate for concessionality (since October 2013) and the IMF minimum grant element. */
export const imfTerms = { discountRate: 0.05, threshold: 0.35 } as const;

/**
 * OECD DAC "concessional in character" (ODA modernisation, 2014; applied from 2018): discount
 * rate and minimum grant element by the borrower's group. LDCs and other LICs share 9% and 45%;
 * loans to multilateral institutions use 5% for global institutions and development banks, 6% for
 * the others (sub-regional organisations included).
 */
export const dacTerms = {
  LDC: { discountRate: 0.09, threshold: 0.45 },
  LIC: { discountRate: 0.09, threshold: 0.45 },
  LMIC: { discountRate: 0.07, threshold: 0.15 },
  UMIC: { discountRate: 0.06, threshold: 0.1 },
  multilateral: { discountRate: 0.05, threshold: 0.1 },
  'multilateral-other': { discountRate: 0.06, threshold: 0.1 },
} as const;
export type DacGroup = keyof typeof dacTerms;
export const dacGroups = Object.keys(dacTerms) as DacGroup[];

export interface ConcessionalityTest {
  test: 'IMF' | 'DAC';
  /** The DAC borrower group the rate and threshold come from. */
  group?: DacGroup;
  discountRate: number;
  threshold: number;
  /** Fraction (0.286 is 28.6%). */
  grantElement: number;
  /** Grant element at least the threshold. */
  concessional: boolean;
}

/** Grant elements within this of a threshold meet it (floating-point noise on loans built to the line). */
const thresholdTolerance = 1e-9;

/** Value at signing of 1 paid `time` years later. */
export function discountFactor(time: number, discountRate: number): number {
  return (1 + discountRate) ** -time;
}

/** Present value at signing of everything the borrower pays: interest, principal, fees and premium. */
export function presentValue(flows: CashFlows, discountRate: number): number {
  checkDiscountRate(discountRate);
  let pv = 0;
  for (const row of flows.rows) pv += row.service * discountFactor(row.time, discountRate);
  return pv;
}

/** Present value at signing of the drawings; the face value when all is drawn at signing. */
export function disbursedValue(flows: CashFlows, discountRate: number): number {
  checkDiscountRate(discountRate);
  let pv = 0;
  for (const d of flows.terms.disbursements) pv += d.amount * discountFactor(d.time, discountRate);
  return pv;
}

/**
 * Grant element as a fraction: 1 - PV(debt service) / PV(drawings). With one drawing at signing
 * this is the IMF and DAC definition (face value less the present value of debt service, over face
 * value); with a drawing schedule, both sides are valued at signing.
 */
export function grantElement(flows: CashFlows, discountRate: number): number {
  return 1 - presentValue(flows, discountRate) / disbursedValue(flows, discountRate);
}

/** The IMF debt-limits test: grant element of at least 35% at the unified 5% discount rate. */
export function imfTest(flows: CashFlows): ConcessionalityTest {
  return verdict('IMF', undefined, imfTerms, flows);
}

/** The OECD DAC test for loans to a borrower in `group`. */
export function dacTest(flows: CashFlows, group: DacGroup): ConcessionalityTest {
  return verdict('DAC', group, dacTerms[group], flows);
}

/** A DAC borrower group as written (case ignored); anything else throws an InputError naming the field. */
export function dacGroup(value: string, field = 'group'): DacGroup {
  const wanted = value.trim().toLowerCase();
  const hit = dacGroups.find((g) => g.toLowerCase() === wanted);
  if (hit) return hit;
  throw new InputError(`unknown DAC borrower group '${value}'`, {
    location: { field },
    hint: `one of ${dacGroups.join(', ')}`,
  });
}

function verdict(
  test: 'IMF' | 'DAC',
  group: DacGroup | undefined,
  terms: { discountRate: number; threshold: number },
  flows: CashFlows,
): ConcessionalityTest {
  const ge = grantElement(flows, terms.discountRate);
  return {
    test,
    ...(group ? { group } : {}),
    discountRate: terms.discountRate,
    threshold: terms.threshold,
    grantElement: ge,
    concessional: ge >= terms.threshold - thresholdTolerance,
  };
}

function checkDiscountRate(rate: number): void {
  if (!Number.isFinite(rate) || rate <= -1) {
    throw new InputError(`discount rate must be a finite rate above -100%, got ${rate}`, {
      location: { field: 'discount' },
    });
  }
}
