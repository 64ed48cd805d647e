import { InputError } from '../../errors.js';
import { type Column, renderRows } from '../../format/rows.js';
import type { VoteFilter } from '../../params/votes.js';
import { parseYearBasis, yearBasisNote } from '../../params/yearBasis.js';
import type { AgreementRow } from '../../queries/agreement.js';
import { agreementSeries, allAgreement, dyadRow, voteFilterLimits } from '../../queries/agreement.js';
import { exportRows } from '../../store/export.js';
import { countryArg, issuesFlag, listFlag, yearRange } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { outputFormat } from '../output.js';

export const voteFilterOptions = {
  from: { type: 'string' },
  to: { type: 'string' },
  issue: { type: 'string' },
  important: { type: 'boolean' },
  'whole-only': { type: 'boolean' },
  'year-basis': { type: 'string' },
} as const;

export function voteFilterFrom(values: Record<string, unknown>): VoteFilter {
  return {
    ...yearRange(values),
    issues: issuesFlag(values.issue as string | undefined),
    important: Boolean(values.important),
    wholeOnly: Boolean(values['whole-only']),
    yearBasis: parseYearBasis(values['year-basis'], '--year-basis'),
  };
}

const columns: Column<AgreementRow>[] = [
  { key: 'year' },
  { key: 'country' },
  { key: 'partner' },
  { key: 'votes' },
  { key: 'agreement', digits: 3 },
  { key: 's', digits: 3 },
  { key: 'kappa', digits: 3 },
  { key: 'pi', digits: 3 },
  { key: 'yearBasis' },
];
const extraColumns: Column<AgreementRow>[] = [
  { key: 'identical', digits: 3 },
  { key: 'coincidence', digits: 3 },
  { key: 'stateDept', digits: 3 },
];

export const agreementCommand: Command = {
  name: 'agreement',
  summary: 'How closely two states vote in the UN General Assembly, year by year',
  usage: [
    'agreement COUNTRY PARTNER [--from Y] [--to Y] [--year-basis calendar|session] [--issue me,nu,di,hr,co,ec] [--important] [--whole-only] [--json|--csv]',
    'agreement COUNTRY --with USA,CHN,RUS [...]',
    'agreement --all [--from Y] [--to Y] --out FILE.csv|FILE.parquet',
  ],
  help: [
    'agreement: abstention counts as half-agreement (Voeten), in [0,1]; s: Signorino-Ritter S (p=1), in [-1,1];',
    'kappa, pi: chance-corrected (Häge 2011). --conventions adds identical (abstention as a third category)',
    "and coincidence (yes/no votes only) and stateDept (the State Department's published convention: abstentions",
    'and absences half, over all recorded votes). Methods: docs/methods.md.',
  ].join('\n'),
  options: {
    ...formatOptions,
    ...voteFilterOptions,
    with: { type: 'string' },
    all: { type: 'boolean' },
    out: { type: 'string' },
    conventions: { type: 'boolean' },
  },
  async run({ values, positionals, store, stdout, stderr }) {
    const filter = voteFilterFrom(values);
    const s = await store();
    if (values.all) {
      if (!values.out)
        throw new InputError('--all needs --out FILE.csv or FILE.parquet', { location: { field: 'out' } });
      const { matrix, dyads } = await allAgreement(s, filter);
      const rows = (function* () {
        for (let i = 0; i < dyads.length; i++) {
          const r = dyadRow(matrix, dyads, i, filter.yearBasis);
          yield [
            r.year,
            r.country,
            r.partner,
            r.votes,
            r.agreement,
            r.identical,
            r.s,
            r.kappa,
            r.pi,
            r.coincidence,
          ];
        }
      })();
      const n = await exportRows(s, allAgreementTable, rows, String(values.out));
      stderr(`wrote ${n} dyad-years to ${values.out} (${yearBasisNote(filter.yearBasis ?? 'calendar')})\n`);
      return 0;
    }
    const country = countryArg(s, positionals[0], 'COUNTRY');
    const partnerQueries = [...positionals.slice(1), ...listFlag(values.with as string | undefined)];
    if (partnerQueries.length === 0) {
      throw new InputError('name a partner: agreement KEN USA, or --with USA,CHN', {
        location: { field: 'PARTNER' },
      });
    }
    const partners = partnerQueries.map((p) => countryArg(s, p, 'PARTNER').id);
    const rows = await agreementSeries(s, country.id, partners, filter);
    const limits = await voteFilterLimits(s, filter);
    if (limits) stderr(`note: ${limits}\n`);
    if (rows.length === 0)
      stderr(`no common votes for ${country.id} and ${partners.join(', ')} in the years asked\n`);
    stdout(
      renderRows(rows, values.conventions ? [...columns, ...extraColumns] : columns, outputFormat(values)),
    );
    return 0;
  },
};

const allAgreementTable = {
  name: 'agreement_all',
  description: 'Every dyad-year',
  columns: [
    { name: 'year', type: 'SMALLINT' },
    { name: 'country', type: 'VARCHAR' },
    { name: 'partner', type: 'VARCHAR' },
    { name: 'votes', type: 'INTEGER' },
    { name: 'agreement', type: 'DOUBLE', nullable: true },
    { name: 'identical', type: 'DOUBLE', nullable: true },
    { name: 's', type: 'DOUBLE', nullable: true },
    { name: 'kappa', type: 'DOUBLE', nullable: true },
    { name: 'pi', type: 'DOUBLE', nullable: true },
    { name: 'coincidence', type: 'DOUBLE', nullable: true },
  ],
} as const;
