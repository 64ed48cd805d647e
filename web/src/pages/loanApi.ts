// The loan terms calculator behind /api/v1/loan: terms in, cash-flow schedule and grant element out.
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

export interface ScheduleRow {
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

export function termsQuery(f: LoanForm): Record<string, string | number> {
  return {
    amount: f.amount,
    rate: f.rate / 100,
    maturity: f.maturity,
    grace: f.grace,
    frequency: f.frequency,
    profile: f.profile,
    ...(f.upfrontFee ? { upfrontFee: f.upfrontFee / 100 } : {}),
    discountRate: f.discount / 100,
  };
}

const n = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0) || 0);

/** Reads the server's answer into the page's shape. */
export function readLoanAnswer(a: Record<string, unknown>, discount: number): LoanResult {
  const rows = (a.schedule ?? a.cashFlows ?? a.flows ?? []) as Record<string, unknown>[];
  return {
    grantElement: n(a.grantElement),
    discountRate: a.discountRate !== undefined ? n(a.discountRate) : discount / 100,
    presentValue: a.presentValue === undefined ? undefined : n(a.presentValue),
    schedule: rows.map((r) => ({
      time: n(r.time),
      disbursement: n(r.disbursement),
      principal: n(r.principal),
      interest: n(r.interest),
      fees: n(r.fees ?? r.fee),
      debtService: n(r.debtService ?? r.service ?? n(r.principal) + n(r.interest) + n(r.fees ?? r.fee)),
      balance: n(r.balance ?? r.outstanding),
    })),
    raw: a,
  };
}

export async function computeLoan(caps: Set<string>, f: LoanForm): Promise<LoanResult> {
  const path = endpointPath(caps, 'loan') ?? '/loan';
  const a = await getJson<Record<string, unknown>>(path, termsQuery(f));
  return readLoanAnswer(a, f.discount);
}
