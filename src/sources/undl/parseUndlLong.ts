import type { Concordance } from '../../countries/concordance.js';
import { stateOnDate } from '../../countries/historical.js';
import { InputError } from '../../errors.js';
import type { RollCall, VoteRecord } from '../../votes/rollCall.js';
import { parseCsv } from '../csv/readCsv.js';
import { own } from '../own.js';
import { parseIsoDate } from '../unvotes/parseUnvotes.js';
import { undlColumnOverrides } from './parseUndlWide.js';

/**
 * The fields of the official UN Digital Library voting file ("United Nations General Assembly
 * Voting Data", record 4060887), under bearing's names (those of the 2025-07-23 release).
 */
export type UndlLongField =
  | 'undl_id'
  | 'ms_code'
  | 'ms_name'
  | 'ms_vote'
  | 'date'
  | 'session'
  | 'resolution'
  | 'draft'
  | 'committee_report'
  | 'meeting'
  | 'title'
  | 'agenda_title'
  | 'subjects'
  | 'vote_note'
  | 'modality'
  | 'total_yes'
  | 'total_no'
  | 'total_abstentions'
  | 'total_non_voting'
  | 'total_voting'
  | 'total_ms'
  | 'undl_link';

/** The two published layouts, each column as its data dictionary names it. */
export const undlLongLayouts = {
  '2024-09-12': {
    undl_id: 'undl_id',
    ms_codes: 'ms_code',
    ms_names: 'ms_name',
    ms_votes: 'ms_vote',
    resolutions: 'resolution',
    title: 'title',
    modality: 'modality',
    draft: 'draft',
    committee_report: 'committee_report',
    meeting: 'meeting',
    agenda_titles: 'agenda_title',
    subjects: 'subjects',
    date: 'date',
    yes: 'total_yes',
    no: 'total_no',
    abstentions: 'total_abstentions',
    'non-voting': 'total_non_voting',
    'total-voting': 'total_voting',
    undl_link: 'undl_link',
  },
  '2025-07-23': {
    undl_id: 'undl_id',
    ms_code: 'ms_code',
    ms_name: 'ms_name',
    ms_vote: 'ms_vote',
    date: 'date',
    session: 'session',
    resolution: 'resolution',
    draft: 'draft',
    committee_report: 'committee_report',
    meeting: 'meeting',
    title: 'title',
    agenda_title: 'agenda_title',
    subjects: 'subjects',
    vote_note: 'vote_note',
    total_yes: 'total_yes',
    total_no: 'total_no',
    total_abstentions: 'total_abstentions',
    total_non_voting: 'total_non_voting',
    total_ms: 'total_ms',
    undl_link: 'undl_link',
  },
} as const satisfies Record<string, Record<string, UndlLongField>>;

export type UndlLongLayout = keyof typeof undlLongLayouts;

/** Columns a file of either layout must have. */
const requiredFields: readonly UndlLongField[] = ['undl_id', 'ms_vote', 'date', 'resolution'];

/**
 * Loose key for header matching: case, spaces, hyphens, underscores and a trailing plural `s` do
 * not count, so `MS Votes`, `ms-vote` and `ms_vote` are one column.
 */
export function looseColumnKey(name: string): string {
  return name
    .replace(/^\ufeff/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/s$/, '');
}

const looseIndex = new Map<string, { field: UndlLongField; layout: UndlLongLayout }>();
for (const [layout, columns] of Object.entries(undlLongLayouts) as [
  UndlLongLayout,
  Record<string, UndlLongField>,
][]) {
  for (const [name, field] of Object.entries(columns)) {
    const key = looseColumnKey(name);
    if (!looseIndex.has(key)) looseIndex.set(key, { field, layout });
  }
}
// `yes`, `no`, `abstentions`, `non-voting` of the 2024 layout also match `total_*` loosely through these.
for (const [alias, field] of [
  ['totalyes', 'total_yes'],
  ['totalno', 'total_no'],
  ['totalabstention', 'total_abstentions'],
  ['totalnonvoting', 'total_non_voting'],
  ['totalvoting', 'total_voting'],
] as const) {
  if (!looseIndex.has(alias)) looseIndex.set(alias, { field, layout: '2025-07-23' });
}

export interface UndlLongHeader {
  layout: UndlLongLayout;
  /** Column index of each field present. */
  index: Partial<Record<UndlLongField, number>>;
}

/**
 * Identifies the layout from a header row. Every column must be one of the two layouts' (matched
 * loosely); an unknown column is an error naming it, since a silently ignored column could be a
 * renamed vote or date.
 */
