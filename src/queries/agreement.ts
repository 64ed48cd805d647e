import { successionRules } from '../countries/historical.js';
import { membershipOf } from '../countries/unMembership.js';
import { InputError } from '../errors.js';
import { allDyadYears, type DyadYearMeasures, partnerYears } from '../measures/dyadYears.js';
import { coincidenceCounts, stateDeptCoincidence } from '../measures/stateDept.js';
import type { VoteFilter } from '../params/votes.js';
import { type YearBasis, yearBasisNote } from '../params/yearBasis.js';
import type { Store } from '../store/open.js';
import { lastCodedYear, loadVoteMatrix, voteYears } from '../store/votes.js';
import type { VoteMatrix } from '../votes/voteMatrix.js';

export const agreementMeasures = [
  'agreement',
  'identical',
  's',
  'kappa',
  'pi',
  'coincidence',
  'stateDept',
] as const;
export type AgreementMeasure = (typeof agreementMeasures)[number];

/** One dyad-year as the faces show it; undefined measures are null. */
export interface AgreementRow {
  /** Calendar year, or session + 1945 with `yearBasis` session. */
  year: number;
  country: string;
  partner: string;
  votes: number;
  /** Abstention as half-agreement (Voeten), in [0, 1]: the default convention. */
  agreement: number | null;
  /** Abstention as a third category: identical votes only. */
  identical: number | null;
  /** Signorino-Ritter S (p = 1, three-point scale), in [-1, 1]. */
  s: number | null;
  kappa: number | null;
  pi: number | null;
  /** US State Department convention: identical votes among roll calls where both voted yes or no. */
  coincidence: number | null;
  /**
   * The State Department's published convention (2022-2023 reports): abstentions and absences against a
   * vote count half, over every recorded vote. Needs recorded absences (UN Digital Library and DGACM years).
   */
  stateDept: number | null;
  /** What `year` means: calendar year of the votes, or General Assembly session + 1945. */
  yearBasis: YearBasis;
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

function rowsOf(m: VoteMatrix, d: DyadYearMeasures, i: number, yearBasis: YearBasis): AgreementRow {
  return {
    year: d.year[i],
    country: m.countries[d.a[i]],
    partner: m.countries[d.b[i]],
    votes: d.votes[i],
    agreement: finite(d.agreement[i]),
    identical: finite(d.identical[i]),
    s: finite(d.s[i]),
    kappa: finite(d.kappa[i]),
    pi: finite(d.pi[i]),
    coincidence: finite(d.coincidence[i]),
    stateDept: null,
    yearBasis,
  };
}

/** Row ranges of each year in a matrix (rows are ordered by date, so a year's rows are contiguous). */
function yearRows(m: VoteMatrix): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  for (let r = 0; r < m.years.length; r++) {
    const y = m.years[r];
    const range = out.get(y);
    if (range) range[1] = r + 1;
    else out.set(y, [r, r + 1]);
  }
  return out;
}

/** Fills each row's State Department convention (cheap: one pass over the dyad's roll calls of that year). */
function withStateDept(m: VoteMatrix, rows: AgreementRow[]): AgreementRow[] {
  const ranges = yearRows(m);
  const col = new Map(m.countries.map((c, i) => [c, i]));
  for (const row of rows) {
    const range = ranges.get(row.year);
    const a = col.get(row.country);
    const b = col.get(row.partner);
    if (!range || a === undefined || b === undefined) continue;
    row.stateDept = finite(stateDeptCoincidence(coincidenceCounts(m, a, b, range[0], range[1])));
  }
  return rows;
}

/** Checks the years asked for against the data's coverage, so an empty answer is never silent. */
export async function checkVoteYears(
  store: Pick<Store, 'connection'>,
  filter: VoteFilter,
  field?: string,
): Promise<void> {
  const cover = await voteYears(store, filter.yearBasis);
  if ((filter.from ?? cover.from) > cover.to || (filter.to ?? cover.to) < cover.from) {
    const asked =
      filter.from === filter.to && filter.from !== undefined
        ? `${filter.from}`
        : `${filter.from ?? cover.from}-${filter.to ?? cover.to}`;
    throw new InputError(
      `no votes in ${asked}: the data cover ${cover.from}-${cover.to} (${yearBasisNote(filter.yearBasis ?? 'calendar')})`,
      {
        location: { field: field ?? (filter.from !== undefined && filter.from > cover.to ? 'from' : 'to') },
      },
    );
  }
}

/**
 * Where the issue codes and important-vote flags stop (Voeten codes them; the UN Digital Library and
 * DGACM years carry none): a line for the output when a filter uses them past that year, else null.
 */
export async function voteFilterLimits(
  store: Pick<Store, 'connection'>,
  filter: VoteFilter,
): Promise<string | null> {
  if (!filter.important && !filter.issues?.length) return null;
  const parts: string[] = [];
  const last = (await voteYears(store, filter.yearBasis)).to;
  if (filter.important) {
    const t = (await lastCodedYear(store, filter.yearBasis, { important: true })) ?? 0;
    if ((filter.to ?? last) > t) {
      parts.push(`important-vote flags (Voeten's coding of the State Department's lists) stop in ${t}`);
    }
  }
  if (filter.issues?.length) {
    const t = (await lastCodedYear(store, filter.yearBasis, { issues: filter.issues })) ?? 0;
    if ((filter.to ?? last) > t) parts.push(`issue codes ${filter.issues.join(',')} (Voeten) stop in ${t}`);
  }
  return parts.length ? `${parts.join('; ')}: later years have no such roll calls and are not shown` : null;
}

