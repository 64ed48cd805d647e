import { type Column, renderRows } from '../../format/rows.js';
import { parsePoles } from '../../poles/pole.js';
import { type AidProfile, type AidYearRow, aidProfile } from '../../queries/aid.js';
import { countryArg, oneCountry, yearRange } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { usd } from '../money.js';
import { outputFormat, printTable } from '../output.js';

const yearColumns: Column<AidYearRow>[] = [
  { key: 'year' },
  { key: 'usObligationsUsd' },
  { key: 'usObligationsConstantUsd' },
  { key: 'usDisbursementsUsd' },
  { key: 'usDisbursementsConstantUsd' },
  { key: 'chinaOdaLikeUsd2021' },
  { key: 'chinaOofUsd2021' },
  { key: 'chinaVagueUsd2021' },
  { key: 'usObligationsLine' },
  { key: 'usDisbursementsLine' },
  { key: 'chinaLine' },
];

function profileTable(p: AidProfile): string {
  const windows = new Map(p.windows.map((w) => [w.year, w]));
  const table = printTable(p.rows, [
    ['year', (r) => r.year],
    ['US oblig. (FY)', (r) => usd(r.usObligationsUsd)],
    ['US disb. (FY)', (r) => usd(r.usDisbursementsUsd)],
    ['CN ODA-like (2021$)', (r) => usd(r.chinaOdaLikeUsd2021)],
    ['CN OOF (2021$)', (r) => usd(r.chinaOofUsd2021)],
    ['CN vague (2021$)', (r) => usd(r.chinaVagueUsd2021)],
    [
      '3-yr tilt',
      (r) => {
        const w = windows.get(r.year);
        return w?.position == null ? '—' : `${w.position >= 0 ? '+' : ''}${w.position.toFixed(2)}`;
      },
    ],
  ]);
  const [a, b] = p.poles;
  return [
    `${p.countryName} (${p.country}), ${p.from}-${p.to}: aid and development finance from the United States and China`,
    p.tiltNote
      ? `  no tilt: ${p.tiltNote}`
      : `  3-yr tilt = (${b} - ${a}) / (${b} + ${a}) of US obligations (constant US$) and Chinese ODA-like commitments (constant 2021 US$) over the three years ending that year: -1 all ${a}, +1 all ${b}`,
    `  US: current US$ by US fiscal year, ${p.coverage.usRecipient ? 'recipient covered' : 'recipient not in the US register (missing)'}; China: commitments by calendar year, ${p.coverage.chinaRecipient ? `covered ${p.coverage.china.from}-${p.coverage.china.to}` : 'recipient not in AidData (missing)'}`,
    '',
    table.trimEnd(),
    '',
    'Not comparable as they stand:',
    ...p.comparability.map((c) => `- ${c}`),
    `sources: ${p.sources.us}; ${p.sources.china}`,
    '',
  ].join('\n');
}

export const aidCommand: Command = {
  name: 'aid',
  summary:
    'Aid received from the US (obligations, disbursements) beside Chinese development finance (commitments)',
  usage: ['aid COUNTRY [--from Y] [--to Y] [--poles USA,CHN] [--json|--csv]'],
  help: [
    'US foreign assistance (ForeignAssistance.gov: obligations FY1946-2024, disbursements FY2001-2024, US fiscal',
    'years, current and constant US$) beside Chinese development finance (AidData GCDF 3.0: commitments',
    '2000-2021, ODA-like / other official flows / vague, constant 2021 US$). Never added together; what is not',
    'comparable is listed with every answer. Default years 2000 to 2024. Methods: docs/methods/aid.md.',
  ].join('\n'),
  options: { ...formatOptions, from: { type: 'string' }, to: { type: 'string' }, poles: { type: 'string' } },
  async run({ values, positionals, store, stdout }) {
    const format = outputFormat(values);
    const s = await store();
    const country = countryArg(s, oneCountry(positionals), 'COUNTRY');
    const poles = parsePoles(values.poles === undefined ? 'USA,CHN' : String(values.poles), s.concordance);
    const p = await aidProfile(s, country.id, { ...yearRange(values), poles });
    if (format === 'json') stdout(`${JSON.stringify(p, null, 2)}\n`);
    else if (format === 'csv') stdout(renderRows(p.rows, yearColumns, 'csv'));
    else stdout(profileTable(p));
    return 0;
  },
};
