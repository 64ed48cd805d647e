import { InputError } from '../../errors.js';
import type { LoanTermsInput } from '../../finance/loanTerms.js';
import { type Column, renderRows } from '../../format/rows.js';
import type { CashFlowRow } from '../../measures/loans/cashFlows.js';
import { dacGroup, dacGroups } from '../../measures/loans/grantElement.js';
import { parseNumber, parsePath, parsePercent } from '../../params/loanTerms.js';
import { loanCalculation } from '../../queries/loanCalculator.js';
import type { Command } from '../command.js';
import { money, moneyLabel } from '../loanMoney.js';
import { outputFormat } from '../output.js';

const scheduleColumns: Column<CashFlowRow>[] = [
  { key: 'period' },
  { key: 'time', digits: 2 },
  { key: 'disbursed', digits: 2 },
  { key: 'rate', digits: 4 },
  { key: 'interest', digits: 2 },
  { key: 'principal', digits: 2 },
  { key: 'upfrontFee', digits: 2 },
  { key: 'commitmentFee', digits: 2 },
  { key: 'insurancePremium', digits: 2 },
  { key: 'service', digits: 2 },
  { key: 'outstanding', digits: 2 },
];

const round = (x: number, d: number) => Number(x.toFixed(d));

/** Loan terms from the calculator's flags (percent in, fractions out). */
export function termsFromFlags(values: Record<string, unknown>): LoanTermsInput {
  const str = (k: string) => (values[k] === undefined ? undefined : String(values[k]));
  const num = (k: string) => (str(k) === undefined ? undefined : parseNumber(str(k)!, k));
  const per = (k: string) => (str(k) === undefined ? undefined : parsePercent(str(k)!, k));
  if (str('amount') === undefined)
    throw new InputError('--amount is required', { location: { field: 'amount' } });
  if (str('maturity') === undefined)
    throw new InputError('--maturity is required', { location: { field: 'maturity' } });
  return {
    amount: num('amount')!,
    currency: str('currency'),
    rate: per('rate'),
    reference: str('reference') === undefined ? undefined : parsePath(str('reference')!, 'reference'),
    referenceName: str('reference-name'),
    margin: per('margin'),
    maturity: num('maturity')!,
    grace: num('grace'),
    profile: str('profile'),
    frequency: num('frequency'),
    upfrontFee: per('fee'),
    commitmentFee: per('commitment-fee'),
    insurancePremium: per('insurance'),
  };
}

export const loanCommand: Command = {
  name: 'loan',
  summary: 'Loan calculator: schedule, present value, grant element, IMF and OECD DAC concessionality tests',
  usage: [
    'loan --amount 1600 --rate 2 --maturity 20 --grace 7 [--profile equal-principal|annuity|bullet] [--frequency 2] [--fee 0.5] [--commitment-fee 0.25] [--insurance 1] [--discount 5] [--group LMIC] [--schedule] [--json]',
    'loan --amount 1000 --reference 4/4.5/5 --margin 2.5 --maturity 10 [...]',
  ],
  help: [
    'Rates, fees and the discount rate are in percent. --discount sets the rate of presentValue and',
    'grantElement (default 5, the IMF rate); the IMF test always uses 5% and a 35% threshold, the DAC',
    `test the rate and threshold of the borrower group (--group: ${dacGroups.join(', ')}; default LMIC).`,
    'Discounting is annual-effective on exact time. Conventions: docs/methods/loans.md.',
    'Amounts are labelled with --currency (default USD) and --unit (one, thousand, million, billion;',
    'default million): the scale --amount is given in.',
  ].join('\n'),
  options: {
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
    amount: { type: 'string' },
    currency: { type: 'string' },
    rate: { type: 'string' },
    reference: { type: 'string' },
    'reference-name': { type: 'string' },
    margin: { type: 'string' },
    maturity: { type: 'string' },
    grace: { type: 'string' },
    profile: { type: 'string' },
    frequency: { type: 'string' },
    fee: { type: 'string' },
    'commitment-fee': { type: 'string' },
    insurance: { type: 'string' },
    discount: { type: 'string' },
    group: { type: 'string' },
    schedule: { type: 'boolean' },
    unit: { type: 'string' },
  },
  async run({ values, positionals, stdout }) {
    if (positionals.length) {
      throw new InputError(`unexpected argument '${positionals[0]}'`, {
        location: { field: 'amount' },
        hint: 'terms are flags: --amount 1600 --rate 2 ...',
      });
    }
    const format = outputFormat(values);
    const discount = values.discount === undefined ? 0.05 : parsePercent(String(values.discount), 'discount');
    const group = dacGroup(values.group === undefined ? 'LMIC' : String(values.group), 'group');
    const result = loanCalculation(termsFromFlags(values), { discount, group, schedule: true });
    const { terms, imf, dac, totals } = result;
    const rows = result.schedule ?? [];
    if (format === 'csv') {
      stdout(renderRows(rows, scheduleColumns, 'csv'));
      return 0;
    }
    if (format === 'json') {
      stdout(`${JSON.stringify({ ...result, schedule: values.schedule ? rows : undefined }, null, 2)}\n`);
      return 0;
    }
    const m = moneyLabel(terms.currency, values.unit);
    const rate =
      terms.interest.kind === 'fixed'
        ? `${round(terms.interest.rate * 100, 6)}%`
        : `${terms.interest.referenceName ?? 'reference'} ${terms.interest.reference.map((r) => round(r * 100, 4)).join('/')}% + ${round(terms.interest.margin * 100, 4)}%`;
    const verdict = (c: boolean) => (c ? 'concessional' : 'not concessional');
    const lines = [
      `loan of ${money(terms.amount, m, Number.isInteger(terms.amount) ? 0 : 2)} at ${rate}, ${terms.maturity} years, ${terms.grace} grace, ${terms.profile}, ${terms.frequency} payments a year`,
      `  total interest ${money(totals.interest, m)}, fees ${money(totals.fees, m)}, debt service ${money(totals.service, m)}`,
      `  at ${result.discountRate}%: present value ${money(result.presentValue, m)}, grant element ${result.grantElement.toFixed(1)}%`,
      `  IMF test (${imf.discountRate}%, threshold ${imf.threshold}%): grant element ${imf.grantElement.toFixed(1)}% -> ${verdict(imf.concessional)}`,
      `  OECD DAC test (${group}: ${dac.discountRate}%, threshold ${dac.threshold}%): grant element ${dac.grantElement.toFixed(1)}% -> ${verdict(dac.concessional)}`,
    ];
    stdout(`${lines.join('\n')}\n`);
    if (values.schedule) stdout(`\n${renderRows(rows, scheduleColumns, 'table')}`);
    return 0;
  },
};
