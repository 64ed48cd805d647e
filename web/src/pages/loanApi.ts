// The loan terms calculator behind /api/v1/loan: terms in, cash-flow schedule and grant element out.
import type { LoanCalculation } from '../../../src/api/types';
import { endpointPath, getJson } from '../api';

export interface LoanForm {
  amount: number;
  rate: number; // percent
  maturity: number;
  grace: number;
  frequency: number;
  profile: 'equal-principal' | 'annuity' | 'bullet';
  upfrontFee: number; // percent
  discount: number; // percent
}

interface ScheduleRow {
  time: number;
  disbursement: number;
  principal: number;
  interest: number;
  fees: number;
  debtService: number;
  balance: number;
}

export interface LoanResult {
  grantElement: number;
  discountRate: number;
  presentValue?: number;
  imfConcessional?: boolean;
  dac?: {
    group: string;
    grantElement: number;
    concessional: boolean;
    threshold: number;
    discountRate: number;
  };
  schedule: ScheduleRow[];
  raw: unknown;
}

export const knownCase: LoanForm = {
  amount: 1600,
  rate: 2,
  maturity: 20,
  grace: 7,
  frequency: 2,
  profile: 'equal-principal',
  upfrontFee: 0,
  discount: 5,
};

export const commercialCase: LoanForm = {
  amount: 1600,
  rate: 6,
  maturity: 10,
  grace: 2,
  frequency: 2,
  profile: 'annuity',
  upfrontFee: 1,
  discount: 5,
};

/** The calculator's query: rates, fees and the discount rate in percent, as the API takes them. */
function termsQuery(f: LoanForm): Record<string, string | number | boolean> {
  return {
    amount: f.amount,
    rate: f.rate,
    maturity: f.maturity,
    grace: f.grace,
    frequency: f.frequency,
    profile: f.profile,
    ...(f.upfrontFee ? { upfrontFee: f.upfrontFee } : {}),
    discount: f.discount,
    schedule: true,
  };
}

const n = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0) || 0);

/** Reads the server's answer (percent figures, CashFlowRow schedule) into the page's shape (fractions). */
function readLoanAnswer(a: LoanCalculation): LoanResult {
  return {
    grantElement: n(a.grantElement) / 100,
    discountRate: n(a.discountRate) / 100,
    presentValue: a.presentValue,
    imfConcessional: a.imf?.concessional,
    dac: a.dac
      ? {
          group: a.dac.group,
          grantElement: n(a.dac.grantElement) / 100,
          concessional: a.dac.concessional,
          threshold: n(a.dac.threshold) / 100,
          discountRate: n(a.dac.discountRate) / 100,
        }
      : undefined,
    schedule: (a.schedule ?? []).map((r) => ({
      time: n(r.time),
      disbursement: n(r.disbursed),
      principal: n(r.principal),
      interest: n(r.interest),
      fees: n(r.upfrontFee) + n(r.commitmentFee) + n(r.insurancePremium),
      debtService: n(r.service),
      balance: n(r.outstanding),
    })),
    raw: a,
  };
}

export async function computeLoan(caps: Set<string>, f: LoanForm): Promise<LoanResult> {
  const path = endpointPath(caps, 'loan') ?? '/loan';
  return readLoanAnswer(await getJson<LoanCalculation>(path, termsQuery(f)));
}
