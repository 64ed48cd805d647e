import { renderRows } from '../../format/rows.js';
import { resolvePoles } from '../../params/poles.js';
import {
  bearingProfile,
  parseWeights,
  profileSeriesColumns,
  profileSeriesRows,
  providers,
} from '../../queries/bearing.js';
import { countryArg, integerFlag, yearFlag } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { outputFormat } from '../output.js';

const fmt = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined ? '—' : x.toFixed(digits);

const textColumns = new Set(['country', 'first', 'second', 'stance', 'coverage', 'carried', 'year']);

export const profileCommand: Command = {
  name: 'profile',
  summary: 'Which way a country faces between two poles: every dimension and the composite',
  usage: [
    'profile COUNTRY [--year Y] [--poles USA,CHN] [--weights votes=1,trade=1,...] [--carry-forward N] [--series] [--json|--csv]',
  ],
  help: [
    'Positions run from -1 (first pole) to +1 (second pole); balance ("facing forward") from 0 to 1.',
    'A missing dimension is reported as missing and left out of the composite, never counted as 0.',
    'A stance needs at least two dimensions with data; with fewer the output says "partial: <dimension> only".',
    '--carry-forward N fills a dimension whose data end before the year from up to N years before, and says so.',
    'CSV: the series, one row per year (only the year asked with --year), with the poles and every dimension.',
    'Poles: any two countries or blocs (EU, G7, BRICS, NATO, SCO, WARSAW). Methods: docs/methods/bearing.md.',
  ].join('\n'),
  options: {
    ...formatOptions,
    year: { type: 'string' },
    poles: { type: 'string' },
    weights: { type: 'string' },
    'carry-forward': { type: 'string' },
    series: { type: 'boolean' },
  },
  async run({ values, positionals, store, stdout }) {
    const s = await store();
    const country = countryArg(s, positionals[0], 'COUNTRY');
    const poles = resolvePoles(s.concordance, values.poles as string | undefined);
    const weights = parseWeights(values.weights as string | undefined);
    const year = yearFlag(values.year as string | undefined, 'year');
    const carryForward = integerFlag(values['carry-forward'] as string | undefined, 'carry-forward', {
      min: 0,
      max: 20,
    });
    const p = await bearingProfile(s, country.id, { year, poles, weights, carryForward });
    const format = outputFormat(values);
    if (format === 'json') {
      stdout(`${JSON.stringify(p, null, 2)}\n`);
      return 0;
    }
    const columns = profileSeriesColumns().map((key) => ({
      key,
      digits: textColumns.has(key) ? undefined : 2,
    }));
    if (format === 'csv') {
      stdout(renderRows(profileSeriesRows(p, year), columns, 'csv'));
      return 0;
    }
    const lines = [
      p.headline,
      '',
      `poles: ${p.poles[0]} (-1) to ${p.poles[1]} (+1)   position ${fmt(p.position)}   balance ${fmt(p.balance)}   spread ${fmt(p.spread)}${p.coverage.label ? `   ${p.coverage.label}` : ''}${p.hedging ? `   hedging: ${p.hedging.first.join(', ')} toward ${p.poles[0]}, ${p.hedging.second.join(', ')} toward ${p.poles[1]}` : ''}`,
      '',
    ];
    for (const { id } of providers) {
      const x = p.dimensions[id];
      if (!x) {
        lines.push(`${id.padEnd(8)} missing (no data for ${p.country} in ${p.year})`);
        continue;
      }
      const figures =
        x.words ??
        Object.entries(x)
          .filter(([k]) => !['position', 'engagement', 'dataYear', 'carried', 'source', 'words'].includes(k))
          .map(([k, v]) => `${k}=${typeof v === 'number' ? fmt(v, 3) : v}`)
          .join(' ');
      const when = x.carried
        ? `  (carried forward from ${x.dataYear})`
        : x.dataYear !== p.year
          ? `  (data ${x.dataYear})`
          : '';
      lines.push(
        `${id.padEnd(8)} ${fmt(x.position).padStart(5)}  weight ${fmt(p.weights[id])}  ${figures}${when}`,
      );
      lines.push(`${''.padEnd(8)} source: ${x.source}`);
    }
    lines.push('', 'sensitivity (each weight x0.5 and x1.5):');
    for (const r of p.sensitivity)
      lines.push(
        `  ${r.dimension.padEnd(8)} x${r.factor}: position ${fmt(r.position)}, balance ${fmt(r.balance)}, ${r.stance ?? 'no stance'}`,
      );
    if (values.series) lines.push('', renderRows(profileSeriesRows(p), columns, 'table'));
    stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
