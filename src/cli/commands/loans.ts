import { InputError } from '../../errors.js';
import { type LoanSource, loanSources, loanSourceTitles } from '../../finance/loanRecord.js';
import { type Column, renderRows } from '../../format/rows.js';
import { findLoans } from '../../queries/loans.js';
import type { LoanRow } from '../../store/loans.js';
import { countryArg, listFlag, yearRange } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { usd } from '../money.js';
import { outputFormat, printTable } from '../output.js';

const columns: Column<LoanRow>[] = [
  { key: 'source' },
  { key: 'ref' },
  { key: 'year' },
  { key: 'lender' },
  { key: 'lenderCategory' },
  { key: 'lenderCountry' },
  { key: 'borrowerCountry' },
  { key: 'borrowerGroup' },
  { key: 'borrower' },
  { key: 'project' },
  { key: 'sector' },
  { key: 'currency' },
  { key: 'amount' },
  { key: 'fxYear' },
  { key: 'fxRate' },
  { key: 'amountUsd' },
  { key: 'amountBasis' },
  { key: 'repeatOf' },
  { key: 'outstandingUsd' },
  { key: 'sourceFile' },
  { key: 'sourceLine' },
];

function conversion(l: LoanRow): string {
  if (l.repeatOf) return `repeats ${l.repeatOf}`;
  if (l.currency === 'USD') return 'USD';
  return `${l.currency} ${l.amount?.toLocaleString('en-US', { maximumFractionDigits: 0 })} at ${l.fxRate} (${l.fxYear})`;
}

export const loansCommand: Command = {
  name: 'loans',
  summary: 'Loan records: the Kenya debt register and Chinese lending databases, amounts in US$',
  usage: [
    'loans --country KEN [--lender-country CHN] [--sector Transportation] [--search TEXT] [--source kenya-register,cla,bu] [--from Y] [--to Y] [--json|--csv]',
  ],
  help: [
    'Sources: kenya-register (Kenya Treasury external debt register FY2022/23), cla (Chinese Loans to',
    'Africa 2000-2020), bu (BU overseas development finance projects 2008-2019). CLA and BU list the',
    'same Chinese loans, so totals are shown per source and never added across sources.',
    'Register amounts are converted to US$ at the annual average rate of the agreement year (fx_rates);',
    'tranche rows that repeat a facility amount count once. --search matches project and lender words',
    "(case, spacing and 'SGR' = 'standard gauge railway' ignored). Data notes: docs/data/finance.md.",
  ].join('\n'),
  options: {
    ...formatOptions,
    country: { type: 'string' },
    'lender-country': { type: 'string' },
    sector: { type: 'string' },
    search: { type: 'string' },
    source: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
  async run({ values, positionals, store, stdout }) {
    const format = outputFormat(values);
    if (positionals.length > 0) {
      throw new InputError(`unexpected argument '${positionals[0]}'`, {
        location: { field: 'country' },
        hint: 'name the borrower with --country KEN',
      });
    }
    const s = await store();
    const sources = listFlag(values.source as string | undefined);
    for (const src of sources) {
      if (!loanSources.includes(src as LoanSource)) {
        throw new InputError(`unknown loan source '${src}'`, {
          location: { field: 'source' },
          hint: `one of ${loanSources.join(', ')}`,
        });
      }
    }
    const { loans, totals } = await findLoans(s, {
      country: values.country === undefined ? undefined : countryArg(s, String(values.country), 'country').id,
      lenderCountry:
        values['lender-country'] === undefined
          ? undefined
          : countryArg(s, String(values['lender-country']), 'lender-country').id,
      sectors: values.sector === undefined ? undefined : [String(values.sector)],
      search: values.search === undefined ? undefined : String(values.search),
      sources: sources as LoanSource[],
      ...yearRange(values),
    });
    if (format === 'json') {
      const picked = loans.map((l) => Object.fromEntries(columns.map((c) => [c.key, l[c.key]])));
      stdout(`${JSON.stringify({ loans: picked, totals }, null, 2)}\n`);
      return 0;
    }
    if (format === 'csv') {
      stdout(renderRows(loans, columns, 'csv'));
      return 0;
    }
    const table = loans.length
      ? printTable(loans, [
          ['source', (l) => l.source],
          ['year', (l) => l.year],
          ['lender', (l) => l.lender],
          ['from', (l) => l.lenderCountry],
          ['to', (l) => l.borrowerCountry ?? l.borrowerGroup],
          ['project', (l) => (l.project.length > 70 ? `${l.project.slice(0, 69)}…` : l.project)],
          ['sector', (l) => l.sector],
          ['amount US$', (l) => usd(l.amountUsd)],
          ['conversion', conversion],
        ])
      : 'no loans match\n';
    const foot = totals.map(
      (t) =>
        `total ${usd(t.amountUsd)} over ${t.counted} loan${t.counted === 1 ? '' : 's'}${t.loans > t.counted ? ` (${t.loans - t.counted} tranche rows repeat a counted amount)` : ''}: ${loanSourceTitles[t.source]}`,
    );
    if (totals.length > 1) foot.push('(sources overlap: totals are per source, not to be added)');
    stdout(`${table}${foot.length ? `\n${foot.join('\n')}\n` : ''}`);
    return 0;
  },
};
