// Visit vocabulary: the records the Office of the Historian's files become, read by the store, the
// queries, the claims and the faces. The parsers (src/sources/historian) produce them.
import type { VisitType } from './visitType.js';

/** Who travels: the code table's values (code-tables/travel-role-codes.xml). */
export const travelRoles = ['president', 'secretary'] as const;
export type TravelRole = (typeof travelRoles)[number];

/** A trip abroad by a US president or secretary of state: one <trip> of a travels/ file. */
export interface TripRecord {
  /** The Historian's record id (<id>). */
  id: number;
  role: TravelRole;
  /** The traveller's slug (`who`, e.g. "biden-joseph-r") and name as written. */
  who: string;
  name: string;
  startDate: string;
  endDate: string;
  year: number;
  /** Concordance id of the state visited, as it was on the trip's start date. */
  country: string;
  slug: string;
  countryLabel: string;
  /** Places visited ("London, Cornwall"); '' when none is given. */
  locale: string;
  remarks: string;
  sourceFile: string;
  /** 1-based position of the <trip> in its file. */
  sourcePosition: number;
  sourceLine: number;
}

/** A foreign leader's visit to the US, one <visit> of the Office of the Historian's visits/ files. */
export interface VisitRecord {
  /** The Historian's own record id (<id>). */
  id: number;
  startDate: string;
  endDate: string;
  year: number;
  /** As written: "President William Ruto". */
  visitor: string;
  /** The visitor's title read from the front of `visitor` ("President", "Prime Minister"), or null. */
  role: string | null;
  /** Concordance id of the state on the visit's date. */
  country: string;
  /** The Historian's slug and label: <from id="kenya">Kenya</from>. */
  slug: string;
  countryLabel: string;
  type: VisitType;
  /** The words of the description the type was read from (null for `other`). */
  typeMatched: string | null;
  /** The publisher's description, line-wrapping folded to single spaces. */
  description: string;
  sourceFile: string;
  /** 1-based position of the <visit> in its file. */
  sourcePosition: number;
  sourceLine: number;
}
