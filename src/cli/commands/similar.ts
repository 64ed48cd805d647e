import { InputError } from '../../errors.js';
import { renderRows } from '../../format/rows.js';
import {
  type AgreementRow,
  agreementMeasures,
  similarStates,
  voteFilterLimits,
} from '../../queries/agreement.js';
import { countryArg, integerFlag, oneOf, yearFlag } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { outputFormat } from '../output.js';
import { voteFilterFrom } from './agreement.js';

export const similarCommand: Command = {
  name: 'similar',
  summary: 'The states voting most and least like a country in one year',
  usage: [
    'similar COUNTRY --year Y [--year-basis calendar|session] [--measure agreement|s|kappa|pi] [--top 10] [--issue ...] [--json|--csv]',
  ],
  options: {
    ...formatOptions,
    year: { type: 'string' },
    measure: { type: 'string' },
    top: { type: 'string' },
    issue: { type: 'string' },
    important: { type: 'boolean' },
    'whole-only': { type: 'boolean' },
    'year-basis': { type: 'string' },
  },
  async run({ values, positionals, store, stdout, stderr }) {
    const year = yearFlag(values.year as string | undefined, 'year');
    if (year === undefined) throw new InputError('--year is required', { location: { field: 'year' } });
    const measure = oneOf(values.measure, agreementMeasures, 'measure', 'agreement');
    const top = integerFlag(values.top as string | undefined, 'top', { min: 1, max: 300 }) ?? 10;
    const s = await store();
    const country = countryArg(s, positionals[0], 'COUNTRY');
    const rows = await similarStates(
      s,
      country.id,
      year,
      measure,
      voteFilterFrom({ ...values, from: undefined, to: undefined }),
    );
    const limits = await voteFilterLimits(s, { ...voteFilterFrom(values), from: year, to: year });
    if (limits) stderr(`note: ${limits}\n`);
    const most = rows.slice(0, top).map((r, i) => ({ ...r, rank: i + 1, side: 'most' as const }));
    const least = rows
      .slice(Math.max(top, rows.length - top))
      .reverse()
      .map((r, i) => ({ ...r, rank: i + 1, side: 'least' as const }));
    type Row = AgreementRow & { rank: number; side: 'most' | 'least' };
    const out: Row[] = [...most, ...least];
    stdout(
      renderRows(
        out,
        [
          { key: 'side' },
          { key: 'rank' },
          { key: 'partner' },
          { key: 'votes' },
          { key: 'agreement', digits: 3 },
          { key: 's', digits: 3 },
          { key: 'kappa', digits: 3 },
          { key: 'pi', digits: 3 },
          { key: 'year' },
          { key: 'country' },
          { key: 'yearBasis' },
        ],
        outputFormat(values),
      ),
    );
    return 0;
  },
};
