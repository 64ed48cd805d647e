/**
 * Named blocs of states with membership by year: the one place where bloc definitions live.
 * Trade, finance and the composite bearing all read them through `pole.ts`; edit a bloc here and
 * every measure follows. Each definition names its source.
 *
 * Year convention: a state counts as a member in every calendar year in which it was a member on
 * 31 December. The year of accession therefore counts (Croatia joined the EU on 1 July 2013: member
 * in 2013) and the year of exit does not (the United Kingdom left on 31 January 2020: member to 2019).
 *
 * Germany: publishers that report "Germany" across 1990 (IMF DOTS, World Bank) are mapped to DEU for
 * the whole period, while vote data keep West Germany as BRD before 1990. Blocs that West Germany
 * belonged to therefore list both BRD (to 1990) and DEU (from the bloc's start), so a pole finds
 * Germany whichever id a dataset uses; no dataset uses both for the same year.
 */
export interface BlocMembership {
  /** Concordance id of the member state. */
  id: string;
  /** First year of membership (inclusive). */
  from: number;
  /** Last year of membership (inclusive); absent while still a member. */
  to?: number;
}

export interface Bloc {
  /** Short name used on the command line and in the API (case-insensitive): `EU`, `G7`, ... */
  id: string;
  name: string;
  /** Other names accepted for the bloc (case-insensitive). */
  aliases: readonly string[];
  /** Where the membership dates come from. */
  source: string;
  note?: string;
  members: readonly BlocMembership[];
}

const since = (from: number, ids: readonly string[], to?: number): BlocMembership[] =>
  ids.map((id) => (to === undefined ? { id, from } : { id, from, to }));

/** The European Union, and the EEC/EC before it (Treaty of Rome in force 1 January 1958). */
const eu: Bloc = {
  id: 'EU',
  name: 'European Union (EEC 1958-1992, EC/EU since)',
  aliases: ['European Union', 'EEC', 'EC', 'EU27', 'EU28'],
  source:
    'European Union, "From 6 to 27 members" (https://neighbourhood-enlargement.ec.europa.eu/enlargement-policy/from-6-to-27-members_en); Brexit: Withdrawal Agreement in force 31 January 2020.',
  note: 'West Germany (BRD) to 1990, Germany (DEU) throughout; East Germany joined through reunification on 3 October 1990.',
  members: [
    ...since(1958, ['BEL', 'FRA', 'DEU', 'ITA', 'LUX', 'NLD']),
    ...since(1958, ['BRD'], 1990),
    ...since(1973, ['DNK', 'IRL']),
    ...since(1973, ['GBR'], 2019),
    ...since(1981, ['GRC']),
    ...since(1986, ['PRT', 'ESP']),
    ...since(1995, ['AUT', 'FIN', 'SWE']),
    ...since(2004, ['CYP', 'CZE', 'EST', 'HUN', 'LVA', 'LTU', 'MLT', 'POL', 'SVK', 'SVN']),
    ...since(2007, ['BGR', 'ROU']),
    ...since(2013, ['HRV']),
  ],
};

/** The Group of Seven (G6 at Rambouillet, November 1975; Canada from the 1976 summit). */
const g7: Bloc = {
  id: 'G7',
  name: 'Group of Seven',
  aliases: ['Group of Seven', 'G-7'],
  source:
    'G7 Research Group, University of Toronto (http://www.g7.utoronto.ca/summit/): Rambouillet 1975 (six), Puerto Rico 1976 (Canada joins). The EU attends but is not counted as a member; Russia (G8, 1997-2013) is left out.',
  members: [
    ...since(1975, ['USA', 'JPN', 'DEU', 'FRA', 'GBR', 'ITA']),
    ...since(1975, ['BRD'], 1990),
    ...since(1976, ['CAN']),
  ],
};

