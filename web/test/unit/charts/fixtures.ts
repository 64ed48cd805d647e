// Hand-made API answers for the chart tests, typed by the server's schemas (src/api/types.ts), small
// enough that every shaped row and word can be worked out by hand. Kenya between the United States
// and China; the years and figures are invented for the tests.
import type {
  AgreementRow,
  AidProfile,
  ArmsImports,
  DebtExposure,
  DebtService,
  DebtServiceYear,
  DebtYear,
  FinanceDistribution,
  IdealPoint,
  InvestmentProfile,
  LeaderVisitCount,
  ProfileWithSeries,
  SecurityYear,
  SponsorshipRow,
  TradePartnerSeries,
  TradePartners,
  TradeSeries,
  Trip,
  ValuesSeriesRow,
  Visit,
} from '../../../../src/api/types';
import type { ChartView } from '../../../src/charts/types';

export const view: ChartView = {
  country: 'KEN',
  countryName: 'Kenya',
  year: 2020,
  poles: ['USA', 'CHN'],
  poleNames: ['United States', 'China'],
};

const measures = {
  identical: null,
  s: null,
  kappa: null,
  pi: null,
  coincidence: null,
  stateDept: null,
  yearBasis: 'calendar' as const,
};

export const agreement: AgreementRow[] = [
  { year: 2019, country: 'KEN', partner: 'USA', votes: 80, agreement: 0.25, ...measures },
  { year: 2019, country: 'KEN', partner: 'CHN', votes: 80, agreement: 0.9, ...measures },
  { year: 2020, country: 'KEN', partner: 'USA', votes: 0, agreement: null, ...measures },
  { year: 2020, country: 'KEN', partner: 'CHN', votes: 70, agreement: 0.8, ...measures },
  { year: 2021, country: 'KEN', partner: 'USA', votes: 90, agreement: 0.3, ...measures },
  { year: 2021, country: 'KEN', partner: 'CHN', votes: 90, agreement: 0.85, ...measures },
];

const reading = (position: number | null, engagement: number | null) => ({
  position,
  engagement,
  dataYear: position === null ? null : 2020,
  carried: false,
});
const coverage = { used: ['votes', 'trade'], enough: true, label: null };
const weights = { votes: 0.5, trade: 0.5, finance: 0, visits: 0 };

export const profile: ProfileWithSeries = {
  country: 'KEN',
  name: 'Kenya',
  year: 2020,
  poles: ['USA', 'CHN'],
  position: 0.3,
  balance: 0.6,
  spread: 0.4,
  stance: 'second',
  hedging: null,
  headline: 'Kenya leans to China.',
  coverage,
  carried: [],
  carryForward: 0,
  weights,
  dimensions: {
    votes: {
      position: 0.5,
      engagement: 0.9,
      source: 'votes.parquet',
      dataYear: 2020,
      carried: false,
      words: null,
      agreementFirst: 0.3,
      agreementSecond: 0.85,
      difference: 0.55,
      worldMedian: 0.4,
      firstAnchor: -1,
      secondAnchor: 1,
      participation: 0.95,
      rollCalls: 90,
    },
    trade: {
      position: 0.1,
      engagement: 0.7,
      source: 'dots.parquet',
      dataYear: 2020,
      carried: false,
      words: null,
      withFirst: 100,
      withSecond: 300,
      total: 1000,
      firstShare: 0.1,
      secondShare: 0.3,
      tilt: 0.5,
      worldMedianCombinedShare: 0.3,
    },
    finance: {
      position: -0.2,
      engagement: 0.5,
      source: 'ids.parquet',
      dataYear: 2020,
      carried: false,
      words: null,
      owedFirst: 20,
      owedSecond: 10,
      total: 100,
      firstShare: 0.2,
      secondShare: 0.1,
      tilt: -0.33,
      worldMedianCombinedShare: 0.2,
    },
    visits: null,
  },
  sensitivity: [],
  series: [2019, 2020].map((year) => ({
    year,
    position: year === 2019 ? 0.2 : 0.3,
    balance: 0.6,
    spread: 0.4,
    stance: 'second' as const,
    hedging: null,
    weights,
    coverage,
    dimensions: {
      votes: reading(year === 2019 ? 0.4 : 0.5, 0.9),
      trade: reading(year === 2019 ? 0 : 0.1, 0.7),
      finance: reading(null, null),
      visits: reading(null, null),
    },
  })),
};