export function identifyUndlLongHeader(header: readonly string[], file: string): UndlLongHeader {
  const index: Partial<Record<UndlLongField, number>> = {};
  const votes = { '2024-09-12': 0, '2025-07-23': 0 };
  for (const [i, raw] of header.entries()) {
    const hit = looseIndex.get(looseColumnKey(raw));
    if (!hit) {
      throw new InputError(`unknown column '${raw}' (column ${i + 1})`, {
        location: { file, line: 1, field: raw },
        hint: 'not a column of the UN Digital Library voting file (2024-09-12 or 2025-07-23 layout)',
      });
    }
    if (index[hit.field] !== undefined) {
      throw new InputError(`column '${raw}' repeats '${header[index[hit.field]!]}'`, {
        location: { file, line: 1, field: raw },
      });
    }
    index[hit.field] = i;
    if (looseColumnKey(raw) in layoutKeys['2024-09-12']) votes['2024-09-12']++;
    if (looseColumnKey(raw) in layoutKeys['2025-07-23']) votes['2025-07-23']++;
  }
  for (const field of requiredFields) {
    if (index[field] === undefined) {
      throw new InputError(`missing column '${field}'`, {
        location: { file, line: 1, field },
        hint: `header has: ${header.join(', ')}`,
      });
    }
  }
  if (index.ms_code === undefined && index.ms_name === undefined) {
    throw new InputError("missing column 'ms_code' (or 'ms_name')", {
      location: { file, line: 1, field: 'ms_code' },
    });
  }
  const layout = votes['2024-09-12'] > votes['2025-07-23'] ? '2024-09-12' : '2025-07-23';
  return { layout, index };
}

const layoutKeys = Object.fromEntries(
  Object.entries(undlLongLayouts).map(([layout, columns]) => [
    layout,
    Object.fromEntries(Object.keys(columns).map((c) => [looseColumnKey(c), true])),
  ]),
) as Record<UndlLongLayout, Record<string, true>>;

/** True when a CSV's first line looks like the official voting file (for `--from-dir`). */
export function isUndlLongHeader(firstLine: string): boolean {
  const header = firstLine.split(',').map((s) => s.trim().replace(/^"|"$/g, ''));
  try {
    identifyUndlLongHeader(header, '');
    return true;
  } catch {
    return false;
  }
}

const voteCodes: Record<string, 1 | 2 | 3 | 8> = {
  Y: 1,
  YES: 1,
  A: 2,
  ABSTAIN: 2,
  ABSTENTION: 2,
  N: 3,
  NO: 3,
  '': 8,
  X: 8,
  NV: 8,
  'NON-VOTING': 8,
};

export interface UndlLong {
  layout: UndlLongLayout;
  rollCalls: RollCall[];
  votes: VoteRecord[];
  /** Rows of Security Council resolutions (S/RES/...), skipped. */
  skipped: number;
  /** Rows repeating a state's identical vote on the same resolution, dropped. */
  repeated: number;
  /** Later records repeating an earlier record's resolution symbol, dropped (first record kept). */
  duplicateSymbols: string[];
  /** Resolutions whose stated totals differ from their member-state rows (symbol or id), not fatal. */
  totalsDiffer: string[];
}

interface Pending {
  rollCall: RollCall;
  /** Field values every row of the record must share. */
  shared: { date: string; resolution: string };
  counts: [number, number, number, number];
  totals: [number | null, number | null, number | null, number | null];
  seen: Map<string, 1 | 2 | 3 | 8>;
  votes: VoteRecord[];
}

/**
 * Parses the official UN Digital Library voting file: one row per member state per resolution
 * adopted by recorded vote. Both published layouts are read (identified by header). Votes: Y yes,
 * N no, A abstain; blank, X or NV non-voting (kept as 8, absent). States resolve by `ms_code`
 * (ISO3-like; historical states by their own codes) and then by `ms_name`, and are split by date
 * across successions like the other vote sources.
 */
