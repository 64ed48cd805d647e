import { isUnMember, unMembersOn } from '../../countries/unMembership.js';
import { InputError } from '../../errors.js';
import type { RollCall, VoteRecord } from '../../votes/rollCall.js';
import type { Sponsorship } from '../../votes/sponsorship.js';

export type { Sponsorship };

import { parseAdoptionDate, regularSessionOn } from './dates.js';
import { resolveMemberName, resolveSponsorEntry } from './names.js';

/** A published count that differs from its list, or a list that could not be used: reported, never silent. */
export interface DgacmNote {
  resolution: string;
  line: number;
  kind:
    | 'count-differs'
    | 'recorded-without-lists'
    | 'lists-repeated'
    | 'blank-adoption-type'
    | 'repeated-record';
  detail: string;
}

export interface DgacmFile {
  rollCalls: RollCall[];
  votes: VoteRecord[];
  sponsorships: Sponsorship[];
  /** Adopted resolutions read (recorded vote or not). */
  resolutions: number;
  notes: DgacmNote[];
}

const lists = [
  { field: 'MS_in_favour', count: 'MS_in_favour_count', vote: 1 },
  { field: 'MS_abstaining', count: 'MS_abstaining_count', vote: 2 },
  { field: 'MS_against', count: 'MS_against_count', vote: 3 },
] as const;

/** Roll-call ids of DGACM records: far above Voeten's rcids and below UNDL record ids' collisions. */
export function dgacmRcid(sessionLabel: string, line: number): number {
  const es = /^ES-(\d+)$/.exec(sessionLabel);
  const code = es ? 100 + Number(es[1]) : Number(sessionLabel);
  return 50_000_000 + code * 10_000 + line;
}

/**
 * Parses one DGACM resolutions file (JSON Lines: one adopted resolution a line). Recorded votes become
 * roll calls with a vote for every UN member on the adoption date: yes, abstain or no as listed, absent
 * (8) for a member in none of the three lists (the extracts list voters only); a non-member is never a
 * voter, and a listed non-member is an error. Names resolve through `dgacmNames` only. Every adopted
 * resolution's sponsors are kept. `file` is the path reported in errors and stored as source_file.
 */