export const idealPoints: IdealPoint[] = [
  { year: 2019, country: 'USA', idealPoint: 2.5, low: 2.3, high: 2.7, votes: 80, yearBasis: 'session' },
  { year: 2019, country: 'KEN', idealPoint: -0.5, low: -0.7, high: -0.3, votes: 80, yearBasis: 'session' },
  { year: 2019, country: 'CHN', idealPoint: -1.2, low: -1.4, high: -1, votes: 80, yearBasis: 'session' },
  { year: 2019, country: 'GBR', idealPoint: 1.9, low: 1.7, high: 2.1, votes: 80, yearBasis: 'session' },
  { year: 2020, country: 'USA', idealPoint: 2.6, low: 2.4, high: 2.8, votes: 70, yearBasis: 'session' },
  { year: 2020, country: 'KEN', idealPoint: -0.4, low: -0.6, high: -0.2, votes: 70, yearBasis: 'session' },
  { year: 2020, country: 'CHN', idealPoint: -1.1, low: -1.3, high: -0.9, votes: 70, yearBasis: 'session' },
];

const partner = (
  rank: number,
  id: string,
  name: string,
  exports: number,
  imports: number,
  share: number,
) => ({
  partner: id,
  partnerName: name,
  exports,
  imports,
  total: exports + imports,
  balance: exports - imports,
  exportsReported: true,
  importsReported: true,
  share,
  rank,
  sources: [],
});

/** Total trade 2500: China 1000 (40%), Uganda 600 (24%), United States 400 (16%). */
export const tradePartners: TradePartners = {
  coverageNote:
    'Trade: IMF DOTS to 2020, exports FOB as reported. The bundled snapshot ends in 2020 (IMF DOTS); later years only from an IMF IMTS file the user brings (bearing update --source trade --from-file FILE).',
  country: 'KEN',
  countryName: 'Kenya',
  year: 2020,
  latestYear: 2021,
  flow: 'total',
  exports: 1000,
  exportsBasis: 'world row',
  imports: 1500,
  importsBasis: 'sum of partners',
  total: 2500,
  balance: -500,
  flowTotal: 2500,
  partnerCount: 3,
  hhi: null,
  effectivePartners: null,
  otherPartners: 500,
  partners: [
    partner(1, 'CHN', 'China', 100, 900, 0.4),
    partner(2, 'UGA', 'Uganda', 500, 100, 0.24),
    partner(3, 'USA', 'United States', 200, 200, 0.16),
  ],
  sources: [],
};

const seriesRow = (year: number, firstValue: number, secondValue: number, total: number) => {
  const known = total > 0;
  return {
    year,
    exports: total / 2,
    exportsBasis: 'world row' as const,
    imports: total / 2,
    importsBasis: 'world row' as const,
    total,
    balance: 0,
    partners: 10,
    hhi: null,
    effectivePartners: null,
    firstValue,
    secondValue,
    firstShare: known ? firstValue / total : null,
    secondShare: known ? secondValue / total : null,
    tilt: known ? (secondValue - firstValue) / (secondValue + firstValue) : null,
  };
};

/** 2018 has no trade reported (shares null); 2019: 100 and 300 of 1000; 2020: 200 and 200 of 800. */
export const tradeSeries: TradeSeries = {
  coverageNote:
    'Trade: IMF DOTS to 2020, exports FOB as reported. The bundled snapshot ends in 2020 (IMF DOTS); later years only from an IMF IMTS file the user brings (bearing update --source trade --from-file FILE).',
  country: 'KEN',
  countryName: 'Kenya',
  flow: 'total',
  poles: [
    { id: 'USA', name: 'United States', kind: 'country' },
    { id: 'CHN', name: 'China', kind: 'country' },
  ],
  from: 2018,
  to: 2020,
  rows: [seriesRow(2018, 0, 0, 0), seriesRow(2019, 100, 300, 1000), seriesRow(2020, 200, 200, 800)],
};

const creditor = (
  name: string,
  country: string | null,
  category: DebtExposure['creditors'][number]['category'],
  stock: number | null,
  stockShare: number | null,
) => ({
  year: 2020,
  creditor: name,
  kind: country ? ('country' as const) : ('institution' as const),
  country,
  category,
  stock,
  stockShare,
  service: null,
  serviceShare: null,
  projected: false,
});

