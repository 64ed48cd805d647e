import { renderRows } from '../../format/rows.js';
import { resolvePoles } from '../../params/poles.js';
import { valuesReading, valuesSeries } from '../../queries/values.js';
import { freedomStatusLabels } from '../../values/valuesRecord.js';
import { countryArg, yearFlag, yearRange } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { outputFormat } from '../output.js';

const fmt = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined ? '—' : x.toFixed(digits);
const est = (e: { value: number; low: number; high: number } | null) =>
  e ? `${fmt(e.value)} (${fmt(e.low)}-${fmt(e.high)})` : 'missing';

export const valuesCommand: Command = {
  name: 'values',
  summary: "How close a country's institutions are to each pole's (V-Dem, Freedom House)",
  usage: [
    'values COUNTRY [--year Y] [--poles USA,CHN] [--json|--csv]',
    'values COUNTRY --series [--from Y] [--to Y] [--poles USA,CHN] [--json|--csv]',
  ],
  help: [
    'V-Dem electoral and liberal democracy (0-1) with their 68% intervals, Freedom House status; the distance to',
    "each pole (a bloc: its members' median) and a position from -1 (first pole) to +1 (second). Weight 0 in the",
    'bearing by default: regime type is context, not alignment. --series: the country and both poles over time.',
    'Methods: docs/methods/values.md.',
  ].join('\n'),
  options: {
    ...formatOptions,
    year: { type: 'string' },
    poles: { type: 'string' },
    series: { type: 'boolean' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
  async run({ values, positionals, store, stdout }) {
    const s = await store();
    const country = countryArg(s, positionals[0], 'COUNTRY');
    const poles = resolvePoles(s.concordance, values.poles as string | undefined);
    const format = outputFormat(values);
    if (values.series) {
      const ids = [country.id, ...poles.filter((p) => p.kind === 'country').map((p) => p.id)];
      const rows = await valuesSeries(s, ids, yearRange(values));
      if (format === 'json') {
        stdout(`${JSON.stringify({ countries: ids, rows }, null, 2)}\n`);
        return 0;
      }
      const columns = [
        { key: 'country' as const },
        { key: 'year' as const },
        { key: 'index' as const },
        { key: 'value' as const, digits: 3 },
        { key: 'low' as const, digits: 3 },
        { key: 'high' as const, digits: 3 },
        { key: 'sourceLine' as const },
      ];
      stdout(renderRows(rows, columns, format));
      return 0;
    }
    const r = await valuesReading(s, country.id, poles, yearFlag(values.year as string | undefined, 'year'));
    if (format === 'json') {
      stdout(`${JSON.stringify(r, null, 2)}\n`);
      return 0;
    }
    const rows = [
      {
        who: country.id,
        electoral: r.polyarchy?.value ?? null,
        electoralLow: r.polyarchy?.low ?? null,
        electoralHigh: r.polyarchy?.high ?? null,
        liberal: r.libdem?.value ?? null,
        liberalLow: r.libdem?.low ?? null,
        liberalHigh: r.libdem?.high ?? null,
        freedomHouse: r.freedomStatus ?? '',
        distance: null as number | null,
      },
      ...r.poles.map((p, i) => ({
        who: p.pole,
        electoral: p.polyarchy?.value ?? null,
        electoralLow: p.polyarchy?.low ?? null,
        electoralHigh: p.polyarchy?.high ?? null,
        liberal: p.libdem?.value ?? null,
        liberalLow: p.libdem?.low ?? null,
        liberalHigh: p.libdem?.high ?? null,
        freedomHouse:
          p.freedomStatus ?? `F ${p.freedomStatuses.F} PF ${p.freedomStatuses.PF} NF ${p.freedomStatuses.NF}`,
        distance: r.distance[i],
      })),
    ];
    if (format === 'csv') {
      const columns = Object.keys(rows[0]).map((key) => ({
        key: key as keyof (typeof rows)[number],
        digits: key === 'who' || key === 'freedomHouse' ? undefined : 3,
      }));
      stdout(
        renderRows(
          rows.map((x) => ({ year: r.year, ...x })),
          [{ key: 'year' as const }, ...columns],
          'csv',
        ),
      );
      return 0;
    }
    const lines = [
      `${country.name} ${r.year}: values position ${fmt(r.position)} between ${r.poles[0].pole} (-1) and ${r.poles[1].pole} (+1); weight 0 in the bearing by default`,
      '',
      `${country.id.padEnd(6)} electoral ${est(r.polyarchy)}   liberal ${est(r.libdem)}   Freedom House ${r.freedomStatus ? freedomStatusLabels[r.freedomStatus] : 'not rated'}`,
    ];
    r.poles.forEach((p, i) => {
      const who = p.members > 1 ? `${p.pole} (median of ${p.members} members, interquartile range)` : p.pole;
      lines.push(
        `${who}: electoral ${est(p.polyarchy)}   liberal ${est(p.libdem)}   ${p.freedomStatus ? `Freedom House ${freedomStatusLabels[p.freedomStatus]}` : `Freedom House: ${p.freedomStatuses.F} Free, ${p.freedomStatuses.PF} Partly Free, ${p.freedomStatuses.NF} Not Free`}   distance ${fmt(r.distance[i], 3)}`,
      );
    });
    lines.push(
      '',
      `coverage: ${r.coverage}`,
      'sources: V-Dem (v2x_polyarchy, v2x_libdem) and Freedom House rows:',
    );
    for (const src of r.sources.slice(0, 6)) lines.push(`  ${src.file}:${src.rows.join(' ')}`);
    stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
