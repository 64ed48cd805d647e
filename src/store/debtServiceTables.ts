import type { DebtServiceRecord } from '../finance/debtRecord.js';
import type { VotingShare } from '../finance/shareholders.js';
import type { CellValue, TableSpec } from './table.js';

export const debtServiceTable: TableSpec = {
  name: 'debt_service',
  description:
    'World Bank IDS public and publicly guaranteed external debt service of all IDS debtors by creditor, category and component (principal, interest), 2000-2025 (projected after 2022), current US$; concessional rows are "of which" parts of the bilateral and multilateral rows',
  columns: [
    { name: 'debtor', type: 'VARCHAR', nullable: true },
    { name: 'debtor_group', type: 'VARCHAR', nullable: true },
    { name: 'debtor_name', type: 'VARCHAR' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'category', type: 'VARCHAR' },
    { name: 'component', type: 'VARCHAR' },
    { name: 'concessional', type: 'BOOLEAN' },
    { name: 'creditor_name', type: 'VARCHAR' },
    { name: 'creditor_kind', type: 'VARCHAR' },
    { name: 'creditor_country', type: 'VARCHAR', nullable: true },
    { name: 'creditor_institution', type: 'VARCHAR', nullable: true },
    { name: 'value_usd', type: 'DOUBLE' },
    { name: 'projected', type: 'BOOLEAN' },
    { name: 'series_code', type: 'VARCHAR' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};

export function* debtServiceRows(records: readonly DebtServiceRecord[]): Generator<readonly CellValue[]> {
  for (const r of records) {
    yield [
      r.debtor,
      r.debtorGroup,
      r.debtorName,
      r.year,
      r.category,
      r.component,
      r.concessional,
      r.creditorName,
      r.creditorKind,
      r.creditorCountry,
      r.creditorInstitution,
      r.value,
      r.projected,
      r.seriesCode,
      r.sourceFile,
      r.sourceLine,
    ];
  }
}

export const votingPowerTable: TableSpec = {
  name: 'voting_power',
  description:
    "Members' shares of the votes of IBRD (2023-02-06), IDA (2022-12-31) and the IMF (circa 2016): one date per institution, no history",
  columns: [
    { name: 'institution', type: 'VARCHAR' },
    { name: 'as_of', type: 'VARCHAR' },
    { name: 'member', type: 'VARCHAR' },
    { name: 'member_name', type: 'VARCHAR' },
    { name: 'share', type: 'DOUBLE' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};

export function* votingPowerRows(shares: readonly VotingShare[]): Generator<readonly CellValue[]> {
  for (const s of shares) {
    yield [s.institution, s.asOf, s.member, s.memberName, s.share, s.sourceFile, s.sourceLine];
  }
}