/**
 * Why a state has no votes at all in the years asked, when the reason is membership: a state that was not
 * a UN member then (Russia before 25 December 1991) gets an error naming the state that held the seat.
 */
function checkMembership(store: Store, id: string, filter: VoteFilter, field: string): void {
  const periods = membershipOf(id);
  const from = filter.from ?? 1946;
  const to = filter.to ?? 9999;
  const member = periods.some(
    (m) => Number(m.from.slice(0, 4)) <= to && (m.to === null || Number(m.to.slice(0, 4)) >= from),
  );
  if (member || periods.length === 0) return;
  const name = store.concordance.get(id)?.name ?? id;
  const since = periods.map((m) => m.from).sort()[0];
  const before = successionRules
    .filter((r) => r.successor === id && Number(r.before.slice(0, 4)) >= from)
    .map((r) => `${r.id} (${store.concordance.get(r.id)?.name ?? r.id})`);
  const years = from === to ? `${from}` : `${filter.from ?? '...'}-${filter.to ?? '...'}`;
  throw new InputError(`${name} (${id}) was not a UN member in ${years}: its seat dates from ${since}`, {
    location: { field },
    kind: 'unknown',
    suggestions: before,
    hint: before.length ? `the seat was held by ${before.join(', ')} then` : undefined,
  });
}

/** A vote matrix for the filter, or an error when the filter leaves no roll call at all. */
async function matrixFor(store: Store, filter: VoteFilter): Promise<VoteMatrix> {
  const m = await loadVoteMatrix(store, filter);
  if (m.rollcalls.length === 0) {
    const parts = [
      filter.issues?.length ? `issue ${filter.issues.join(',')}` : '',
      filter.important ? 'important votes only' : '',
      filter.wholeOnly ? 'whole resolutions only' : '',
    ].filter(Boolean);
    throw new InputError(
      `no roll call matches ${parts.length ? parts.join(', ') : 'these filters'} in ${filter.from ?? '...'}-${filter.to ?? '...'}`,
      {
        location: { field: filter.issues?.length ? 'issue' : filter.important ? 'important' : 'from' },
        hint: "issue codes and important-vote flags are Voeten's coding and stop with it (issues 2019, important votes 2017); the UN Digital Library and DGACM years (2020 on) carry none",
      },
    );
  }
  return m;
}

/** Year-by-year agreement of `country` with each partner (canonical ids, already resolved). */
export async function agreementSeries(
  store: Store,
  country: string,
  partners: readonly string[],
  filter: VoteFilter,
): Promise<AgreementRow[]> {
  await checkVoteYears(store, filter);
  const m = await matrixFor(store, filter);
  const c = m.countries.indexOf(country);
  const rows: AgreementRow[] = [];
  if (c < 0) checkMembership(store, country, filter, 'country');
  for (const p of partners) if (m.countries.indexOf(p) < 0) checkMembership(store, p, filter, 'partner');
  if (c < 0) return rows;
  const ps = partners.map((p) => m.countries.indexOf(p)).filter((p) => p >= 0);
  const d = partnerYears(m, c, ps);
  for (let i = 0; i < d.length; i++) rows.push(rowsOf(m, d, i, filter.yearBasis ?? 'calendar'));
  rows.sort((a, b) => a.year - b.year || partners.indexOf(a.partner) - partners.indexOf(b.partner));
  return withStateDept(m, rows);
}

/** Every state's agreement with `country` in one year, best first by `measure`. */
export async function similarStates(
  store: Store,
  country: string,
  year: number,
  measure: AgreementMeasure,
  filter: VoteFilter = {},
): Promise<AgreementRow[]> {
  const f = { ...filter, from: year, to: year };
  await checkVoteYears(store, f, 'year');
  const m = await matrixFor(store, f);
  const c = m.countries.indexOf(country);
  if (c < 0) checkMembership(store, country, f, 'country');
  if (c < 0) {
    throw new InputError(`${country} cast no vote in ${year}`, {
      location: { field: 'year' },
      kind: 'unknown',
    });
  }
  const others = m.countries.map((_, i) => i).filter((i) => i !== c);
  const d = partnerYears(m, c, others);
  const rows: AgreementRow[] = [];
  for (let i = 0; i < d.length; i++) rows.push(rowsOf(m, d, i, filter.yearBasis ?? 'calendar'));
  withStateDept(m, rows);
  rows.sort(
    (a, b) =>
      (b[measure] ?? Number.NEGATIVE_INFINITY) - (a[measure] ?? Number.NEGATIVE_INFINITY) ||
      a.partner.localeCompare(b.partner),
  );
  return rows;
}

/** Every dyad-year in the record (each unordered pair once). */
export async function allAgreement(
  store: Store,
  filter: VoteFilter,
): Promise<{ matrix: VoteMatrix; dyads: DyadYearMeasures }> {
  await checkVoteYears(store, filter);
  const matrix = await matrixFor(store, filter);
  return { matrix, dyads: allDyadYears(matrix) };
}

export function dyadRow(
  matrix: VoteMatrix,
  dyads: DyadYearMeasures,
  i: number,
  yearBasis: YearBasis = 'calendar',
): AgreementRow {
  return rowsOf(matrix, dyads, i, yearBasis);
}