/** Stock US$ 10 bn: China bilateral 3 bn, World Bank 2.5 bn, China commercial 1 bn, US 0.5 bn. */
export const debtExposure: DebtExposure = {
  debtor: 'KEN',
  debtorName: 'Kenya',
  year: 2020,
  stock: 10e9,
  service: 1e9,
  projected: false,
  categories: [],
  hhi: null,
  effectiveCreditors: null,
  namedCoverage: null,
  poles: {
    first: 'USA',
    second: 'CHN',
    firstStock: 0.5e9,
    secondStock: 4e9,
    firstShare: 0.05,
    secondShare: 0.4,
    firstService: 0,
    secondService: 0,
    tilt: 0.78,
    serviceTilt: null,
    multilaterals: 'none',
    directFirstStock: 0.5e9,
    directSecondStock: 4e9,
    attributed: [],
    unattributed: [{ institution: 'IDA', value: 2.5e9 }],
  },
  creditors: [
    creditor('United States', 'USA', 'bilateral', 0.5e9, 0.05),
    creditor('China', 'CHN', 'bilateral', 3e9, 0.3),
    creditor('World Bank', null, 'multilateral', 2.5e9, 0.25),
    creditor('China', 'CHN', 'commercial banks', 1e9, 0.1),
    creditor('Paris Club others', null, 'bilateral', 0, 0),
    creditor('Unallocated', null, 'other private', null, null),
  ],
};

const paid = (
  name: string,
  country: string | null,
  institution: string | null,
  category: DebtService['creditors'][number]['category'],
  service: number,
  serviceShare: number | null,
) => ({
  year: 2022,
  creditor: name,
  kind: country ? ('country' as const) : ('institution' as const),
  country,
  institution,
  category,
  principal: service * 0.8,
  interest: service * 0.2,
  service,
  serviceShare,
  concessional: null,
  projected: false,
  sourceFile: 'finance/wb_ids_ppg_debt_service_by_creditor_all_debtors_2000_2025.csv.gz',
  sourceLines: [2],
});

/** Service US$ 1 bn in 2022: IBRD 400m, China 300m, ADB 200m, US 100m; IBRD attributed, ADB not. */
export const debtService: DebtService = {
  debtor: 'IDN',
  debtorName: 'Indonesia',
  measure: 'service',
  year: 2022,
  service: 1e9,
  principal: 0.8e9,
  interest: 0.2e9,
  projected: false,
  categories: [],
  poles: {
    first: 'USA',
    second: 'CHN',
    multilaterals: 'shareholders',
    firstService: 100e6 + 400e6 * 0.15,
    secondService: 300e6 + 400e6 * 0.05,
    directFirst: 100e6,
    directSecond: 300e6,
    firstShare: 0.16,
    secondShare: 0.32,
    tilt: (320 - 160) / 480,
    attributed: [
      {
        institution: 'IBRD',
        asOf: '2023-02-06',
        value: 400e6,
        firstVotes: 0.15,
        secondVotes: 0.05,
        first: 60e6,
        second: 20e6,
      },
    ],
    unattributed: [{ institution: 'ADB', value: 200e6 }],
  },
  creditors: [
    paid('World Bank-IBRD', null, 'IBRD', 'multilateral', 400e6, 0.4),
    paid('China', 'CHN', null, 'bilateral', 300e6, 0.3),
    paid('Asian Dev. Bank', null, 'ADB', 'multilateral', 200e6, 0.2),
    paid('United States', 'USA', null, 'bilateral', 100e6, 0.1),
    paid('Japan', 'JPN', null, 'bilateral', 0, 0),
  ],
  stocks: { available: false, note: 'no debt stocks by creditor for this debtor' },
  coverage: { from: 2000, to: 2025, lastActual: 2022 },
  source: 'World Bank IDS',
};

/** Service only (no stock field): 2022 reported 1 bn, 2023 projected 1.2 bn. */
export const debtServiceSeries: DebtServiceYear[] = [
  {
    debtor: 'IDN',
    year: 2022,
    service: 1e9,
    principal: 0.8e9,
    interest: 0.2e9,
    projected: false,
    firstService: null,
    secondService: null,
    firstShare: null,
    secondShare: null,
    tilt: null,
  },
  {
    debtor: 'IDN',
    year: 2023,
    service: 1.2e9,
    principal: 1e9,
    interest: 0.2e9,
    projected: true,
    firstService: null,
    secondService: null,
    firstShare: null,
    secondShare: null,
    tilt: null,
  },
];

