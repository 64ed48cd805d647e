import { InputError } from '../../errors.js';
import { type Column, type Format, renderRows } from '../../format/rows.js';
import { dateBound } from '../../params/dates.js';
import { checkRangeOrder, flagBounds } from '../../params/years.js';
import {
  countVisits,
  lastVisit,
  type PlaceScope,
  resolvePlace,
  scopeCountries,
  type VisitCountRow,
  type VisitListRow,
  type VisitQuery,
  visitIntensity,
  visits,
} from '../../queries/visits.js';
import type { Store } from '../../store/open.js';
import { type VisitType, visitTypes } from '../../visits/visitType.js';
import { listFlag, oneOf } from '../args.js';
import { type Command, formatOptions, type Values } from '../command.js';
import { outputFormat } from '../output.js';

/** `--from 2008` is 2008-01-01, `--to 2008` is 2008-12-31; a full date is taken as it is. */
export function dateFlag(raw: unknown, field: string, end: 'start' | 'end'): string | undefined {
  return dateBound(raw, field, end);
}

/** --country (and a positional COUNTRY), --region, --continent. */
export function placeScope(store: Store, values: Values, positionals: string[]): PlaceScope {
  const queries = [...positionals, ...listFlag(values.country as string | undefined)];
  const scope: PlaceScope = {
    countries: queries.map((q) => resolvePlace(store, q)),
    region: values.region as string | undefined,
    continent: values.continent as string | undefined,
  };
  scopeCountries(store, scope); // validates region and continent names up front
  return scope;
}

export function dateRange(values: Values): { from?: string; to?: string; before?: string } {
  const from = dateFlag(values.from, 'from', 'start');
  const to = dateFlag(values.to, 'to', 'end');
  checkRangeOrder(from, to, {
    names: flagBounds,
    kind: 'range',
    shown: { from: values.from, to: values.to },
  });
  const before = dateFlag(values.before, 'before', 'start');
  return { from, to, before };
}

export const placeOptions = {
  country: { type: 'string' },
  region: { type: 'string' },
  continent: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  before: { type: 'string' },
  last: { type: 'boolean' },
  'count-by': { type: 'string' },
} as const;

/** In the human table, long texts are cut; JSON and CSV keep them whole. */
export function clip<R extends object>(rows: R[], key: keyof R, format: Format, width = 70): R[] {
  if (format !== 'table') return rows;
  return rows.map((r) => {
    const v = r[key];
    return typeof v === 'string' && v.length > width ? { ...r, [key]: `${v.slice(0, width - 1)}…` } : r;
  });
}

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
  summary: 'Visits to the US by foreign leaders (Office of the Historian), with their type',
  usage: [
    'visits [COUNTRY] [--country KEN,GHA] [--region R|--continent Africa] [--type state,official] [--role President,King] [--from Y|DATE] [--to Y|DATE] [--json|--csv]',
    'visits --type state --continent Africa --before 2024-05-23 --last [--json]',
    'visits [--country KEN] --count-by year|country [...]',
    'visits [--country KEN] --intensity [--from Y] [--to Y]',
  ],
  help: [
    `--type: ${visitTypes.join(', ')} (read from the description; docs/methods/visits.md).`,
    "--role: the visitor's title as read from the record (President, King, Prime Minister, ...).",
    '--region: World Bank region, UN region or UN sub-region; --continent: Africa, Americas, Asia, Europe, Oceania.',
    '--before DATE: only visits starting before DATE; with --last, the latest of them and the gap to DATE',
    '(gapYears in years of 365.25 days). --count-by year: per country-year counts by type, for charts.',
    '--intensity: the US-side relationship intensity per country-year (visits in plus trips out, weighted by level).',
  ].join('\n'),
  options: {
    ...formatOptions,
    ...placeOptions,
    type: { type: 'string' },
    role: { type: 'string' },
    intensity: { type: 'boolean' },
  },
  async run({ values, positionals, store, stdout, stderr }) {
    const format = outputFormat(values);
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
