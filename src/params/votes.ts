import { InputError } from '../errors.js';
import { type IssueCode, issueCodes } from '../votes/rollCall.js';
import type { YearBasis } from './yearBasis.js';
import { checkRangeOrder } from './years.js';

/** Which roll calls a vote measure looks at. */
export interface VoteFilter {
  from?: number;
  to?: number;
  /** Keep roll calls coded with any of these issues. */
  issues?: readonly IssueCode[];
  /** Only the US State Department's important votes. */
  important?: boolean;
  /** Only votes on whole resolutions: no amendment or paragraph votes. */
  wholeOnly?: boolean;
  /** What `from`, `to` and the matrix's years mean (default calendar years). */
  yearBasis?: YearBasis;
}

export function validateVoteFilter(filter: VoteFilter): void {
  const { from, to } = filter;
  for (const [field, y] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (y !== undefined && (!Number.isInteger(y) || y < 1900 || y > 2100)) {
      throw new InputError(`year must be an integer between 1900 and 2100, got ${y}`, {
        location: { field },
      });
    }
  }
  checkRangeOrder(from, to);
  for (const i of filter.issues ?? []) {
    if (!issueCodes.includes(i)) {
      throw new InputError(`unknown issue '${i}'`, {
        location: { field: 'issue' },
        hint: `one of ${issueCodes.join(', ')}`,
      });
    }
  }
}

/**
 * Issue areas as a request names them (`me,NU` or repeated flags), lower-cased and checked: an
 * unknown one names the field and lists the codes. Undefined when none is named.
 */
export function parseIssues(items: readonly string[], field = 'issue'): IssueCode[] | undefined {
  const list = items.map((s) => s.toLowerCase());
  for (const i of list) {
    if (!issueCodes.includes(i as IssueCode)) {
      throw new InputError(`unknown issue '${i}'`, {
        location: { field },
        hint: `one of ${issueCodes.join(', ')}`,
      });
    }
  }
  return list.length ? (list as IssueCode[]) : undefined;
}