const debtYear = (year: number, service: number | null, projected: boolean): DebtYear => ({
  debtor: 'KEN',
  year,
  stock: null,
  service,
  projected,
  hhi: null,
  effectiveCreditors: null,
  firstStock: null,
  secondStock: null,
  firstShare: null,
  secondShare: null,
  tilt: null,
});

/** 2019 reported 1.5 bn, 2020 no figure, 2021 reported 2 bn, 2022 projected 2.5 bn. */
export const debtSeries: DebtYear[] = [
  debtYear(2019, 1.5e9, false),
  debtYear(2020, null, false),
  debtYear(2021, 2e9, false),
  debtYear(2022, 2.5e9, true),
];

const event = (id: number, date: string) => ({
  id,
  date,
  endDate: date,
  year: Number(date.slice(0, 4)),
  country: 'KEN',
  countryName: 'Kenya',
  countryLabel: 'Kenya',
  sourceFile: 'historian.xml',
  sourcePosition: id,
  sourceLine: id * 10,
});

export const visits: Visit[] = [
  {
    ...event(1, '2015-08-01'),
    visitor: 'Uhuru Kenyatta',
    role: 'President',
    type: 'state',
    description: 'State visit.',
  },
  {
    ...event(2, '2018-08-27'),
    visitor: 'Uhuru Kenyatta',
    role: 'President',
    type: 'official',
    description: 'Met the President.',
  },
];

export const travels: Trip[] = [
  {
    ...event(3, '2015-07-24'),
    role: 'president',
    who: 'Obama',
    traveller: 'Barack Obama',
    locale: 'Nairobi',
    remarks: 'Global Entrepreneurship Summit.',
  },
  {
    ...event(4, '2023-11-20'),
    role: 'secretary',
    who: 'Blinken',
    traveller: 'Antony Blinken',
    locale: 'Nairobi',
    remarks: 'Met the President.',
  },
];

const count = (
  year: number,
  pole: 'USA' | 'CHN',
  direction: 'out' | 'in',
  head: number,
  fm: number,
  other: number,
): LeaderVisitCount => ({
  country: 'KEN',
  year,
  pole,
  direction,
  head,
  foreignMinister: fm,
  other,
  total: head + fm + other,
});

/** GET /leader-visits/counts?country=KEN, cut to 2013-2016 (China's record ends in 2015 here). */
export const leaderVisitCounts: LeaderVisitCount[] = [
  count(2013, 'USA', 'out', 0, 0, 0),
  count(2013, 'USA', 'in', 0, 0, 0),
  count(2014, 'USA', 'out', 0, 0, 0),
  count(2014, 'USA', 'in', 1, 0, 0),
  count(2015, 'USA', 'out', 1, 1, 0),
  count(2015, 'USA', 'in', 0, 0, 0),
  count(2016, 'USA', 'out', 0, 1, 0),
  count(2016, 'USA', 'in', 0, 0, 0),
  count(2013, 'CHN', 'out', 0, 0, 0),
  count(2013, 'CHN', 'in', 1, 0, 1),
  count(2014, 'CHN', 'out', 1, 0, 0),
  count(2014, 'CHN', 'in', 0, 0, 0),
  count(2015, 'CHN', 'out', 0, 2, 0),
  count(2015, 'CHN', 'in', 0, 0, 0),
];

const sp = { country: 'KEN', resolutions: 200, yearBasis: 'calendar' as const, source: 'DGACM' };
/** Co-sponsorship: 2020 has no sponsored resolution (shares null), 2021-2022 have both poles. */
export const sponsorship: SponsorshipRow[] = [
  {
    ...sp,
    year: 2020,
    pole: 'USA',
    sponsored: 0,
    coSponsored: 0,
    share: null,
    worldMedian: 0.3,
    relative: null,
  },
  {
    ...sp,
    year: 2020,
    pole: 'CHN',
    sponsored: 0,
    coSponsored: 0,
    share: null,
    worldMedian: 0.3,
    relative: null,
  },
  {
    ...sp,
    year: 2021,
    pole: 'USA',
    sponsored: 40,
    coSponsored: 10,
    share: 0.25,
    worldMedian: 0.35,
    relative: -0.1,
  },
  {
    ...sp,
    year: 2021,
    pole: 'CHN',
    sponsored: 40,
    coSponsored: 24,
    share: 0.6,
    worldMedian: 0.4,
    relative: 0.2,
  },
  {
    ...sp,
    year: 2022,
    pole: 'USA',
    sponsored: 30,
    coSponsored: 12,
    share: 0.4,
    worldMedian: 0.45,
    relative: -0.05,
  },
  {
    ...sp,
    year: 2022,
    pole: 'CHN',
    sponsored: 30,
    coSponsored: 15,
    share: 0.5,
    worldMedian: 0.3,
    relative: 0.2,
  },
];

