/**
 * Membership of the United Nations by state, with admission dates, so that a vote record that lists
 * only the states that voted (DGACM's resolution extracts) can tell an absent member from a non-member.
 *
 * Source: United Nations, "Member States" (https://www.un.org/en/about-us/member-states), the date of
 * admission of each member; successions as the UN records them (the Russian Federation continuing the
 * USSR's seat from 24 December 1991, Germany unified on 3 October 1990, Yemen on 22 May 1990, Czechia and
 * Slovakia admitted on 19 January 1993, the Federal Republic of Yugoslavia on 1 November 2000, Serbia
 * continuing Serbia and Montenegro from 3 June 2006). Ends of historical seats follow the succession dates
 * of `successionRules` (src/countries/historical.ts), so a vote assigned to the state of the day always
 * finds that state a member. Indonesia's absence of 1965-1966 is not modelled.
 */
export interface UnMembership {
  id: string;
  /** ISO date of admission (or of taking the seat). */
  from: string;
  /** ISO date the seat passed to a successor (exclusive); null for current members. */
  to: string | null;
}

// biome-ignore format: a table, one admission date per state
const current: Record<string, string> = {
  // 1945: the original members (dates of ratification as the UN lists them)
  ARG: '1945-10-24', AUS: '1945-11-01', BEL: '1945-12-27', BOL: '1945-11-14', BRA: '1945-10-24',
  BLR: '1945-10-24', CAN: '1945-11-09', CHL: '1945-10-24', CHN: '1945-10-24', COL: '1945-11-05',
  CRI: '1945-11-02', CUB: '1945-10-24', DNK: '1945-10-24', DOM: '1945-10-24', ECU: '1945-12-21',
  EGY: '1945-10-24', SLV: '1945-10-24', ETH: '1945-11-13', FRA: '1945-10-24', GRC: '1945-10-25',
  GTM: '1945-11-21', HTI: '1945-10-24', HND: '1945-12-17', IND: '1945-10-30', IRN: '1945-10-24',
  IRQ: '1945-12-21', LBN: '1945-10-24', LBR: '1945-11-02', LUX: '1945-10-24', MEX: '1945-11-07',
  NLD: '1945-12-10', NZL: '1945-10-24', NIC: '1945-10-24', NOR: '1945-11-27', PAN: '1945-11-13',
  PRY: '1945-10-24', PER: '1945-10-31', PHL: '1945-10-24', POL: '1945-10-24', SAU: '1945-10-24',
  ZAF: '1945-11-07', SYR: '1945-10-24', TUR: '1945-10-24', UKR: '1945-10-24', GBR: '1945-10-24',
  USA: '1945-10-24', URY: '1945-12-18', VEN: '1945-11-15',
  AFG: '1946-11-19', ISL: '1946-11-19', SWE: '1946-11-19', THA: '1946-12-16',
  PAK: '1947-09-30', MMR: '1948-04-19', ISR: '1949-05-11', IDN: '1950-09-28',
  ALB: '1955-12-14', AUT: '1955-12-14', BGR: '1955-12-14', KHM: '1955-12-14', LKA: '1955-12-14',
  FIN: '1955-12-14', HUN: '1955-12-14', IRL: '1955-12-14', ITA: '1955-12-14', JOR: '1955-12-14',
  LAO: '1955-12-14', LBY: '1955-12-14', NPL: '1955-12-14', PRT: '1955-12-14', ROU: '1955-12-14',
  ESP: '1955-12-14',
  SDN: '1956-11-12', MAR: '1956-11-12', TUN: '1956-11-12', JPN: '1956-12-18',
  GHA: '1957-03-08', MYS: '1957-09-17', GIN: '1958-12-12',
  CMR: '1960-09-20', CAF: '1960-09-20', TCD: '1960-09-20', COG: '1960-09-20', COD: '1960-09-20',
  CIV: '1960-09-20', BEN: '1960-09-20', GAB: '1960-09-20', MDG: '1960-09-20', NER: '1960-09-20',
  SOM: '1960-09-20', TGO: '1960-09-20', BFA: '1960-09-20', CYP: '1960-09-20', MLI: '1960-09-28',
  SEN: '1960-09-28', NGA: '1960-10-07',
  SLE: '1961-09-27', MRT: '1961-10-27', MNG: '1961-10-27', TZA: '1961-12-14',
  BDI: '1962-09-18', JAM: '1962-09-18', RWA: '1962-09-18', TTO: '1962-09-18', DZA: '1962-10-08',
  UGA: '1962-10-25', KWT: '1963-05-14', KEN: '1963-12-16',
  MWI: '1964-12-01', MLT: '1964-12-01', ZMB: '1964-12-01',
  GMB: '1965-09-21', MDV: '1965-09-21', SGP: '1965-09-21',
  GUY: '1966-09-20', BWA: '1966-10-17', LSO: '1966-10-17', BRB: '1966-12-09',
  MUS: '1968-04-24', SWZ: '1968-09-24', GNQ: '1968-11-12', FJI: '1970-10-13',
  BHR: '1971-09-21', BTN: '1971-09-21', QAT: '1971-09-21', OMN: '1971-10-07', ARE: '1971-12-09',
  BHS: '1973-09-18',
  BGD: '1974-09-17', GRD: '1974-09-17', GNB: '1974-09-17',
  CPV: '1975-09-16', MOZ: '1975-09-16', STP: '1975-09-16', PNG: '1975-10-10', COM: '1975-11-12',
  SUR: '1975-12-04',
  SYC: '1976-09-21', AGO: '1976-12-01', WSM: '1976-12-15',
  DJI: '1977-09-20', VNM: '1977-09-20', SLB: '1978-09-19', DMA: '1978-12-18', LCA: '1979-09-18',
  ZWE: '1980-08-25', VCT: '1980-09-16',
  VUT: '1981-09-15', BLZ: '1981-09-25', ATG: '1981-11-11', KNA: '1983-09-23', BRN: '1984-09-21',
  NAM: '1990-04-23', LIE: '1990-09-18',
  EST: '1991-09-17', FSM: '1991-09-17', KOR: '1991-09-17', PRK: '1991-09-17', LVA: '1991-09-17',
  LTU: '1991-09-17', MHL: '1991-09-17',
  ARM: '1992-03-02', AZE: '1992-03-02', KAZ: '1992-03-02', KGZ: '1992-03-02', MDA: '1992-03-02',
  SMR: '1992-03-02', TJK: '1992-03-02', TKM: '1992-03-02', UZB: '1992-03-02',
  BIH: '1992-05-22', HRV: '1992-05-22', SVN: '1992-05-22', GEO: '1992-07-31',
  CZE: '1993-01-19', SVK: '1993-01-19', MKD: '1993-04-08', ERI: '1993-05-28', MCO: '1993-05-28',
  AND: '1993-07-28', PLW: '1994-12-15',
  KIR: '1999-09-14', NRU: '1999-09-14', TON: '1999-09-14', TUV: '2000-09-05',
  CHE: '2002-09-10', TLS: '2002-09-27', MNE: '2006-06-28', SSD: '2011-07-14',
  // Seats continued from a predecessor: the successor's membership starts where the predecessor's ends.
  RUS: '1991-12-25', DEU: '1990-10-03', YEM: '1990-05-22', SRB: '2006-06-03',
};

