import { InputError } from '../../errors.js';
import { type Column, renderRows } from '../../format/rows.js';
import {
  countTravels,
  lastTrip,
  type TravelQuery,
  type TripCountRow,
  type TripListRow,
  travels,
} from '../../queries/visits.js';
import { type TravelRole, travelRoles } from '../../visits/records.js';
import { listFlag, oneOf } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { outputFormat } from '../output.js';
import { clip, dateRange, placeOptions, placeScope } from './visitFlags.js';

const listColumns: Column<TripListRow>[] = [
  { key: 'date' },
  { key: 'country' },
  { key: 'role' },
  { key: 'traveller' },
  { key: 'locale' },
  { key: 'remarks' },
];
const listDataColumns: Column<TripListRow>[] = [
  { key: 'date' },
  { key: 'endDate' },
  { key: 'country' },
  { key: 'countryName' },
  { key: 'countryLabel' },
  { key: 'role' },
  { key: 'who' },
  { key: 'traveller' },
  { key: 'locale' },
  { key: 'remarks' },
  { key: 'sourceFile' },
  { key: 'sourcePosition' },
  { key: 'sourceLine' },
];

type LastRow = NonNullable<Awaited<ReturnType<typeof lastTrip>>>;
const lastColumns: Column<LastRow>[] = [
  { key: 'date' },
  { key: 'country' },
  { key: 'countryName' },
  { key: 'role' },
  { key: 'traveller' },
  { key: 'before' },
  { key: 'gapDays' },
  { key: 'gapYears', digits: 1 },
  { key: 'remarks' },
  { key: 'sourceFile' },
  { key: 'sourceLine' },
];

export const travelsCommand: Command = {
  name: 'travels',
  summary: 'Trips abroad by US presidents and secretaries of state (Office of the Historian)',
  usage: [
    'travels [COUNTRY] [--country KEN] [--region R|--continent C] [--role president|secretary] [--from Y|DATE] [--to Y|DATE] [--json|--csv]',
    'travels --country KEN --role president --before 2024-01-01 --last [--json]',
    'travels [--country KEN] --count-by year|country [...]',
  ],
  help: [
    '--before DATE: only trips starting before DATE; with --last, the latest of them and the gap to DATE.',
    '--count-by year: per country-year counts by role, for charts.',
  ].join('\n'),
  options: { ...formatOptions, ...placeOptions, role: { type: 'string' } },
  async run({ values, positionals, store, stdout, stderr }) {
    const format = outputFormat(values);
    const roles = listFlag(values.role as string | undefined).map((r) =>
      oneOf(r.toLowerCase(), travelRoles, 'role', 'president'),
    );
    const countBy =
      values['count-by'] === undefined
        ? undefined
        : oneOf(values['count-by'], ['year', 'country'] as const, 'count-by', 'year');
    if (values.last && countBy)
      throw new InputError('choose one of --last and --count-by', { location: { field: 'last' } });
    const { from, to, before } = dateRange(values);
    const s = await store();
    const q: TravelQuery = {
      ...placeScope(s, values, positionals),
      roles: roles.length ? (roles as TravelRole[]) : undefined,
      from,
      to,
    };
    if (values.last) {
      const last = await lastTrip(s, q, before);
      if (!last) stderr(`no matching trip${before ? ` before ${before}` : ''}\n`);
      stdout(renderRows(clip(last ? [last] : [], 'remarks', format), lastColumns, format));
      return 0;
    }
    if (countBy) {
      const rows = await countTravels(s, { ...q, before }, countBy);
      const cols: Column<TripCountRow>[] =
        countBy === 'year'
          ? [
              { key: 'country' },
              { key: 'year' },
              { key: 'total' },
              { key: 'president' },
              { key: 'secretary' },
            ]
          : [
              { key: 'country' },
              { key: 'countryName' },
              { key: 'total' },
              { key: 'president' },
              { key: 'secretary' },
              { key: 'first' },
              { key: 'last' },
            ];
      stdout(renderRows(rows, cols, format));
      return 0;
    }
    const rows = await travels(s, { ...q, before });
    if (rows.length === 0) stderr('no matching trip\n');
    stdout(
      renderRows(
        clip(rows, 'remarks', format, 60),
        format === 'table' ? listColumns : listDataColumns,
        format,
      ),
    );
    return 0;
  },
};
