import { type Column, renderRows } from '../../format/rows.js';
import { parseYearBasis, yearBasisNote } from '../../params/yearBasis.js';
import { parsePoles } from '../../poles/pole.js';
import { type SponsorshipRow, sponsorshipSeries } from '../../queries/sponsorship.js';
import { countryArg, yearRange } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { outputFormat } from '../output.js';

const columns: Column<SponsorshipRow>[] = [
  { key: 'year' },
  { key: 'country' },
  { key: 'pole' },
  { key: 'sponsored' },
  { key: 'coSponsored' },
  { key: 'share', digits: 3 },
  { key: 'worldMedian', digits: 3 },
  { key: 'relative', digits: 3 },
  { key: 'resolutions' },
  { key: 'yearBasis' },
];

export const sponsorshipCommand: Command = {
  name: 'sponsorship',
  summary:
    'Resolutions a state sponsored and the share co-sponsored with each pole, against the world median',
  usage: [
    'sponsorship COUNTRY [--with USA,CHN] [--from Y] [--to Y] [--year-basis calendar|session] [--json|--csv]',
  ],
  help: [
    'sponsored: adopted General Assembly resolutions the state sponsored (original or additional sponsor);',
    'share: of those, the share a member of the pole also sponsored; worldMedian: the same share for the median',
    'other sponsoring state outside the pole; relative = share - worldMedian. DGACM records, sessions 74-80',
    '(2019-2026). Methods: docs/methods/sponsorship.md.',
  ].join('\n'),
  options: {
    ...formatOptions,
    with: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'year-basis': { type: 'string' },
  },
  async run({ values, positionals, store, stdout, stderr }) {
    const yearBasis = parseYearBasis(values['year-basis'], '--year-basis');
    const range = yearRange(values);
    const s = await store();
    const country = countryArg(s, positionals[0], 'COUNTRY');
    const poles = parsePoles(String(values.with ?? 'USA,CHN'), s.concordance, { field: '--with' });
    const rows = await sponsorshipSeries(s, country.id, poles, { ...range, yearBasis });
    if (rows.length > 0 && rows.every((r) => r.sponsored === 0)) {
      stderr(`${country.id} sponsored no adopted resolution in these years\n`);
    }
    if (outputFormat(values) === 'table')
      stderr(`${yearBasisNote(yearBasis)}; source: ${rows[0]?.source ?? 'DGACM'}\n`);
    stdout(renderRows(rows, columns, outputFormat(values)));
    return 0;
  },
};
