/**
 * Creditors of the Kenya external debt register, by the name the register prints (after the
 * repairs in parseRegister.ts), with the country where the lender resides. Multilateral
 * institutions, bondholders and lenders of unknown residence have no country. A creditor not in
 * this table stops the import with its file and line: a new register must be read, not guessed.
 */
export const registerCreditorCountries: Readonly<Record<string, string | null>> = {
  'APEX FINANCE CORPORATION': null,
  'Africa Export-Import Bank (Afrexim Bank)': null,
  'African Development Bank': null,
  'African Development Fund': null,
  'Agence Francaise De Development': 'FRA',
  'Arab Bank For Econ.Dev.In Africa': null,
  'BELFIUS BANK SA': 'BEL',
  'BNP  PARIBAS FPORTIS': 'BEL',
  'Banco Bilbao Vicaya Argentaria, S.A': 'ESP',
  'Bank-Leumi LE-Israel B.M': 'ISR',
  'China Development Bank': 'CHN',
  'Citigroup Global Markets Deutschland AG': 'DEU',
  'Citigroup Global Markets Europe AG': 'DEU',
  'CommerzBank of Belgium': 'BEL',
  'DEUTSCHE BANK ESPANOLA': 'ESP',
  'Deutsche Bank': 'DEU',
  'Erste Group of Banks': 'AUT',
  'European Economic Community': null,
  'European Investment Bank': null,
  'Exim Bank  U.S.A.': 'USA',
  'Exim Bank India': 'IND',
  'Exim Bank of China': 'CHN',
  'Export - Import Bank - Korea': 'KOR',
  'Government  of Poland': 'POL',
  'Government of Austria': 'AUT',
  'Government of Belgium': 'BEL',
  'Government of China': 'CHN',
  'Government of Denmark': 'DNK',
  'Government of Finland': 'FIN',
  'Government of France': 'FRA',
  'Government of Italy': 'ITA',
  'Government of Japan': 'JPN',
  'Government of Saudi Arabia': 'SAU',
  'Government of United States of America': 'USA',
  'Govt of Fed. Republic of Germany - GTZ': 'DEU',
  'ING Bank Germany': 'DEU',
  'Instituto De Credito:Kingdom Of Spain.': 'ESP',
  'International Development Association': null,
  'International Fund For Agricultural Dev.': null,
  'International Monetary Fund': null,
  'Intesa SanPaolo': 'ITA',
  'Intl Bank for Reconstruction & Developmt': null,
  'KBC BANK': 'BEL',
  'Khalifa Fund for Enterprise Development': 'ARE',
  'Korea Economic Dev. Co-operation Fund': 'KOR',
  'Kuwait Fund for Arab Economic Development': 'KWT',
  'Abu Dhabi Fund for Development': 'ARE',
  'LBA Systems': null,
  'Midland Finance & Securities Limited': null,
  'Mizuho Bank Europe N.V': 'NLD',
  'Nordic Development Fund': null,
  'Organisation of Petroleum Exp Countries': null,
  'Saudi Development Fund': 'SAU',
  'Societe Generale': 'FRA',
  'Sound Day Corporation': null,
  'Standard Bank Ltd UK': 'GBR',
  'The Standard Bank of South Africa Ltd': 'ZAF',
  'Trade and Development Bank': null,
  'Unicredit Bank Austria': 'AUT',
  'Unicredit SPA': 'ITA',
};

/**
 * Creditor names the PDF extraction split across two cells: the head ended the loan title, the
 * tail landed in the creditor column. Each entry: the tail, the head the title must end with, and
 * the creditor's name.
 */
export const splitCreditors: readonly { tail: string; head: RegExp; name: string }[] = [
  {
    tail: 'DEV.',
    head: /\s*KUWAIT FUND FOR ARAB ECONOMIC\s*$/i,
    name: 'Kuwait Fund for Arab Economic Development',
  },
  {
    tail: 'Cooperation',
    head: /\s*Abu Dhabi Fund for Arab Econ\s*$/i,
    name: 'Abu Dhabi Fund for Development',
  },
];
