import { issueCodes, type RollCall, type VoteRecord } from '../votes/rollCall.js';
import type { CellValue, TableSpec } from './table.js';

export const rollCallsTable: TableSpec = {
  name: 'rollcalls',
  description:
    'UN General Assembly roll calls (Voeten 1946-2019, extended from the UN Digital Library to 2021)',
  columns: [
    { name: 'rcid', type: 'INTEGER' },
    { name: 'session', type: 'SMALLINT' },
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
    { name: 'source_line', type: 'INTEGER' },
  ],
};

export function* rollCallRows(rollCalls: readonly RollCall[]): Generator<readonly CellValue[]> {
  for (const r of rollCalls) {
    yield [
      r.rcid,
      r.session,
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
  for (const v of votes) yield [v.rcid, v.country, v.vote, v.sourceLine];
}
