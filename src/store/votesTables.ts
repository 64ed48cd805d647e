import type { Disagreement } from '../votes/overlap.js';
import { issueCodes, type RollCall, type VoteRecord } from '../votes/rollCall.js';
import type { Sponsorship } from '../votes/sponsorship.js';
import type { CellValue, TableSpec } from './table.js';

export const rollCallsTable: TableSpec = {
  name: 'rollcalls',
  description:
    'UN General Assembly roll calls (Voeten 1946-2019, UN Digital Library 2020-2021, DGACM resolutions 2022-2026)',
  columns: [
    { name: 'rcid', type: 'INTEGER' },
    /** The regular session in progress on the date (an emergency special session's votes included). */
    { name: 'session', type: 'SMALLINT' },
    /** Session + 1945: the year basis of Voeten's agreement scores and Bailey-Strezhnev-Voeten. */
    { name: 'session_year', type: 'SMALLINT' },
    { name: 'date', type: 'DATE' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'resolution', type: 'VARCHAR', nullable: true },
    { name: 'short', type: 'VARCHAR' },
    { name: 'description', type: 'VARCHAR' },
    { name: 'important', type: 'BOOLEAN' },
    { name: 'amendment', type: 'BOOLEAN' },
    { name: 'paragraph', type: 'BOOLEAN' },
    ...issueCodes.map((code) => ({ name: code, type: 'BOOLEAN' as const })),
    { name: 'source', type: 'VARCHAR' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};

export const votesTable: TableSpec = {
  name: 'votes',
  description: 'One row per state per roll call: 1 yes, 2 abstain, 3 no, 8 absent (non-voting)',
  columns: [
    { name: 'rcid', type: 'INTEGER' },
    { name: 'country', type: 'VARCHAR' },
    { name: 'vote', type: 'TINYINT' },
    { name: 'source_file', type: 'VARCHAR', nullable: true },
    { name: 'source_line', type: 'INTEGER' },
  ],
};

export function* rollCallRows(rollCalls: readonly RollCall[]): Generator<readonly CellValue[]> {
  for (const r of rollCalls) {
    yield [
      r.rcid,
      r.session,
      r.session + 1945,
      r.date,
      r.year,
      r.resolution,
      r.short,
      r.description,
      r.important,
      r.amendment,
      r.paragraph,
      ...issueCodes.map((c) => r.issues.includes(c)),
      r.source,
      r.sourceFile,
      r.sourceLine,
    ];
  }
}

export function* voteRows(votes: readonly VoteRecord[]): Generator<readonly CellValue[]> {
  for (const v of votes) yield [v.rcid, v.country, v.vote, v.sourceFile ?? null, v.sourceLine];
}

export const sponsorshipsTable: TableSpec = {
  name: 'sponsorships',
  description:
    'Sponsors of adopted General Assembly resolutions (DGACM extracts, sessions 74-80, ES-10, ES-11): one row per state per resolution',
  columns: [
    { name: 'resolution', type: 'VARCHAR' },
    { name: 'session', type: 'SMALLINT' },
    { name: 'session_year', type: 'SMALLINT' },
    { name: 'date', type: 'DATE' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'country', type: 'VARCHAR' },
    { name: 'kind', type: 'VARCHAR' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};

export function* sponsorshipRows(rows: readonly Sponsorship[]): Generator<readonly CellValue[]> {
  for (const s of rows) {
    yield [
      s.resolution,
      s.session,
      s.session + 1945,
      s.date,
      Number(s.date.slice(0, 4)),
      s.country,
      s.kind,
      s.sourceFile,
      s.sourceLine,
    ];
  }
}

export const overlapTable: TableSpec = {
  name: 'unga_overlap',
  description:
    'Every disagreement between vote sources where they overlap (2019-2021: Voeten, UNDL scrape, DGACM; 2025-2026: DGACM, 2025 UNDL scrape)',
  columns: [
    { name: 'kind', type: 'VARCHAR' },
    { name: 'resolution', type: 'VARCHAR' },
    { name: 'date', type: 'DATE' },
    { name: 'country', type: 'VARCHAR', nullable: true },
    { name: 'source_a', type: 'VARCHAR' },
    { name: 'value_a', type: 'VARCHAR' },
    { name: 'source_b', type: 'VARCHAR' },
    { name: 'value_b', type: 'VARCHAR' },
    { name: 'where_a', type: 'VARCHAR' },
    { name: 'where_b', type: 'VARCHAR' },
  ],
};

export function* overlapRows(rows: readonly Disagreement[]): Generator<readonly CellValue[]> {
  for (const d of rows) {
    yield [
      d.kind,
      d.resolution,
      d.date,
      d.country,
      d.sourceA,
      d.valueA,
      d.sourceB,
      d.valueB,
      d.whereA,
      d.whereB,
    ];
  }
}