const vrow = (
  country: string,
  year: number,
  index: 'polyarchy' | 'libdem',
  value: number,
  spread: number,
) => ({
  country,
  year,
  index,
  value,
  low: value - spread,
  high: value + spread,
  sourceLine: 100 + year,
});
export const valuesSeries: ValuesSeriesRow[] = [
  vrow('USA', 2019, 'polyarchy', 0.8, 0.04),
  vrow('KEN', 2019, 'polyarchy', 0.5, 0.06),
  vrow('CHN', 2019, 'polyarchy', 0.1, 0.01),
  vrow('USA', 2019, 'libdem', 0.7, 0.05),
  vrow('KEN', 2019, 'libdem', 0.4, 0.05),
  vrow('CHN', 2019, 'libdem', 0.05, 0.01),
  vrow('USA', 2020, 'polyarchy', 0.82, 0.04),
  vrow('KEN', 2020, 'polyarchy', 0.55, 0.06),
  vrow('CHN', 2020, 'polyarchy', 0.1, 0.01),
  vrow('USA', 2020, 'libdem', 0.72, 0.05),
  vrow('KEN', 2020, 'libdem', 0.45, 0.05),
  vrow('CHN', 2020, 'libdem', 0.05, 0.01),
];

// Kenya's investment: the 2024 figures are the IMF's (US 163, China 1,912.19, Germany 231.67); the
// earlier years and the derived value are invented. Japan publishes nothing: left out, never zero.
export const investment: InvestmentProfile = {
  country: 'KEN',
  countryName: 'Kenya',
  year: 2024,
  poles: ['USA', 'CHN'],
  investors: [
    {
      investor: 'CHN',
      investorName: 'China',
      reportedUsdMn: 1912.19,
      reportedLine: 3160,
      derivedUsdMn: null,
      derivedLine: null,
      reportedShare: 0.829,
    },
    {
      investor: 'DEU',
      investorName: 'Germany',
      reportedUsdMn: 231.67,
      reportedLine: 4758,
      derivedUsdMn: null,
      derivedLine: null,
      reportedShare: 0.1,
    },
    {
      investor: 'JPN',
      investorName: 'Japan',
      reportedUsdMn: null,
      reportedLine: 5845,
      derivedUsdMn: null,
      derivedLine: null,
      reportedShare: null,
    },
    {
      investor: 'USA',
      investorName: 'United States',
      reportedUsdMn: 163,
      reportedLine: 11072,
      derivedUsdMn: null,
      derivedLine: null,
      reportedShare: 0.071,
    },
  ],
  tilt: {
    first: 'USA',
    second: 'CHN',
    firstUsdMn: 163,
    secondUsdMn: 1912.19,
    position: 0.843,
    clipped: false,
    basis: 'reported',
  },
  tiltNote: null,
  series: [
    { year: 2022, investor: 'CHN', reportedUsdMn: 1500, derivedUsdMn: null },
    { year: 2022, investor: 'USA', reportedUsdMn: 200, derivedUsdMn: 180 },
    { year: 2022, investor: 'JPN', reportedUsdMn: null, derivedUsdMn: null },
    { year: 2024, investor: 'CHN', reportedUsdMn: 1912.19, derivedUsdMn: null },
    { year: 2024, investor: 'DEU', reportedUsdMn: 231.67, derivedUsdMn: null },
    { year: 2024, investor: 'USA', reportedUsdMn: 163, derivedUsdMn: null },
  ],
  coverage: { from: 2014, to: 2024, investors: ['CHN', 'DEU', 'JPN', 'SGP', 'USA'] },
  source: {
    publisher: 'IMF, Direct Investment Positions (DIP)',
    file: 'finance/imf_dip_outward.csv',
    unit: 'US$ millions',
  },
  notes: [],
};

