import type { Concordance } from '../../countries/concordance.js';
import { stateOnDate } from '../../countries/historical.js';
import { InputError } from '../../errors.js';
import { type IssueCode, issueCodes, type RollCall, type VoteRecord } from '../../votes/rollCall.js';
import { columns, parseCsv } from '../csv/readCsv.js';
import { own } from '../own.js';

/** Parses unvotes' un_roll_calls (rcid, session, importantvote, date, unres, amend, para, short, descr). */
export function parseRollCalls(text: string, file: string): RollCall[] {
  const table = parseCsv(text, file);
  const col = columns(table, [
    'rcid',
    'session',
    'importantvote',
    'date',
    'unres',
    'amend',
    'para',
    'short',
    'descr',
  ]);
  const seen = new Set<number>();
  return table.records.map(({ line, values: v }) => {
    const at = (field: string) => ({ file, line, field });
    const rcid = parseInteger(v[col.rcid], at('rcid'));
    if (seen.has(rcid)) throw new InputError(`duplicate rcid ${rcid}`, { location: at('rcid') });
    seen.add(rcid);
    const date = parseIsoDate(v[col.date], at('date'));
    return {
      rcid,
      session: parseInteger(v[col.session], at('session')),
      date,
      year: Number(date.slice(0, 4)),
      resolution: v[col.unres].trim() || null,
      short: v[col.short].trim(),
      description: v[col.descr].trim(),
      important: parseFlag(v[col.importantvote], at('importantvote')),
      amendment: parseFlag(v[col.amend], at('amend')),
      paragraph: parseFlag(v[col.para], at('para')),
      issues: [],
      source: 'voeten' as const,
      sourceFile: file,
      sourceLine: line,
    };
  });
}

/** Parses un_roll_call_issues (rcid, short_name, issue) and attaches the codes to the roll calls. */
export function attachIssues(rollCalls: RollCall[], text: string, file: string): void {
  const table = parseCsv(text, file);
  const col = columns(table, ['rcid', 'short_name', 'issue']);
  const byId = new Map(rollCalls.map((r) => [r.rcid, r]));
  for (const { line, values: v } of table.records) {
    const rcid = parseInteger(v[col.rcid], { file, line, field: 'rcid' });
    const code = v[col.short_name].trim() as IssueCode;
    if (!issueCodes.includes(code)) {
      throw new InputError(`unknown issue code '${code}'`, {
        location: { file, line, field: 'short_name' },
        hint: `expected one of ${issueCodes.join(', ')}`,
      });
    }
    const rc = byId.get(rcid);
    if (!rc)
      throw new InputError(`issue for unknown roll call ${rcid}`, {
        location: { file, line, field: 'rcid' },
      });
    if (!rc.issues.includes(code)) rc.issues.push(code);
  }
}

const voteCodes: Record<string, 1 | 2 | 3> = { yes: 1, abstain: 2, no: 3 };

/**
 * Voeten keeps Yugoslavia's seat under one code (YU) from 1946 to 2019, through the FRY/Serbia and
 * Montenegro years to Serbia; it is read as Serbia's code and split by date (see `successionRules`).
 */
const voetenCodes: Readonly<Record<string, string>> = { YU: 'SRB' };

/**
 * Parses un_votes (rcid, country, country_code, vote). Countries resolve by ISO2 code, or by name where
 * the packager left the code blank (West Germany, North Yemen, Zanzibar). Voeten keeps one code across
 * successions (the USSR as Russia, Yugoslavia's seat through Serbia): the roll call's date decides the
 * state (see `stateOnDate`). Absences and non-members are not in this file.
 */
export function parseVotes(
  text: string,
  file: string,
  rollCalls: readonly RollCall[],
  concordance: Concordance,
): VoteRecord[] {
  const table = parseCsv(text, file);
  const col = columns(table, ['rcid', 'country', 'country_code', 'vote']);
  const dates = new Map(rollCalls.map((r) => [r.rcid, r.date]));
  const resolved = new Map<string, string>();
  const seen = new Set<string>();
  const out: VoteRecord[] = new Array(table.records.length);
  let k = 0;
  for (const { line, values: v } of table.records) {
    const rcid = parseInteger(v[col.rcid], { file, line, field: 'rcid' });
    const date = dates.get(rcid);
    if (!date)
      throw new InputError(`vote on unknown roll call ${rcid}`, { location: { file, line, field: 'rcid' } });
    const code = v[col.country_code].trim();
    const name = v[col.country].trim();
    const key = `${code}|${name}`;
    let id = resolved.get(key);
    if (id === undefined) {
      const field = code ? 'country_code' : 'country';
      id = (
        code
          ? concordance.resolve(own(voetenCodes, code) ?? `iso2:${code}`, { file, line, field })
          : concordance.resolve(name, { file, line, field })
      ).id;
      resolved.set(key, id);
    }
    const country = stateOnDate(id, date);
    const vote = own(voteCodes, v[col.vote].trim());
    if (vote === undefined) {
      throw new InputError(`unknown vote '${v[col.vote]}'`, {
        location: { file, line, field: 'vote' },
        hint: 'expected yes, abstain or no',
      });
    }
    const dup = `${rcid}|${country}`;
    if (seen.has(dup))
      throw new InputError(`second vote by ${country} on roll call ${rcid}`, {
        location: { file, line, field: 'country' },
      });
    seen.add(dup);
    out[k++] = { rcid, country, vote, sourceFile: file, sourceLine: line };
  }
  return out;
}

export function parseInteger(raw: string, location: { file: string; line: number; field: string }): number {
  const s = raw.trim();
  if (!/^-?\d+$/.test(s)) throw new InputError(`expected an integer, found '${raw}'`, { location });
  return Number(s);
}

export function parseIsoDate(raw: string, location: { file: string; line: number; field: string }): string {
  const s = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const t = m ? Date.parse(`${s}T00:00:00Z`) : Number.NaN;
  if (!m || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== s) {
    throw new InputError(`expected a date yyyy-mm-dd, found '${raw}'`, { location });
  }
  return s;
}

function parseFlag(raw: string, location: { file: string; line: number; field: string }): boolean {
  const s = raw.trim();
  if (s === '' || s === '0') return false;
  if (s === '1') return true;
  throw new InputError(`expected 0, 1 or blank, found '${raw}'`, { location });
}
