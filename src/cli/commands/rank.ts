import { InputError } from '../../errors.js';
import { renderRows } from '../../format/rows.js';
import { resolvePoles } from '../../params/poles.js';
import { bearingRank, flatRankRow, parseWeights, rankColumns } from '../../queries/bearing.js';
import { integerFlag, oneOf, yearFlag } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { outputFormat } from '../output.js';

const textColumns = new Set(['rank', 'country', 'name', 'year', 'stance', 'coverage', 'pole', 'carried']);

export const rankCommand: Command = {
  name: 'rank',
  summary: 'Every country ordered by its bearing between two poles, or by its balance',
  usage: [
    'rank --year Y [--poles USA,CHN] [--by position|balance] [--weights ...] [--carry-forward N] [--top N] [--continent C|--region R] [--include-poles] [--include-partial] [--json|--csv]',
  ],
  help: [
    'Ranks the states outside the poles that have at least two dimensions with data (a stance needs two).',
    '--include-poles / --include-partial list the poles\u2019 members / states with fewer dimensions after the',
    'ranked ones, unranked. --top 0 (the default) lists all. --continent Africa, --region "Sub-Saharan Africa".',
  ].join('\n'),
  options: {
    ...formatOptions,
    year: { type: 'string' },
    poles: { type: 'string' },
    weights: { type: 'string' },
    by: { type: 'string' },
    top: { type: 'string' },
    'carry-forward': { type: 'string' },
    continent: { type: 'string' },
    region: { type: 'string' },
    'include-poles': { type: 'boolean' },
    'include-partial': { type: 'boolean' },
  },
  async run({ values, store, stdout }) {
    const year = yearFlag(values.year as string | undefined, 'year');
    if (year === undefined) throw new InputError('--year is required', { location: { field: 'year' } });
    const by = oneOf(values.by, ['position', 'balance'] as const, 'by', 'position');
    const top = integerFlag(values.top as string | undefined, 'top', { min: 0, max: 400 }) ?? 0;
    const s = await store();
    const rows = await bearingRank(s, {
      year,
      poles: resolvePoles(s.concordance, values.poles as string | undefined),
      weights: parseWeights(values.weights as string | undefined),
      carryForward: integerFlag(values['carry-forward'] as string | undefined, 'carry-forward', {
        min: 0,
        max: 20,
      }),
      by,
      continent: values.continent as string | undefined,
      region: values.region as string | undefined,
      includePoles: Boolean(values['include-poles']),
      includePartial: Boolean(values['include-partial']),
    });
    stdout(
      renderRows(
        (top > 0 ? rows.slice(0, top) : rows).map(flatRankRow),
        rankColumns().map((key) => ({ key, digits: textColumns.has(key) ? undefined : 2 })),
        outputFormat(values),
      ),
    );
    return 0;
  },
};
