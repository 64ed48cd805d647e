import { InputError } from '../../errors.js';
import type { CreditorAmount, ShareholderTable } from '../../finance/shareholders.js';

/**
 * How lending by multilateral institutions counts toward two poles (docs/methods/finance.md):
 * `none` counts only creditors that are countries (a member's government, agencies, banks, firms);
 * `shareholders` adds, for every institution with shareholder data, its amount times the share of
 * the institution's votes held by each pole's members.
 */
export const multilateralModes = ['none', 'shareholders'] as const;
export type MultilateralMode = (typeof multilateralModes)[number];

/**
 * The default everywhere (debt query, finance dimension, CLI, API, dashboard): without attribution the
 * United States, which lends mostly through institutions it leads, counts for almost nothing and two
 * thirds of debtors saturate at |position| >= 0.95 (docs/methods/finance.md).
 */
export const defaultMultilaterals: MultilateralMode = 'shareholders';

export interface AttributedInstitution {
  institution: string;
  asOf: string;
  value: number;
  /** Share of the institution's votes held by the first pole's members, 0-1. */
  firstVotes: number;
  secondVotes: number;
  first: number;
  second: number;
}

export interface PoleAttribution {
  /** Everything counted toward each pole: direct (member creditors) plus attributed. */
  first: number;
  second: number;
  directFirst: number;
  directSecond: number;
  /** Institutions whose amounts were split by voting power (empty with `none`). */
  attributed: AttributedInstitution[];
  /** Institutions with amounts but no shareholder data (or all institutions, with `none`), largest first. */
  unattributed: { institution: string; value: number }[];
}

/**
 * Splits creditor amounts between two poles. `members` are the two poles' member ids for the year.
 * A country creditor in both member sets (overlapping blocs) counts for both. Institutions are summed
 * per id before splitting, so a debtor's IDA principal and interest across categories count once.
 */
export function attributeToPoles(
  amounts: readonly CreditorAmount[],
  members: readonly [ReadonlySet<string>, ReadonlySet<string>],
  tables: ReadonlyMap<string, ShareholderTable>,
  mode: MultilateralMode,
): PoleAttribution {
  if (!multilateralModes.includes(mode)) {
    throw new InputError(`unknown multilaterals mode '${mode}'`, {
      location: { field: 'multilaterals' },
      hint: `one of ${multilateralModes.join(', ')}`,
    });
  }
  let directFirst = 0;
  let directSecond = 0;
  const byInstitution = new Map<string, number>();
  for (const a of amounts) {
    if (!Number.isFinite(a.value)) {
      throw new InputError(`amount must be finite, got ${a.value}`, { location: { field: 'value' } });
    }
    if (a.country !== null) {
      if (members[0].has(a.country)) directFirst += a.value;
      if (members[1].has(a.country)) directSecond += a.value;
    } else if (a.institution !== null) {
      byInstitution.set(a.institution, (byInstitution.get(a.institution) ?? 0) + a.value);
    }
  }
  const attributed: AttributedInstitution[] = [];
  const unattributed: { institution: string; value: number }[] = [];
  let first = directFirst;
  let second = directSecond;
  for (const [institution, value] of byInstitution) {
    const table = mode === 'shareholders' ? tables.get(institution) : undefined;
    if (!table) {
      unattributed.push({ institution, value });
      continue;
    }
    const firstVotes = votesOf(table, members[0]);
    const secondVotes = votesOf(table, members[1]);
    attributed.push({
      institution,
      asOf: table.asOf,
      value,
      firstVotes,
      secondVotes,
      first: value * firstVotes,
      second: value * secondVotes,
    });
    first += value * firstVotes;
    second += value * secondVotes;
  }
  attributed.sort((a, b) => b.value - a.value || a.institution.localeCompare(b.institution));
  unattributed.sort((a, b) => b.value - a.value || a.institution.localeCompare(b.institution));
  return { first, second, directFirst, directSecond, attributed, unattributed };
}

/** The pole members' summed share of an institution's votes. */
export function votesOf(table: ShareholderTable, members: ReadonlySet<string>): number {
  let s = 0;
  for (const m of members) s += table.shares.get(m) ?? 0;
  return s;
}
