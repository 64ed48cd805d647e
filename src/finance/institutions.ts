/**
 * The multilateral and other non-country creditors the World Bank IDS names, with a short id each.
 * `shareholders` names the voting-power table that attributes an institution's lending to its members
 * (src/measures/finance/attribution.ts); null where the snapshot has no shareholder data for it.
 */
export interface Institution {
  id: string;
  name: string;
  /** The voting-power table of this institution in the snapshot, if any. */
  shareholders: 'IBRD' | 'IDA' | 'IMF' | null;
}

/** Institutions with shareholder (voting power) data in the snapshot, one date each. */
export const shareholderInstitutions = ['IBRD', 'IDA', 'IMF'] as const;
export type ShareholderInstitution = (typeof shareholderInstitutions)[number];

const table: readonly [id: string, name: string, idsNames: readonly string[]][] = [
  ['IDA', 'World Bank, International Development Association', ['World Bank-IDA']],
  ['IBRD', 'World Bank, International Bank for Reconstruction and Development', ['World Bank-IBRD']],
  ['IMF', 'International Monetary Fund', ['IMF', 'International Monetary Fund']],
  ['IFC', 'International Finance Corporation', ['International Finance Corporation']],
  ['MIGA', 'World Bank, Multilateral Investment Guarantee Agency', ['World Bank-MIGA']],
  ['AFDB', 'African Development Bank', ['African Dev. Bank']],
  ['AFREXIM', 'African Export-Import Bank', ['African Export-Import Bank']],
  ['ADB', 'Asian Development Bank', ['Asian Dev. Bank']],
  ['AIIB', 'Asian Infrastructure Investment Bank', ['Asian Infrastructure Investment Bank']],
  ['IDB', 'Inter-American Development Bank', ['Inter-American Dev. Bank']],
  ['CDB', 'Caribbean Development Bank', ['Caribbean Dev. Bank']],
  [
    'CABEI',
    'Central American Bank for Economic Integration',
    ['Central American Bank for Econ. Integ. (CABEI)', 'Central American Bank for Econ. Integration (BCIE)'],
  ],
  [
    'CAF',
    'Corporacion Andina de Fomento (Development Bank of Latin America)',
    ['Corporacion Andina de Fomento'],
  ],
  ['FONPLATA', 'Plata Basin Financial Development Fund', ['Plata Basin Financial Dev. Fund']],
  ['FLAR', 'Fondo Latinoamericano de Reservas', ['Fondo Latinoamericano de Reservas (FLAR)']],
  ['ALBA', 'Bolivarian Alliance for the Americas', ['Bolivarian Alliance for the Americas (ALBA)']],
  ['CARICOM', 'Caribbean Community', ['Caribbean Community (CARICOM)']],
  ['EIB', 'European Investment Bank', ['European Investment Bank']],
  [
    'EBRD',
    'European Bank for Reconstruction and Development',
    ['European Bank for Reconstruction and Dev. (EBRD)'],
  ],
  ['EUI', 'European Union', ['European Union']],
  ['EDF', 'European Development Fund', ['European Development Fund (EDF)']],
  ['EEC', 'European Economic Community', ['European Economic Community (EEC)']],
  ['ERF', 'European Relief Fund', ['European Relief Fund']],
  ['ESF', 'European Social Fund', ['European Social Fund (ESF)']],
  ['CEB', 'Council of Europe Development Bank', ['Council of Europe']],
  ['EUROFIMA', 'EUROFIMA', ['EUROFIMA']],
  ['EDB', 'Eurasian Development Bank', ['Eurasian Development Bank']],
  ['ETDB', 'ECO Trade and Development Bank', ['ECO Trade and Dev. Bank']],
  [
    'IBEC',
    'International Bank for Economic Cooperation',
    ['International Bank for Economic Cooperation (IBEC)'],
  ],
  ['NDF', 'Nordic Development Fund', ['Nordic Development Fund']],
  ['NEFCO', 'Nordic Environment Finance Corporation', ['Nordic Environment Finance Corporation (NEFCO)']],
  ['NIB', 'Nordic Investment Bank', ['Nordic Investment Bank']],
  ['ISDB', 'Islamic Development Bank', ['Islamic Dev. Bank']],
  ['ISFD', 'Islamic Solidarity Fund for Development', ['Islamic Solidarity Fund for Dev. (ISFD)']],
  ['OFID', 'OPEC Fund for International Development', ['OPEC Fund for International Dev.']],
  [
    'OAPEC',
    'Organization of Arab Petroleum Exporting Countries',
    ['Org. of Arab Petroleum Exporting Countries (OAPEC)'],
  ],
  ['AFESD', 'Arab Fund for Economic and Social Development', ['Arab Fund for Economic & Social Development']],
  [
    'BADEA',
    'Arab Bank for Economic Development in Africa',
    ['Arab Bank for Economic Dev. in Africa (BADEA)'],
  ],
  [
    'AFTAAC',
    'Arab Fund for Technical Assistance to African Countries',
    ['Arab Fund for Tech. Assist. to African Countries'],
  ],
  ['AMF', 'Arab Monetary Fund', ['Arab Monetary Fund']],
  ['ARABLEAGUE', 'Arab League', ['Arab League']],
  ['ATO', 'Arab Towns Organization', ['Arab Towns Organization (ATO)']],
  ['AAIB', 'Arab African International Bank', ['Arab African International Bank']],
  ['BIS', 'Bank for International Settlements', ['Bank for International Settlements (BIS)']],
  ['BCEAO', 'Central Bank of West African States', ['Central Bank of West African States (BCEAO)']],
  [
    'BDEAC',
    'Development Bank of the Central African States',
    ['Dev. Bank of the Central African States (BDEAC)'],
  ],
  ['BOAD', 'West African Development Bank', ['West African Development Bank - BOAD']],
  ['UMOA', 'West African Monetary Union', ['West African Monetary Union (UMOA)']],
  [
    'ECOWAS',
    'Economic Community of West African States',
    ['Economic Community of West African States (ECOWAS)'],
  ],
  ['EAC', 'East African Community', ['East African Community']],
  [
    'TDB',
    'Eastern and Southern African Trade and Development Bank',
    ['Eastern & Southern African Trade & Dev. Bank (TDB)'],
  ],
  ['ENTENTE', 'Entente Council', ['Entente Council']],
  ['SADF', 'South Asian Development Fund', ['South Asian Development Fund (SADF)']],
  ['IFAD', 'International Fund for Agricultural Development', ['International Fund for Agricultural Dev.']],
  ['ICO', 'International Coffee Organization', ['International Coffee Organization (ICO)']],
  ['UNDP', 'United Nations Development Programme', ['UN-Development Programme (UNDP)']],
  ['UNGA', 'United Nations General Assembly', ['UN-General Assembly (UNGA)']],
  ['UNFPA', 'United Nations Population Fund', ['UN-Population Fund (UNFPA)']],
  ['WFP', 'World Food Programme', ['UN-World Food Programme (WFP)']],
  ['WTO', 'World Trade Organization', ['World Trade Organization']],
];

export const institutions: readonly Institution[] = table.map(([id, name]) => ({
  id,
  name,
  shareholders: (shareholderInstitutions as readonly string[]).includes(id)
    ? (id as ShareholderInstitution)
    : null,
}));

const byIdsName = new Map<string, Institution>();
const byId = new Map<string, Institution>();
for (const [id, , names] of table) {
  const inst = institutions.find((i) => i.id === id) as Institution;
  byId.set(id, inst);
  for (const n of names) byIdsName.set(n.toLowerCase(), inst);
}

/** The institution a (cleaned) IDS creditor name stands for, if it is one. */
export function institutionByIdsName(name: string): Institution | undefined {
  return byIdsName.get(name.toLowerCase());
}

export function institutionById(id: string): Institution | undefined {
  return byId.get(id);
}

/** IDS pads some names with non-breaking spaces ("World Bank-IDA\u00a0\u00a0..."): collapse and trim. */
export function cleanName(raw: string): string {
  return raw.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}
