import { InputError } from '../../errors.js';
import { renderRows } from '../../format/rows.js';
import { resolvePoles } from '../../params/poles.js';
import { bearingRank, parseWeights } from '../../queries/bearing.js';
import { integerFlag, oneOf, yearFlag } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { outputFormat } from '../output.js';

export const rankCommand: Command = {
  name: 'rank',
  summary: 'Every country ordered by its bearing between two poles, or by its balance',
  usage: ['rank --year Y [--poles USA,CHN] [--by position|balance] [--weights ...] [--top N] [--json|--csv]'],
  options: {
    ...formatOptions,
    year: { type: 'string' },
    poles: { type: 'string' },
    weights: { type: 'string' },
    by: { type: 'string' },
    top: { type: 'string' },
  },
  async run({ values, store, stdout }) {
    const year = yearFlag(values.year as string | undefined, 'year');
    if (year === undefined) throw new InputError('--year is required', { location: { field: 'year' } });
    const by = oneOf(values.by, ['position', 'balance'] as const, 'by', 'position');
    const top = integerFlag(values.top as string | undefined, 'top', { min: 1, max: 400 });
    const s = await store();
    const rows = await bearingRank(s, {
      year,
      poles: resolvePoles(s.concordance, values.poles as string | undefined),
      weights: parseWeights(values.weights as string | undefined),
      by,
    });
    stdout(
      renderRows(
        top ? rows.slice(0, top) : rows,
        [
          { key: 'rank' },
          { key: 'country' },
          { key: 'name' },
          { key: 'position', digits: 2 },
          { key: 'balance', digits: 2 },
          { key: 'spread', digits: 2 },
          { key: 'stance' },
          { key: 'votes', digits: 2 },
          { key: 'trade', digits: 2 },
          { key: 'finance', digits: 2 },
          { key: 'visits', digits: 2 },
          { key: 'year' },
        ],
        outputFormat(values),
      ),
    );
    return 0;
  },
};