// Kenya's aid, 2020-2022: US FY2021-2022 and China 2020-2021 as published; China has nothing after 2021.
export const aid: AidProfile = {
  country: 'KEN',
  countryName: 'Kenya',
  from: 2020,
  to: 2022,
  poles: ['USA', 'CHN'],
  rows: [
    {
      year: 2020,
      usObligationsUsd: 854628419,
      usObligationsConstantUsd: 944561664,
      usObligationsLine: 10,
      usDisbursementsUsd: 716489070,
      usDisbursementsConstantUsd: 791885736,
      usDisbursementsLine: 11,
      chinaOdaLikeUsd2021: 40960695,
      chinaOofUsd2021: 0,
      chinaVagueUsd2021: 0,
      chinaLine: 5,
    },
    {
      year: 2021,
      usObligationsUsd: 661910181,
      usObligationsConstantUsd: 707772338,
      usObligationsLine: 12,
      usDisbursementsUsd: 625693203,
      usDisbursementsConstantUsd: 669045932,
      usDisbursementsLine: 13,
      chinaOdaLikeUsd2021: 4300000,
      chinaOofUsd2021: 0,
      chinaVagueUsd2021: 18200000,
      chinaLine: 6,
    },
    {
      year: 2022,
      usObligationsUsd: 1028043157,
      usObligationsConstantUsd: 1028043157,
      usObligationsLine: 14,
      usDisbursementsUsd: null,
      usDisbursementsConstantUsd: null,
      usDisbursementsLine: null,
      chinaOdaLikeUsd2021: null,
      chinaOofUsd2021: null,
      chinaVagueUsd2021: null,
      chinaLine: null,
    },
  ],
  windows: [
    {
      year: 2021,
      window: '2019-2021',
      usObligationsConstantUsd: 2584005243,
      chinaOdaLikeUsd2021: 290962967,
      chinaOofUsd2021: 562905871,
      position: -0.798,
      clipped: false,
    },
    {
      year: 2022,
      window: '2020-2022',
      usObligationsConstantUsd: 2680377159,
      chinaOdaLikeUsd2021: null,
      chinaOofUsd2021: null,
      position: null,
      clipped: false,
    },
  ],
  tiltNote: null,
  coverage: {
    usObligations: { from: 1946, to: 2024 },
    usDisbursements: { from: 2001, to: 2024 },
    china: { from: 2000, to: 2021 },
    usRecipient: true,
    chinaRecipient: true,
  },
  comparability: ['commitments vs obligations'],
  sources: { us: 'ForeignAssistance.gov', china: 'AidData GCDF 3.0' },
};
const armsYear = (
  year: number,
  supplier: string,
  supplierName: string,
  tiv: number | null,
  pole: 'first' | 'second' | null,
  supplierKind: 'state' | 'armed group' | 'organisation' | 'unknown' = 'state',
) => ({
  year,
  supplier,
  supplierName,
  supplierKind,
  tiv,
  source: 'register' as const,
  sourceLine: 13,
  sourceLines: 1,
  pole,
});

/** Arms to Kenya: the US 30, China 10, Italy 50, an unknown supplier 10; a null TIV left out. */
export const armsImports: ArmsImports = {
  country: 'KEN',
  from: 2019,
  to: 2021,
  total: 100,
  suppliers: [
    {
      supplier: 'ITA',
      supplierName: 'Italy',
      supplierKind: 'state',
      tiv: 50,
      share: 0.5,
      years: 1,
      pole: null,
    },
    {
      supplier: 'USA',
      supplierName: 'United States',
      supplierKind: 'state',
      tiv: 30,
      share: 0.3,
      years: 2,
      pole: 'first',
    },
    {
      supplier: 'CHN',
      supplierName: 'China',
      supplierKind: 'state',
      tiv: 10,
      share: 0.1,
      years: 1,
      pole: 'second',
    },
    {
      supplier: 'unknown supplier(s)',
      supplierName: 'unknown supplier(s)',
      supplierKind: 'unknown',
      tiv: 10,
      share: 0.1,
      years: 1,
      pole: null,
    },
  ],
  years: [
    armsYear(2019, 'USA', 'United States', 20, 'first'),
    armsYear(2019, 'ITA', 'Italy', 50, null),
    armsYear(2020, 'CHN', 'China', 10, 'second'),
    armsYear(2020, 'FRA', 'France', null, null),
    armsYear(2021, 'USA', 'United States', 10, 'first'),
    armsYear(2021, 'unknown supplier(s)', 'unknown supplier(s)', 10, null, 'unknown'),
  ],
  coverage: 'SIPRI TIV, deliveries 2019-2021',
  sources: [],
};

