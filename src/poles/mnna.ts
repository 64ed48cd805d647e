/**
 * United States major non-NATO allies (MNNA): the statutory designations under section 517 of the
 * Foreign Assistance Act of 1961 (22 U.S.C. 2321k) and, for the first five, 10 U.S.C. 2350a. Entered by
 * hand: one row per designation, each with its own citation. `date` is as precise as the cited
 * document; `precision: 'year'` rows give 1 January of the year the State Department lists.
 *
 * Year convention (as for blocs.ts): a state counts as an MNNA in every year in which it held the
 * status on 31 December, so Kenya (24 June 2024) counts from 2024, and Afghanistan (designated 2012,
 * revoked 2022) counts 2012-2021.
 *
 * MNNA status carries no security commitment (the State Department says so); it is a US-side status
 * with no Chinese counterpart, which is why the security dimension does not let it move the position
 * (docs/methods/security.md).
 */
export interface MnnaDesignation {
  id: string;
  /** Designation date (ISO). */
  date: string;
  precision: 'day' | 'year';
  /** Revocation date (ISO), when revoked. */
  revoked?: string;
  citation: string;
}

const stateFactSheet =
  'U.S. Department of State, Bureau of Political-Military Affairs, "Major Non-NATO Ally Status" fact sheet (https://www.state.gov/major-non-nato-ally-status/), designation years as listed';

export const mnnaDesignations: readonly MnnaDesignation[] = [
  ...['AUS', 'EGY', 'ISR', 'JPN', 'KOR'].map(
    (id): MnnaDesignation => ({
      id,
      date: '1989-01-01',
      precision: 'year',
      citation: `${stateFactSheet} (1989); original designation under 10 U.S.C. 2350a (Nunn amendment, 1987), carried into 22 U.S.C. 2321k(a)(2)`,
    }),
  ),
  { id: 'JOR', date: '1996-01-01', precision: 'year', citation: `${stateFactSheet} (1996); 22 U.S.C. 2321k` },
  { id: 'NZL', date: '1996-01-01', precision: 'year', citation: `${stateFactSheet} (1996); 22 U.S.C. 2321k` },
  { id: 'ARG', date: '1998-01-01', precision: 'year', citation: `${stateFactSheet} (1998); 22 U.S.C. 2321k` },
  { id: 'BHR', date: '2002-01-01', precision: 'year', citation: `${stateFactSheet} (2002); 22 U.S.C. 2321k` },
  {
    id: 'TWN',
    date: '2002-09-30',
    precision: 'day',
    citation:
      'Security Assistance Act of 2002, sec. 1206 (Pub. L. 107-228, enacted 30 September 2002; 22 U.S.C. 2321k note): Taiwan "shall be treated as though it were designated a major non-NATO ally", without a designation',
  },
  { id: 'PHL', date: '2003-01-01', precision: 'year', citation: `${stateFactSheet} (2003); 22 U.S.C. 2321k` },
  { id: 'THA', date: '2003-01-01', precision: 'year', citation: `${stateFactSheet} (2003); 22 U.S.C. 2321k` },
  { id: 'KWT', date: '2004-01-01', precision: 'year', citation: `${stateFactSheet} (2004); 22 U.S.C. 2321k` },
  { id: 'MAR', date: '2004-01-01', precision: 'year', citation: `${stateFactSheet} (2004); 22 U.S.C. 2321k` },
  { id: 'PAK', date: '2004-01-01', precision: 'year', citation: `${stateFactSheet} (2004); 22 U.S.C. 2321k` },
  {
    id: 'AFG',
    date: '2012-01-01',
    precision: 'year',
    revoked: '2022-01-01',
    citation: `Presidential determination designating Afghanistan a major non-NATO ally under 22 U.S.C. 2321k (2012), ${stateFactSheet}; revoked by presidential memorandum (2022) rescinding the designation, Federal Register (2022)`,
  },
  {
    id: 'TUN',
    date: '2015-01-01',
    precision: 'year',
    citation: `Presidential memorandum designating Tunisia a major non-NATO ally under 22 U.S.C. 2321k (2015); ${stateFactSheet}`,
  },
  {
    id: 'BRA',
    date: '2019-01-01',
    precision: 'year',
    citation: `Presidential memorandum designating Brazil a major non-NATO ally under 22 U.S.C. 2321k (2019), Federal Register; ${stateFactSheet}`,
  },
  {
    id: 'COL',
    date: '2022-01-01',
    precision: 'year',
    citation: `Presidential memorandum designating Colombia a major non-NATO ally under 22 U.S.C. 2321k (2022), Federal Register; ${stateFactSheet}`,
  },
  {
    id: 'QAT',
    date: '2022-01-01',
    precision: 'year',
    citation: `Presidential memorandum designating Qatar a major non-NATO ally under 22 U.S.C. 2321k (2022), Federal Register; ${stateFactSheet}`,
  },
  {
    id: 'KEN',
    date: '2024-06-24',
    precision: 'day',
    citation:
      'Presidential memorandum of 24 June 2024, "Designation of Kenya as a Major Non-NATO Ally", under section 517 of the Foreign Assistance Act of 1961 (22 U.S.C. 2321k), published in the Federal Register; notice of intent to Congress of 23 May 2024 (White House)',
  },
];

/** The designation in force on 31 December of `year`, or undefined. */
export function mnnaStatus(id: string, year: number): MnnaDesignation | undefined {
  const end = `${year}-12-31`;
  return mnnaDesignations.find(
    (d) => d.id === id && d.date <= end && (d.revoked === undefined || d.revoked > end),
  );
}
