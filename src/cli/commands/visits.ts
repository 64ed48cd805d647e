import { InputError } from '../../errors.js';
import { type Column, renderRows } from '../../format/rows.js';
import {
  countVisits,
  lastVisit,
  scopeCountries,
  type VisitCountRow,
  type VisitListRow,
  type VisitQuery,
  visitIntensity,
  visits,
} from '../../queries/visits.js';
import { type VisitType, visitTypes } from '../../visits/visitType.js';
import { listFlag, oneOf } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { outputFormat } from '../output.js';
import { leaderVisitOptions, runLeaderVisits } from './leaderVisits.js';
import { clip, dateRange, placeOptions, placeScope } from './visitFlags.js';

const listColumns: Column<VisitListRow>[] = [
  { key: 'date' },
  { key: 'country' },
  { key: 'visitor' },
  { key: 'type' },
  { key: 'description' },
];
const listDataColumns: Column<VisitListRow>[] = [
  { key: 'date' },
  { key: 'endDate' },
  { key: 'country' },
  { key: 'countryName' },
  { key: 'countryLabel' },
  { key: 'visitor' },
  { key: 'role' },
  { key: 'type' },
  { key: 'description' },
  { key: 'sourceFile' },
  { key: 'sourcePosition' },
  { key: 'sourceLine' },
];

type LastRow = NonNullable<Awaited<ReturnType<typeof lastVisit>>>;
const lastColumns: Column<LastRow>[] = [
  { key: 'date' },
  { key: 'country' },
  { key: 'countryName' },
  { key: 'visitor' },
  { key: 'type' },
  { key: 'before' },
  { key: 'gapDays' },
  { key: 'gapYears', digits: 1 },
  { key: 'description' },
  { key: 'sourceFile' },
  { key: 'sourceLine' },
];

const typeColumns: Column<VisitCountRow>[] = [
  { key: 'total' },
  { key: 'state' },
  { key: 'official' },
  { key: 'officialWorking' },
  { key: 'working' },
  { key: 'private' },
  { key: 'summit' },
  { key: 'other' },
];

export const visitsCommand: Command = {
  name: 'visits',
  summary:
    'Visits to the US by foreign leaders (Office of the Historian), with their type; --pole USA|CHN: both poles’ leaders’ trips and visitors',
  usage: [
    'visits [COUNTRY] [--country KEN,GHA] [--region R|--continent Africa] [--type state,official] [--role President,King] [--from Y|DATE] [--to Y|DATE] [--json|--csv]',
    'visits --type state --continent Africa --before 2024-05-23 --last [--json]',
    'visits [--country KEN] --count-by year|country [...]',
    'visits [--country KEN] --intensity [--from Y] [--to Y]',
    'visits --pole CHN|USA [--direction out|in] [--level head|foreign-minister|other|all] --country KEN [--last] [--before DATE]',
  ],
  help: [
    `--type: ${visitTypes.join(', ')} (read from the description; docs/methods/visits.md).`,
    "--role: the visitor's title as read from the record (President, King, Prime Minister, ...).",
    '--region: World Bank region, UN region or UN sub-region; --continent: Africa, Americas, Asia, Europe, Oceania.',
    '--before DATE: only visits starting before DATE; with --last, the latest of them and the gap to DATE',
    '(gapYears in years of 365.25 days). --count-by year: per country-year counts by type, for charts.',
    '--intensity: the US-side relationship intensity per country-year (visits in plus trips out, weighted by level).',
    '--pole: the two-way record of leader visits (US: Historian; CHN: China Vitae 2003-2018, classified).',
    '--direction out (default): the pole’s leaders abroad; in: visitors it received. --level: of the traveller',
    '(default head: presidents, premiers, prime ministers, monarchs). Recorded days of one visit are one stay.',
    'With --last: the latest stay, the one before it, and the gap between them ("the first since").',
  ].join('\n'),
  options: {
    ...formatOptions,
    ...placeOptions,
    type: { type: 'string' },
    role: { type: 'string' },
    intensity: { type: 'boolean' },
    ...leaderVisitOptions,
  },
  async run({ values, positionals, store, stdout, stderr }) {
    const format = outputFormat(values);
    if (values.pole !== undefined)
      return runLeaderVisits(values, positionals, await store(), format, stdout, stderr);
    for (const f of ['direction', 'level'] as const) {
      if (values[f] !== undefined)
        throw new InputError(`--${f} needs --pole USA or --pole CHN`, { location: { field: f } });
    }
    const types = listFlag(values.type as string | undefined).map((t) => {
      const v = t.toLowerCase().replace(/ /g, '-');
      if (!visitTypes.includes(v as VisitType)) {
        throw new InputError(`unknown visit type '${t}'`, {
          location: { field: 'type' },
          hint: `one of ${visitTypes.join(', ')}`,
        });
      }
      return v as VisitType;
    });
    const countBy =
      values['count-by'] === undefined
        ? undefined
        : oneOf(values['count-by'], ['year', 'country'] as const, 'count-by', 'year');
    const { from, to, before } = dateRange(values);
    if (values.last && countBy)
      throw new InputError('choose one of --last and --count-by', { location: { field: 'last' } });
    if (values.intensity && (values.last || countBy || types.length)) {
      throw new InputError('--intensity takes no --last, --count-by or --type', {
        location: { field: 'intensity' },
      });
    }
    const s = await store();
    const scope = placeScope(s, values, positionals);
    const roles = listFlag(values.role as string | undefined);
    const q: VisitQuery = {
      ...scope,
      types: types.length ? types : undefined,
      visitorRoles: roles.length ? roles : undefined,
      from,
      to,
    };

    if (values.intensity) {
      if (before)
        throw new InputError('--intensity takes years: use --from/--to', { location: { field: 'before' } });
      const ids = scopeCountries(s, scope);
      const fromYear = from ? Number(from.slice(0, 4)) : undefined;
      const toYear = to ? Number(to.slice(0, 4)) : undefined;
      const rows =
        ids?.length === 1
          ? await visitIntensity(s, { country: ids[0], from: fromYear, to: toYear })
          : (await visitIntensity(s, { from: fromYear, to: toYear })).filter(
              (r) => !ids || ids.includes(r.country),
            );
      stdout(
        renderRows(
          rows,
          [
            { key: 'country' },
            { key: 'year' },
            { key: 'visitsIn' },
            { key: 'travelsOut' },
            { key: 'intensity', digits: 1 },
          ],
          format,
        ),
      );
      return 0;
    }
    if (values.last) {
      const last = await lastVisit(s, q, before);
      if (!last) stderr(`no matching visit${before ? ` before ${before}` : ''}\n`);
      stdout(renderRows(clip(last ? [last] : [], 'description', format), lastColumns, format));
      return 0;
    }
    if (countBy) {
      const rows = await countVisits(s, { ...q, before }, countBy);
      const cols: Column<VisitCountRow>[] =
        countBy === 'year'
          ? [{ key: 'country' }, { key: 'year' }, ...typeColumns]
          : [{ key: 'country' }, { key: 'countryName' }, ...typeColumns, { key: 'first' }, { key: 'last' }];
      stdout(renderRows(rows, cols, format));
      return 0;
    }
    const rows = await visits(s, { ...q, before });
    if (rows.length === 0) stderr('no matching visit\n');
    stdout(
      renderRows(
        clip(rows, 'description', format),
        format === 'table' ? listColumns : listDataColumns,
        format,
      ),
    );
    return 0;
  },
};