const securityYear = (
  year: number,
  tieFirst: number,
  oFirst: string,
  tieSecond: number,
  oSecond: string,
  mnna: boolean,
) => ({
  country: 'KEN',
  year,
  position: null,
  engagement: null,
  armsTotalTiv: null,
  armsTilt: null,
  allianceTieFirst: tieFirst,
  allianceTieSecond: tieSecond,
  allianceObligationsFirst: oFirst,
  allianceObligationsSecond: oSecond,
  allianceCarriedForward: year > 2018,
  natoMember: false,
  mnna,
  usTroopsActiveDuty: null,
});

/** Kenya's ties: consultation with the US from 2017, non-aggression with China in 2018; MNNA from 2020. */
export const securitySeries: SecurityYear[] = [
  securityYear(2016, 0, '', 0, '', false),
  securityYear(2017, 0.25, 'consul', 0, '', false),
  securityYear(2018, 0.25, 'consul', 0.5, 'nonagg', false),
  securityYear(2019, 0.25, 'consul', 0.5, 'nonagg', false),
  securityYear(2020, 0.25, 'consul', 0.5, 'nonagg', true),
];

const partnerSeries = (partner: string, partnerName: string, rows: TradePartnerSeries['rows']) => ({
  country: 'KEN',
  countryName: 'Kenya',
  partner,
  partnerName,
  flow: 'total' as const,
  from: 2018,
  to: 2020,
  rows,
  coverageNote: 'Trade: IMF DOTS to 2020.',
  sources: [],
});

/** GET /trade/KEN/partner/USA and /CHN: 2018 has no published flow with the US (missing). */
export const tradeRank: TradePartnerSeries[] = [
  partnerSeries('USA', 'United States', [
    { year: 2018, value: null, share: null, rank: null, partners: 170, lines: [] },
    { year: 2019, value: 900, share: 0.04, rank: 5, partners: 175, lines: [11, 12] },
    { year: 2020, value: 830, share: 0.035, rank: 6, partners: 179, lines: [13] },
  ]),
  partnerSeries('CHN', 'China', [
    { year: 2018, value: 5300, share: 0.2, rank: 1, partners: 170, lines: [21] },
    { year: 2019, value: 5100, share: 0.208, rank: 1, partners: 175, lines: [22] },
    { year: 2020, value: 5550, share: 0.231, rank: 1, partners: 179, lines: [23, 24] },
  ]),
];

/** A histogram of 21 bins (the saturated ends apart, 0.1 wide between) with counts at some bins. */
function distributionBins(counts: Record<number, number>): FinanceDistribution['bins'] {
  const edges = [-1, ...Array.from({ length: 20 }, (_, i) => Number((-0.95 + i * 0.1).toFixed(2))), 1];
  return edges.slice(0, -1).map((from, i) => ({
    from,
    to: edges[i + 1],
    count: counts[i] ?? 0,
    saturated: i === 0 || i === 20,
  }));
}

const distribution = (
  year: number,
  multilaterals: 'none' | 'shareholders',
  counts: Record<number, number>,
  debtorsRead: number,
): FinanceDistribution => {
  const withPosition = Object.values(counts).reduce((a, b) => a + b, 0);
  const saturated = (counts[0] ?? 0) + (counts[20] ?? 0);
  return {
    year,
    poles: ['USA', 'CHN'],
    multilaterals,
    debtorsRead,
    withPosition,
    saturated,
    saturatedShare: saturated / withPosition,
    firstSide: 0,
    between: 0,
    secondSide: 0,
    median: 0.5,
    quartiles: [0, 0.9],
    projected: year > 2022,
    bins: distributionBins(counts),
    debtors: [],
    coverage: { from: 2000, to: 2025 },
    source: 'World Bank IDS',
  };
};

/** GET /finance-distribution for 2019 and 2024 under none and shareholders (the load's order). */
export const financeDistributions: FinanceDistribution[] = [
  distribution(2019, 'none', { 0: 1, 15: 1, 20: 8 }, 12),
  distribution(2024, 'none', { 0: 1, 20: 9 }, 12),
  distribution(2019, 'shareholders', { 0: 1, 4: 3, 12: 2, 17: 4, 20: 2 }, 12),
  distribution(2024, 'shareholders', { 4: 4, 12: 2, 17: 3, 20: 3 }, 13),
];