/** BRIC from its first summit (Yekaterinburg, June 2009), South Africa from December 2010, the 2024 expansion. */
const brics: Bloc = {
  id: 'BRICS',
  name: 'BRICS',
  aliases: ['BRIC', 'BRICS+'],
  source:
    'BRICS summit declarations: Yekaterinburg 2009 (first summit), South Africa invited December 2010, Johannesburg 2023 declaration (members from 1 January 2024), Brazilian presidency statement of 6 January 2025 (Indonesia).',
  note: 'Saudi Arabia was invited in 2023 but has not confirmed membership and is not counted.',
  members: [
    ...since(2009, ['BRA', 'RUS', 'IND', 'CHN']),
    ...since(2010, ['ZAF']),
    ...since(2024, ['EGY', 'ETH', 'IRN', 'ARE']),
    ...since(2025, ['IDN']),
  ],
};

/** The North Atlantic Treaty Organization (treaty in force 24 August 1949). */
const nato: Bloc = {
  id: 'NATO',
  name: 'North Atlantic Treaty Organization',
  aliases: ['North Atlantic Treaty Organization', 'OTAN'],
  source: 'NATO, "Member countries" (https://www.nato.int/cps/en/natohq/topics_52044.htm).',
  note: 'West Germany (BRD) 1955-1990, Germany (DEU) from 1955.',
  members: [
    ...since(1949, ['BEL', 'CAN', 'DNK', 'FRA', 'ISL', 'ITA', 'LUX', 'NLD', 'NOR', 'PRT', 'GBR', 'USA']),
    ...since(1952, ['GRC', 'TUR']),
    ...since(1955, ['DEU']),
    ...since(1955, ['BRD'], 1990),
    ...since(1982, ['ESP']),
    ...since(1999, ['CZE', 'HUN', 'POL']),
    ...since(2004, ['BGR', 'EST', 'LVA', 'LTU', 'ROU', 'SVK', 'SVN']),
    ...since(2009, ['ALB', 'HRV']),
    ...since(2017, ['MNE']),
    ...since(2020, ['MKD']),
    ...since(2023, ['FIN']),
    ...since(2024, ['SWE']),
  ],
};

/** The Shanghai Cooperation Organisation (founded 15 June 2001). */
const sco: Bloc = {
  id: 'SCO',
  name: 'Shanghai Cooperation Organisation',
  aliases: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
  source:
    'SCO Secretariat (https://eng.sectsco.org/): founding 2001; India and Pakistan 2017; Iran 4 July 2023; Belarus 4 July 2024.',
  members: [
    ...since(2001, ['CHN', 'RUS', 'KAZ', 'KGZ', 'TJK', 'UZB']),
    ...since(2017, ['IND', 'PAK']),
    ...since(2023, ['IRN']),
    ...since(2024, ['BLR']),
  ],
};

/** The Warsaw Pact (in force 1955, dissolved 1 July 1991). */
const warsawPact: Bloc = {
  id: 'WARSAW',
  name: 'Warsaw Pact',
  aliases: ['Warsaw Pact', 'Warsaw Treaty Organization', 'WTO-1955'],
  source:
    'Treaty of Friendship, Co-operation and Mutual Assistance (Warsaw, 14 May 1955); Albania withdrew in 1968; dissolved 1 July 1991.',
  members: [
    ...since(1955, ['SUN', 'POL', 'CSK', 'HUN', 'ROU', 'BGR'], 1990),
    ...since(1955, ['ALB'], 1967),
    ...since(1956, ['DDR'], 1989),
  ],
};

/** Every named bloc, in the order they are listed to users. */
export const blocs: readonly Bloc[] = [eu, g7, brics, nato, sco, warsawPact];

/** The bloc named by an id or alias (case-insensitive), or undefined. */
export function findBloc(name: string): Bloc | undefined {
  const q = name.trim().toUpperCase();
  return blocs.find((b) => b.id.toUpperCase() === q || b.aliases.some((a) => a.toUpperCase() === q));
}

/** Ids of a bloc's members in a year, sorted. */
export function blocMembers(bloc: Bloc, year: number): string[] {
  const ids = new Set<string>();
  for (const m of bloc.members) if (m.from <= year && (m.to === undefined || year <= m.to)) ids.add(m.id);
  return [...ids].sort();
}

/** Every id that was ever a member of the bloc. */
export function everMembers(bloc: Bloc): string[] {
  return [...new Set(bloc.members.map((m) => m.id))].sort();
}
