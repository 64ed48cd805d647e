import { resolvePoles } from '../../params/poles.js';
import { saturationLimit, validateBearing } from '../../queries/bearing.js';
import { yearRange } from '../args.js';
import type { Command } from '../command.js';

const fmt = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits);

export const validateCommand: Command = {
  name: 'validate',
  summary:
    'Checks the composite bearing against what is known: alliances, ideal points, stability, saturation',
  usage: ['validate [--from Y] [--to Y] [--json]'],
  help: [
    'For the US and China as poles, year by year: US treaty allies (NATO, Japan, South Korea, Australia,',
    'New Zealand) should lean toward the US more than the rest, and SCO members toward China more than the',
    'rest (median composite, with the members on the wrong side of the rest named); the composite against',
    'the ideal-point distance to each pole (Pearson r); the composite against the year before (r); and each',
    `dimension's distribution, flagged when more than ${100 * saturationLimit}% of states sit at |position| >= 0.95.`,
    'Methods and the latest results: docs/validation.md.',
  ].join('\n'),
  options: { json: { type: 'boolean' }, from: { type: 'string' }, to: { type: 'string' } },
  async run({ values, store, stdout }) {
    const s = await store();
    const v = await validateBearing(s, resolvePoles(s.concordance, undefined), yearRange(values));
    if (values.json) {
      stdout(`${JSON.stringify(v, null, 2)}\n`);
      return 0;
    }
    const dims = [...new Set(v.years.flatMap((y) => Object.keys(y.dimensions)))];
    const lines = [
      `bearing validate: poles ${v.poles[0]} (-1) and ${v.poles[1]} (+1), default weights, states with a stance`,
      `groups ordered (allies < rest < SCO) in ${v.summary.yearsOrdered} of ${v.summary.yearsWithGroups} years; not in ${v.summary.yearsNotOrdered.join(', ') || 'none'}`,
      `median r with ideal-point distance ${fmt(v.summary.medianIdealPointCorrelation)}; median year-to-year r ${fmt(v.summary.medianStability)}`,
      `saturated dimension-years (> ${100 * saturationLimit}% at |position| >= 0.95): ${v.summary.saturated.map((x) => `${x.dimension} ${x.year} ${(100 * x.share).toFixed(0)}%`).join(', ') || 'none'}`,
      '',
      [
        'year',
        'states',
        'allies',
        'rest',
        'SCO',
        'ordered',
        'allies West',
        'SCO East',
        'r(ideal)',
        'r(prev)',
        ...dims.map((d) => `${d} sat`),
        'exceptions',
      ].join('\t'),
    ];
    for (const y of v.years) {
      const m = y.groups.medians;
      lines.push(
        [
          y.year,
          y.states,
          ...m.map((g) => (g.n ? `${fmt(g.median)} (${g.n})` : '—')),
          y.groups.ordered ? 'yes' : 'no',
          `${y.leaning[0].toFirst}/${y.leaning[0].n}`,
          `${y.leaning[2].toSecond}/${y.leaning[2].n}`,
          fmt(y.idealPointCorrelation),
          fmt(y.stability),
          ...dims.map((d) => (y.dimensions[d] ? `${(100 * y.dimensions[d].saturated).toFixed(0)}%` : '—')),
          y.groups.exceptions.map((e) => `${e.id} ${fmt(e.position)}`).join(' '),
        ].join('\t'),
      );
    }
    stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
