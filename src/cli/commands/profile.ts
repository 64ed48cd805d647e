import { renderRows } from '../../format/rows.js';
import { dimensions } from '../../measures/bearing/dimensions.js';
import { resolvePoles } from '../../params/poles.js';
import { bearingProfile, parseWeights, profileSeriesRows } from '../../queries/bearing.js';
import { countryArg, yearFlag } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { outputFormat } from '../output.js';

const fmt = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined ? '—' : x.toFixed(digits);

export const profileCommand: Command = {
  name: 'profile',
  summary: 'Which way a country faces between two poles: votes, trade, finance, visits and the composite',
  usage: [
    'profile COUNTRY [--year Y] [--poles USA,CHN] [--weights votes=1,trade=1,finance=1,visits=0] [--series] [--json|--csv]',
  ],
  help: [
    'Positions run from -1 (first pole) to +1 (second pole); balance ("facing forward") from 0 to 1.',
    'A missing dimension is reported as missing and left out of the composite, never counted as 0.',
    'Poles: any two countries or blocs (EU, G7, BRICS, NATO, SCO, WARSAW). Methods: docs/methods/bearing.md.',
  ].join('\n'),
  options: {
    ...formatOptions,
    year: { type: 'string' },
    poles: { type: 'string' },
    weights: { type: 'string' },
    series: { type: 'boolean' },
  },
  async run({ values, positionals, store, stdout }) {
    const s = await store();
    const country = countryArg(s, positionals[0], 'COUNTRY');
    const poles = resolvePoles(s.concordance, values.poles as string | undefined);
    const weights = parseWeights(values.weights as string | undefined);
    const year = yearFlag(values.year as string | undefined, 'year');
    const p = await bearingProfile(s, country.id, { year, poles, weights });
    const format = outputFormat(values);
    if (format === 'json') {
      stdout(`${JSON.stringify(p, null, 2)}\n`);
      return 0;
    }
    const seriesRows = profileSeriesRows(p);
    const columns = [
      { key: 'year' as const },
      { key: 'position' as const, digits: 2 },
      { key: 'balance' as const, digits: 2 },
      { key: 'spread' as const, digits: 2 },
      { key: 'stance' as const },
      { key: 'votes' as const, digits: 2 },
      { key: 'trade' as const, digits: 2 },
      { key: 'finance' as const, digits: 2 },
      { key: 'visits' as const, digits: 2 },
    ];
    if (format === 'csv') {
      stdout(renderRows(seriesRows, columns, 'csv'));
      return 0;
    }
    const lines = [
      p.headline,
      '',
      `poles: ${p.poles[0]} (-1) to ${p.poles[1]} (+1)   position ${fmt(p.position)}   balance ${fmt(p.balance)}   spread ${fmt(p.spread)}${p.hedging ? `   hedging: ${p.hedging.first.join(', ')} toward ${p.poles[0]}, ${p.hedging.second.join(', ')} toward ${p.poles[1]}` : ''}`,
      '',
    ];
    for (const d of dimensions) {
      const x = p.dimensions[d] as Record<string, unknown> | null;
      const w = p.weights[d];
      if (!x) {
        lines.push(`${d.padEnd(8)} missing (no data for ${p.country} in ${p.year})`);
        continue;
      }
      const figures =
        d === 'votes'
          ? `agreement ${fmt(x.agreementFirst as number)} with ${p.poles[0]}, ${fmt(x.agreementSecond as number)} with ${p.poles[1]}; world median difference ${fmt(x.worldMedian as number)}`
          : d === 'trade'
            ? `${p.poles[0]} ${fmt(100 * (x.firstShare as number), 1)}%, ${p.poles[1]} ${fmt(100 * (x.secondShare as number), 1)}% of US$${fmt((x.total as number) / 1000, 1)}bn trade`
            : d === 'finance'
              ? `owed to ${p.poles[0]} US$${fmt((x.owedFirst as number) / 1e9, 2)}bn, to ${p.poles[1]} US$${fmt((x.owedSecond as number) / 1e9, 2)}bn of US$${fmt((x.total as number) / 1e9, 1)}bn`
              : `US-side visits and trips, 5 years: ${x.visitsIn5y} in, ${x.travelsOut5y} out; percentile ${fmt(x.percentile as number)}`;
      lines.push(`${d.padEnd(8)} ${fmt(x.position as number).padStart(5)}  weight ${fmt(w)}  ${figures}`);
      lines.push(`${''.padEnd(8)} source: ${x.source}`);
    }
    lines.push('', 'sensitivity (each weight x0.5 and x1.5):');
    for (const r of p.sensitivity)
      lines.push(
        `  ${r.dimension.padEnd(8)} x${r.factor}: position ${fmt(r.position)}, balance ${fmt(r.balance)}, ${r.stance}`,
      );
    if (values.series) lines.push('', renderRows(seriesRows, columns, 'table'));
    stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
