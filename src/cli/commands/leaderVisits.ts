import { InputError } from '../../errors.js';
import { type Column, type Format, renderRows } from '../../format/rows.js';
import {
  type LeaderStay,
  lastLeaderVisit,
  leaderStays,
  visitLevels,
  visitPole,
} from '../../queries/leaderVisits.js';
import type { Store } from '../../store/open.js';
import { listFlag, oneOf } from '../args.js';
import type { Values } from '../command.js';
import { clip, dateRange, placeScope } from './visitFlags.js';

/** Flags of `visits --pole` that the US-only listing does not take, and the reverse. */
export const leaderVisitOptions = {
  pole: { type: 'string' },
  direction: { type: 'string' },
  level: { type: 'string' },
} as const;

const stayColumns: Column<LeaderStay>[] = [
  { key: 'date' },
  { key: 'pole' },
  { key: 'direction' },
  { key: 'country' },
  { key: 'traveller' },
  { key: 'level' },
  { key: 'city' },
  { key: 'counterpartTitle' },
];
const stayDataColumns: Column<LeaderStay>[] = [
  ...stayColumns,
  { key: 'countryName' },
  { key: 'lastDate' },
  { key: 'rows' },
  { key: 'kind' },
  { key: 'sourceFile' },
  { key: 'sourceLine' },
];

type LastRow = LeaderStay & {
  stay: string;
  gapYears: number | null;
  gapDays: number | null;
  sinceDays: number | null;
};
const lastColumns: Column<LastRow>[] = [
  { key: 'stay' },
  { key: 'date' },
  { key: 'country' },
  { key: 'traveller' },
  { key: 'level' },
  { key: 'city' },
  { key: 'gapDays' },
  { key: 'gapYears', digits: 1 },
  { key: 'sinceDays' },
  { key: 'sourceFile' },
  { key: 'sourceLine' },
];

/**
 * `visits --pole USA|CHN`: the two-way record (leader_visits). Out: the pole's leaders abroad; in:
 * visitors it received. Default level head (presidents, premiers, prime ministers, monarchs).
 */
export async function runLeaderVisits(
  values: Values,
  positionals: string[],
  s: Store,
  format: Format,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  for (const f of ['type', 'role', 'intensity', 'count-by'] as const) {
    if (values[f] !== undefined && values[f] !== false)
      throw new InputError(`--${f} is for the US record of visits to the US; not with --pole`, {
        location: { field: f },
      });
  }
  const pole = visitPole(String(values.pole));
  const direction = oneOf(values.direction ?? 'out', ['out', 'in'] as const, 'direction', 'out');
  const rawLevels = listFlag((values.level as string | undefined) ?? 'head');
  const levels =
    rawLevels.length === 1 && rawLevels[0].toLowerCase() === 'all' ? undefined : visitLevels(rawLevels);
  const { from, to, before } = dateRange(values);
  const q = { ...placeScope(s, values, positionals), pole, direction, levels, from, to };
  if (values.last) {
    const r = await lastLeaderVisit(s, q, before);
    const cover = r.coverage
      ? `${pole}'s record covers ${r.coverage.from}-${r.coverage.to}`
      : `no ${pole} record`;
    if (!r.latest) err(`no matching visit${before ? ` before ${before}` : ''} (${cover})\n`);
    else if (!r.previous)
      err(`no earlier matching visit in the record (${cover}): the first since its start\n`);
    const rows: LastRow[] = [];
    if (r.latest)
      rows.push({
        ...r.latest,
        stay: 'latest',
        gapDays: r.gapDays,
        gapYears: r.gapYears,
        sinceDays: r.sinceDays,
      });
    if (r.previous)
      rows.push({ ...r.previous, stay: 'previous', gapDays: null, gapYears: null, sinceDays: null });
    out(renderRows(rows, lastColumns, format));
    return 0;
  }
  const rows = await leaderStays(s, { ...q, to: before && (!to || before <= to) ? dayBefore(before) : to });
  if (rows.length === 0) err('no matching visit\n');
  out(
    renderRows(
      clip(rows, 'counterpartTitle', format, 40),
      format === 'table' ? stayColumns : stayDataColumns,
      format,
    ),
  );
  return 0;
}

function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
