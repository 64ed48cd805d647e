/** One state's sponsorship of one adopted resolution (recorded vote or not). */
export interface Sponsorship {
  /** Resolution symbol, e.g. A/RES/77/1. */
  resolution: string;
  session: number;
  date: string;
  country: string;
  /** `sponsor`: on the draft as introduced; `additional`: joined later (DGACM's additional_sponsors). */
  kind: 'sponsor' | 'additional';
  sourceFile: string;
  sourceLine: number;
}
