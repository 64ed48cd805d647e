import type { TableSpec } from './table.js';

const flowColumns = [
  { name: 'reporter', type: 'VARCHAR' },
  { name: 'partner', type: 'VARCHAR' },
  { name: 'year', type: 'SMALLINT' },
  { name: 'exports', type: 'DOUBLE' },
  { name: 'source_file', type: 'VARCHAR' },
  { name: 'source_line', type: 'INTEGER' },
  /** How the figure was obtained (src/sources/imfSdmxCsv/imtsFlows.ts TradeBasis). */
  { name: 'basis', type: 'VARCHAR' },
] as const;

export const tradeFlowsTable: TableSpec = {
  name: 'trade_flows',
  description:
    "Goods flows exporter (reporter) -> importer (partner), US$ millions, between two states (concordance ids): IMF DOTS exports FOB as reported by the exporter to 2020 (basis dots-exports-fob); after 2020 only from a user-supplied IMTS file, the importer's declared imports CIF where published, else the exporter's exports FOB (basis imts-imports-cif / imts-exports-fob-mirror); source_file and source_line name the raw file and its row",
  columns: flowColumns,
};

export const tradeGroupFlowsTable: TableSpec = {
  name: 'trade_group_flows',
  description:
    'Goods flows, US$ millions, where the reporter or the partner is an IMF group (World, Euro Area, not specified, ...): never mixed with trade_flows; basis as in trade_flows',
  columns: flowColumns,
};

export const tradeNamesTable: TableSpec = {
  name: 'trade_names',
  description:
    'Every IMF reporter/partner label of DOTS and what it was read as: a concordance id (kind country) or an IMF group (kind group)',
  columns: [
    { name: 'label', type: 'VARCHAR' },
    { name: 'id', type: 'VARCHAR' },
    { name: 'kind', type: 'VARCHAR' },
    { name: 'group_kind', type: 'VARCHAR', nullable: true },
    { name: 'members', type: 'VARCHAR', nullable: true },
    { name: 'rule', type: 'VARCHAR' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'first_line', type: 'INTEGER' },
  ],
};
