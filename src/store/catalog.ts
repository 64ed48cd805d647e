// Every table a snapshot may hold, by name. The manifest is read as untrusted input: a table it
// names must be one of these (and its Parquet file must have these columns), and the build refuses
// to write a table that is missing here. A new TableSpec is added to this list in the same change.
import { aidChinaTable, aidUsTable } from './aidTables.js';
import { bearingWorldTable } from './bearingTables.js';
import { countriesTable } from './countries.js';
import { debtServiceTable, votingPowerTable } from './debtServiceTables.js';
import { chinaEngagementsTable } from './diplomacyTables.js';
import { debtCreditorsTable, fxRatesTable, loansTable } from './financeTables.js';
import { idealPointsTable } from './idealPointsTables.js';
import { investmentPositionsTable } from './investmentTables.js';
import { armsTransfersTable, atopTable, usTroopsTable } from './securityTables.js';
import type { TableSpec } from './table.js';
import { tradeFlowsTable, tradeGroupFlowsTable, tradeNamesTable } from './tradeTables.js';
import { freedomHouseTable, vdemTable } from './valuesTables.js';
import { travelsTable, visitsTable } from './visitsTables.js';
import { overlapTable, rollCallsTable, sponsorshipsTable, votesTable } from './votesTables.js';

const specs: readonly TableSpec[] = [
  countriesTable,
  rollCallsTable,
  votesTable,
  sponsorshipsTable,
  overlapTable,
  idealPointsTable,
  tradeFlowsTable,
  tradeGroupFlowsTable,
  tradeNamesTable,
  debtCreditorsTable,
  loansTable,
  fxRatesTable,
  debtServiceTable,
  votingPowerTable,
  investmentPositionsTable,
  aidUsTable,
  aidChinaTable,
  visitsTable,
  travelsTable,
  chinaEngagementsTable,
  armsTransfersTable,
  usTroopsTable,
  atopTable,
  vdemTable,
  freedomHouseTable,
  bearingWorldTable,
];

export const tableCatalog: ReadonlyMap<string, TableSpec> = new Map(specs.map((s) => [s.name, s]));

/** Table and dataset names: lower-case words, so that a name can never carry SQL or a path. */
export const namePattern = /^[a-z][a-z0-9_]{0,62}$/;
