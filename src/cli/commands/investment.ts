import { type Column, renderRows } from '../../format/rows.js';
import { parsePoles } from '../../poles/pole.js';
import {
  type InvestmentProfile,
  type InvestmentSeriesRow,
  investmentProfile,
} from '../../queries/investment.js';
import { countryArg, oneCountry, yearFlag } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { pct, usd } from '../money.js';
import { outputFormat, printTable } from '../output.js';

const mn = (x: number | null) => usd(x === null ? null : x * 1e6);

const seriesColumns: Column<InvestmentSeriesRow>[] = [
  { key: 'year' },
  { key: 'investor' },
  { key: 'reportedUsdMn' },
  { key: 'derivedUsdMn' },
];

function profileTable(p: InvestmentProfile): string {
  const table = printTable(p.investors, [
    ['investor', (i) => `${i.investor} (${i.investorName})`],
    ['reported', (i) => mn(i.reportedUsdMn)],
    ['share', (i) => pct(i.reportedShare)],
    ['derived (IMF, counterpart data)', (i) => mn(i.derivedUsdMn)],
    ['source lines', (i) => [i.reportedLine, i.derivedLine].filter((l) => l !== null).join(', ') || '—'],
  ]);
  const [a, b] = p.poles;
  const tilt = p.tilt
    ? `tilt ${a}-${b}: ${p.tilt.position === null ? '— (neither holds a positive position)' : `${p.tilt.position >= 0 ? '+' : ''}${p.tilt.position.toFixed(3)}`} on reported positions (${a} ${mn(p.tilt.firstUsdMn)}, ${b} ${mn(p.tilt.secondUsdMn)}; -1 all ${a}, +1 all ${b})${p.tilt.clipped ? '; a negative position counted as no stake' : ''}`
    : `no tilt: ${p.tiltNote}`;
  return [
    `${p.countryName} (${p.country}), end of ${p.year}: outward direct investment positions held in it (IMF DIP, US$, net)`,
    `  ${tilt}`,
    '',
    table.trimEnd(),
    '',
    `source: ${p.source.publisher}, ${p.source.file} (lines as listed)`,
    ...p.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

export const investmentCommand: Command = {
  name: 'investment',
  summary:
    'Who holds direct investment in a country: US, Chinese, German, Japanese, Singaporean positions, tilt',
  usage: ['investment COUNTRY [--year Y] [--poles USA,CHN] [--json|--csv]'],
  help: [
    'IMF Direct Investment Positions (DIP), 2014-2024: the outward direct investment positions of the US,',
    'China, Germany, Japan and Singapore in the country, US$ millions at year end, net. "Reported" is what',
    'the investor economy declares; "derived" is the IMF\'s figure from the country\'s own inward data: shown',
    'side by side, never mixed. The tilt uses reported positions and needs both poles to report.',
    '--csv lists the series (every year and investor). Methods: docs/methods/investment.md.',
  ].join('\n'),
  options: { ...formatOptions, year: { type: 'string' }, poles: { type: 'string' } },
  async run({ values, positionals, store, stdout }) {
    const format = outputFormat(values);
    const s = await store();
    const country = countryArg(s, oneCountry(positionals), 'COUNTRY');
    const poles = parsePoles(values.poles === undefined ? 'USA,CHN' : String(values.poles), s.concordance);
    const p = await investmentProfile(s, country.id, { year: yearFlag(values.year, 'year'), poles });
    if (format === 'json') stdout(`${JSON.stringify(p, null, 2)}\n`);
    else if (format === 'csv') stdout(renderRows(p.series, seriesColumns, 'csv'));
    else stdout(profileTable(p));
    return 0;
  },
};
