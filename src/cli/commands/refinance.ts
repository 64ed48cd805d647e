import { InputError } from '../../errors.js';
import type { LoanTermsInput } from '../../finance/loanTerms.js';
import { type Column, renderRows } from '../../format/rows.js';
import type { RefinancingYear } from '../../measures/loans/refinance.js';
import { loanTerms } from '../../measures/loans/terms.js';
import { inFlag, parsePercent, termsFromSpec } from '../../params/loanTerms.js';
import { refinanceCalculation } from '../../queries/loanCalculator.js';
import type { Command } from '../command.js';
import { money, moneyLabel, unitShort } from '../loanMoney.js';
import { outputFormat } from '../output.js';

const yearColumns: Column<RefinancingYear>[] = [
  { key: 'year' },
  { key: 'from', digits: 2 },
  { key: 'to', digits: 2 },
  { key: 'saving', digits: 2 },
];

export const refinanceCommand: Command = {
  name: 'refinance',
  summary:
    'Refinancing scenario: debt service by year under old and new terms, interest and present-value saving',
  usage: [
    "refinance --from 'amount=1500,rate=9.75,maturity=7,profile=bullet' --to 'rate=2,maturity=20,grace=7' [--discount 5] [--json|--csv]",
  ],
  help: [
    'Terms are key=value pairs: amount, currency, rate, reference (percent path 4/4.5/5), margin,',
    'maturity, grace, profile (equal-principal|annuity|bullet), frequency, fee, commitment-fee,',
    'insurance; rates and fees in percent. --to takes amount and currency from --from unless given.',
    'Present values at --discount percent (default 5). Conventions: docs/methods/loans.md.',
    'Amounts are labelled with the currency (default USD) and --unit (one, thousand, million, billion;',
    'default million): the scale the amount is given in.',
  ].join('\n'),
  options: {
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
    from: { type: 'string' },
    to: { type: 'string' },
    discount: { type: 'string' },
    unit: { type: 'string' },
  },
  async run({ values, positionals, stdout }) {
    if (positionals.length) {
      throw new InputError(`unexpected argument '${positionals[0]}'`, { location: { field: 'from' } });
    }
    const format = outputFormat(values);
    if (values.from === undefined)
      throw new InputError('--from is required (the debt refinanced)', { location: { field: 'from' } });
    if (values.to === undefined)
      throw new InputError('--to is required (the new terms)', { location: { field: 'to' } });
    const fromSpec = termsFromSpec(String(values.from), 'from');
    const toSpec = termsFromSpec(String(values.to), 'to');
    const from = inFlag('from', () => loanTerms(fromSpec as LoanTermsInput));
    const discount = values.discount === undefined ? 0.05 : parsePercent(String(values.discount), 'discount');
    // Errors in the new terms are named after --to (the old ones were checked above).
    const r = inFlag('to', () =>
      refinanceCalculation(from, toSpec as Omit<LoanTermsInput, 'amount'>, discount),
    );
    if (format === 'csv') {
      stdout(renderRows(r.years, yearColumns, 'csv'));
      return 0;
    }
    if (format === 'json') {
      stdout(`${JSON.stringify(r, null, 2)}\n`);
      return 0;
    }
    const d = `${Number((discount * 100).toFixed(4))}%`;
    const m = moneyLabel(from.currency, values.unit);
    const u = unitShort(m);
    const columns = yearColumns.map((c) => (c.key === 'year' ? c : { ...c, header: `${c.key} (${u})` }));
    const lines = [
      `refinancing ${money(from.amount, m, Number.isInteger(from.amount) ? 0 : 2)}: debt service by loan year, old (from) and new (to), in ${u}`,
      '',
      renderRows(r.years, columns, 'table').trimEnd(),
      '',
      `interest saving ${money(r.interestSaving, m)} (interest, fees and premiums: ${money(r.costSaving, m)}), nominal`,
      `present value at ${d}: old ${money(r.presentValueFrom, m)}, new ${money(r.presentValueTo, m)}, saving ${money(r.presentValueSaving, m)}`,
      `grant element at ${d}: old ${r.grantElementFrom.toFixed(1)}%, new ${r.grantElementTo.toFixed(1)}%`,
    ];
    stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