const historical: UnMembership[] = [
  { id: 'SUN', from: '1945-10-24', to: '1991-12-25' },
  { id: 'YUG', from: '1945-10-24', to: '1992-04-27' },
  { id: 'SCG', from: '2000-11-01', to: '2006-06-03' },
  { id: 'CSK', from: '1945-10-24', to: '1993-01-01' },
  { id: 'BRD', from: '1973-09-18', to: '1990-10-03' },
  { id: 'DDR', from: '1973-09-18', to: '1990-10-03' },
  { id: 'YAR', from: '1947-09-30', to: '1990-05-22' },
  { id: 'YMD', from: '1967-12-14', to: '1990-05-22' },
  { id: 'ZAN', from: '1963-12-16', to: '1964-04-26' },
];

export const unMembership: readonly UnMembership[] = [
  ...Object.entries(current).map(([id, from]) => ({ id, from, to: null })),
  ...historical,
];

const byId = new Map<string, UnMembership[]>();
for (const m of unMembership) byId.set(m.id, [...(byId.get(m.id) ?? []), m]);

/** True when `id` held a UN seat on `date` (ISO yyyy-mm-dd). */
export function isUnMember(id: string, date: string): boolean {
  return (byId.get(id) ?? []).some((m) => m.from <= date && (m.to === null || date < m.to));
}

/** Every state holding a seat on `date`, sorted by id. */
export function unMembersOn(date: string): string[] {
  return unMembership
    .filter((m) => m.from <= date && (m.to === null || date < m.to))
    .map((m) => m.id)
    .sort();
}

/** The membership periods of a state (empty when it never was a member). */
export function membershipOf(id: string): readonly UnMembership[] {
  return byId.get(id) ?? [];
}