export function parseDgacm(text: string, file: string): DgacmFile {
  const rollCalls: RollCall[] = [];
  const votes: VoteRecord[] = [];
  const sponsorships: Sponsorship[] = [];
  const notes: DgacmNote[] = [];
  const symbols = new Map<string, { line: number; signature: string }>();
  const sponsored = new Set<string>();
  let resolutions = 0;
  const rows = text.replace(/^\ufeff/, '').split('\n');
  for (let i = 0; i < rows.length; i++) {
    const line = i + 1;
    const raw = rows[i].trim();
    if (raw === '') continue;
    const at = (field: string) => ({ file, line, field });
    let rec: unknown;
    try {
      rec = JSON.parse(raw);
    } catch (e) {
      throw new InputError(`not a JSON object: ${(e as Error).message}`, { location: at('(record)') });
    }
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
      throw new InputError('expected one JSON object per line', { location: at('(record)') });
    }
    const r = rec as Record<string, unknown>;
    const text = (field: string): string => {
      const v = Object.hasOwn(r, field) ? r[field] : undefined;
      if (typeof v !== 'string') throw new InputError(`expected a string`, { location: at(field) });
      return v.trim();
    };
    const names = (field: string, required: boolean): string[] => {
      const v = Object.hasOwn(r, field) ? r[field] : undefined;
      if (v === undefined && !required) return [];
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
        throw new InputError('expected a list of names', { location: at(field) });
      }
      return v as string[];
    };
    const symbol = text('symbol').replace(/\s+/g, ' ');
    const sym = /^A\/RES\/(\d+|ES-\d+)\/\d+/.exec(symbol);
    if (!sym)
      throw new InputError(`expected a symbol A/RES/<session>/<n>, found '${symbol}'`, {
        location: at('symbol'),
      });
    const date = parseAdoptionDate(r.adoption_date, at('adoption_date'));

    const sessionLabel = sym[1];
    const session = /^\d+$/.test(sessionLabel) ? Number(sessionLabel) : regularSessionOn(date);
    const title = text('title');
    const type = text('adoption_type');
    const listed = lists.map((l) => ({ ...l, names: names(l.field, true) }));
    const resolved = listed.map((l) => l.names.map((n) => resolveMemberName(n, at(l.field))).sort());
    // The extracts repeat some records (sessions 79 and 80), sometimes with more sponsors or another
    // spelling of a name: a repeat with the same date, adoption type and votes is merged (its sponsors
    // added) and reported; a repeat that differs in any of these is an error.
    const signature = JSON.stringify([date, type, resolved]);
    const first = symbols.get(symbol);
    if (first && first.signature !== signature) {
      throw new InputError(
        `resolution ${symbol} appears again (first on line ${first.line}) with another date, adoption type or votes`,
        { location: at('symbol') },
      );
    }
    if (first)
      notes.push({
        resolution: symbol,
        line,
        kind: 'repeated-record',
        detail: `repeats line ${first.line}: votes read once, sponsors merged`,
      });
    else {
      symbols.set(symbol, { line, signature });
      resolutions++;
    }
    for (const [field, kind] of [
      ['sponsors', 'sponsor'],
      ['additional_sponsors', 'additional'],
    ] as const) {
      for (const name of names(field, false)) {
        for (const country of resolveSponsorEntry(name, at(field)) ?? []) {
          if (sponsored.has(`${symbol}|${country}`)) continue;
          sponsored.add(`${symbol}|${country}`);
          sponsorships.push({
            resolution: symbol,
            session,
            date,
            country,
            kind,
            sourceFile: file,
            sourceLine: line,
          });
        }
      }
    }
    if (first) continue;
    if (type === '' || type === 'Without a vote') {
      if (listed.some((l) => l.names.length > 0)) {
        throw new InputError(`adoption type '${type}' but member states are listed`, {
          location: at('adoption_type'),
        });
      }
      if (type === '')
        notes.push({
          resolution: symbol,
          line,
          kind: 'blank-adoption-type',
          detail: 'no adoption type and no votes listed: not counted as a recorded vote',
        });
      continue;
    }
    if (type !== 'By a recorded vote') {
      throw new InputError(`unknown adoption type '${type}'`, {
        location: at('adoption_type'),
        hint: "expected 'By a recorded vote', 'Without a vote' or blank",
      });
    }
    if (listed.every((l) => l.names.length === 0)) {
      notes.push({
        resolution: symbol,
        line,
        kind: 'recorded-without-lists',
        detail: `stated ${listed.map((l) => `${l.field}_count ${String(r[l.count])}`).join(', ')} but no member state listed: left out`,
      });
      continue;
    }
    const rcid = dgacmRcid(sessionLabel, line);
    const cast = new Map<string, { vote: 1 | 2 | 3; field: string }>();
    // A list where every state appears exactly twice was duplicated by the extraction (A/RES/75/290 A).
    const all = listed.flatMap((l, k) => resolved[k].map((id) => ({ id, l })));
    const counts = new Map<string, number>();
    for (const a of all) counts.set(a.id, (counts.get(a.id) ?? 0) + 1);
    const doubled = all.length > 0 && [...counts.values()].every((k) => k === 2);
    if (doubled)
      notes.push({
        resolution: symbol,
        line,
        kind: 'lists-repeated',
        detail: 'every member state listed twice: read once',
      });
    for (const a of all) {
      const prior = cast.get(a.id);
      if (prior) {
        if (doubled && prior.field === a.l.field) continue;
        throw new InputError(`${a.id} listed twice (${prior.field}, ${a.l.field})`, {
          location: at(a.l.field),
        });
      }
      if (!isUnMember(a.id, date)) {
        throw new InputError(`${a.id} is listed as voting on ${date} but was not a UN member then`, {
          location: at(a.l.field),
        });
      }
      cast.set(a.id, { vote: a.l.vote, field: a.l.field });
    }
    for (const l of listed) {
      const n = [...cast.values()].filter((c) => c.field === l.field).length;
      const stated = String(r[l.count] ?? '').trim();
      const statedN = stated === 'N.A.' || stated === '' ? 0 : Number(stated);
      if (!Number.isInteger(statedN) || statedN < 0) {
        throw new InputError(`expected a count or N.A., found '${stated}'`, { location: at(l.count) });
      }
      if (statedN !== n && !doubled) {
        notes.push({
          resolution: symbol,
          line,
          kind: 'count-differs',
          detail: `${l.count} ${stated} but ${n} listed in ${l.field}: the list is used`,
        });
      }
    }
    rollCalls.push({
      rcid,
      session,
      date,
      year: Number(date.slice(0, 4)),
      resolution: symbol,
      short: title,
      description: title,
      important: false,
      amendment: false,
      paragraph: false,
      issues: [],
      source: 'dgacm',
      sourceFile: file,
      sourceLine: line,
    });
    for (const id of unMembersOn(date)) {
      votes.push({ rcid, country: id, vote: cast.get(id)?.vote ?? 8, sourceFile: file, sourceLine: line });
    }
  }
  return { rollCalls, votes, sponsorships, resolutions, notes };
}