export function parseUndlLong(text: string, file: string, concordance: Concordance): UndlLong {
  const table = parseCsv(text, file);
  const { layout, index } = identifyUndlLongHeader(table.header, file);
  const get = (values: string[], field: UndlLongField) => {
    const i = index[field];
    return i === undefined ? '' : values[i].trim();
  };
  const byId = new Map<number, Pending>();
  const resolved = new Map<string, string>();
  let skipped = 0;
  let repeated = 0;
  for (const { line, values } of table.records) {
    const at = (field: UndlLongField) => ({ file, line, field: table.header[index[field]!] ?? field });
    const resolution = get(values, 'resolution');
    if (/^S\/RES\//i.test(resolution)) {
      skipped++;
      continue;
    }
    const rawId = get(values, 'undl_id');
    if (!/^\d{1,9}(\.0+)?$/.test(rawId)) {
      throw new InputError(`expected a UN Digital Library record id, found '${rawId}'`, {
        location: at('undl_id'),
      });
    }
    const rcid = Number.parseInt(rawId, 10);
    const date = parseDate(get(values, 'date'), at('date'));
    let pending = byId.get(rcid);
    if (!pending) {
      if (resolution === '') {
        throw new InputError('resolution symbol is blank', { location: at('resolution') });
      }
      const title = get(values, 'title');
      pending = {
        rollCall: {
          rcid,
          session: sessionOf(resolution, get(values, 'session'), date),
          date,
          year: Number(date.slice(0, 4)),
          resolution,
          short: title.replace(/\s*:\s*resolution\s*\/\s*adopted by the General Assembly\.?$/i, '').trim(),
          description: title,
          important: false,
          amendment: false,
          paragraph: false,
          issues: [],
          source: 'undl',
          sourceFile: file,
          sourceLine: line,
        },
        shared: { date, resolution },
        counts: [0, 0, 0, 0],
        totals: [
          parseTotal(get(values, 'total_yes'), at('total_yes')),
          parseTotal(get(values, 'total_no'), at('total_no')),
          parseTotal(get(values, 'total_abstentions'), at('total_abstentions')),
          parseTotal(get(values, 'total_non_voting'), at('total_non_voting')),
        ],
        seen: new Map(),
        votes: [],
      };
      byId.set(rcid, pending);
    } else {
      if (date !== pending.shared.date) {
        throw new InputError(
          `date ${date} differs from ${pending.shared.date} on line ${pending.rollCall.sourceLine} for record ${rcid}`,
          { location: at('date') },
        );
      }
      if (resolution !== pending.shared.resolution) {
        throw new InputError(
          `resolution '${resolution}' differs from '${pending.shared.resolution}' on line ${pending.rollCall.sourceLine} for record ${rcid}`,
          { location: at('resolution') },
        );
      }
    }
    const rawVote = get(values, 'ms_vote');
    const vote = own(voteCodes, rawVote.toUpperCase());
    if (vote === undefined) {
      throw new InputError(`unknown vote '${rawVote}'`, {
        location: at('ms_vote'),
        hint: 'expected Y, N, A, or blank / X / NV for non-voting',
      });
    }
    const code = get(values, 'ms_code');
    const name = get(values, 'ms_name');
    const key = `${code}|${name}`;
    let id = resolved.get(key);
    if (id === undefined) {
      id = resolveState(concordance, code, name, code ? at('ms_code') : at('ms_name'));
      resolved.set(key, id);
    }
    const country = stateOnDate(id, date);
    const prior = pending.seen.get(country);
    if (prior !== undefined) {
      if (prior !== vote) {
        throw new InputError(`second, different vote by ${country} on record ${rcid}`, {
          location: at('ms_vote'),
        });
      }
      repeated++;
      continue;
    }
    pending.seen.set(country, vote);
    pending.counts[vote === 8 ? 3 : vote - 1]++;
    pending.votes.push({ rcid, country, vote, sourceFile: file, sourceLine: line });
  }
  const rollCalls: RollCall[] = [];
  const votes: VoteRecord[] = [];
  const totalsDiffer: string[] = [];
  const duplicateSymbols: string[] = [];
  const symbols = new Set<string>();
  for (const p of byId.values()) {
    if (symbols.has(p.shared.resolution)) {
      duplicateSymbols.push(
        `${p.shared.resolution} (record ${p.rollCall.rcid}, line ${p.rollCall.sourceLine})`,
      );
      continue;
    }
    symbols.add(p.shared.resolution);
    rollCalls.push(p.rollCall);
    for (const v of p.votes) votes.push(v);
    // Non-voting rows are not always listed, so only yes/no/abstain counts are compared.
    if (p.totals.slice(0, 3).some((t, i) => t !== null && t !== p.counts[i])) {
      totalsDiffer.push(p.shared.resolution);
    }
  }
  return { layout, rollCalls, votes, skipped, repeated, totalsDiffer, duplicateSymbols };
}

function resolveState(
  concordance: Concordance,
  code: string,
  name: string,
  location: { file: string; line: number; field: string },
): string {
  if (code) {
    const byCode = concordance.get(code.toUpperCase()) ?? concordance.tryResolve(`iso3:${code}`);
    if (byCode) return byCode.id;
  }
  if (name) {
    const override = own(undlColumnOverrides, name.toUpperCase());
    if (override) return override;
    const byName = concordance.tryResolve(name);
    if (byName) return byName.id;
  }
  return concordance.resolve(code || name, location).id;
}

function parseDate(raw: string, location: { file: string; line: number; field: string }): string {
  // Spreadsheet round trips append a time: 2023-10-27T00:00:00 or 2023-10-27 00:00:00.
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(raw);
  return parseIsoDate(m ? m[1] : raw, location);
}

function parseTotal(raw: string, location: { file: string; line: number; field: string }): number | null {
  if (raw === '') return null;
  if (!/^\d+(\.0+)?$/.test(raw)) {
    throw new InputError(`expected a count, found '${raw}'`, { location });
  }
  return Number.parseInt(raw, 10);
}

/**
 * The regular session: from the symbol (A/RES/77/7), else the session column when it is a number,
 * else from the date (emergency special sessions, ES-10, meet within a regular session).
 */
function sessionOf(resolution: string, session: string, date: string): number {
  const fromSymbol = /^A\/RES\/(\d+)\//.exec(resolution);
  if (fromSymbol) return Number(fromSymbol[1]);
  if (/^\d+$/.test(session)) return Number(session);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return year - 1945 - (month < 9 ? 1 : 0);
}
