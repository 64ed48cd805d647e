import { InputError } from '../errors.js';
import { allDyadYears, type DyadYearMeasures, partnerYears } from '../measures/dyadYears.js';
import type { VoteFilter } from '../params/votes.js';
import type { Store } from '../store/open.js';
import { loadVoteMatrix, voteYears } from '../store/votes.js';
import type { VoteMatrix } from '../votes/voteMatrix.js';

export const agreementMeasures = ['agreement', 'identical', 's', 'kappa', 'pi', 'coincidence'] as const;
export type AgreementMeasure = (typeof agreementMeasures)[number];

/** One dyad-year as the faces show it; undefined measures are null. */
export interface AgreementRow {
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
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

function rowsOf(m: VoteMatrix, d: DyadYearMeasures, i: number): AgreementRow {
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
  };
}

/** Checks the years asked for against the data's coverage, so an empty answer is never silent. */
export async function checkVoteYears(store: Store, filter: VoteFilter): Promise<void> {
  const cover = await voteYears(store);
  if ((filter.from ?? cover.from) > cover.to || (filter.to ?? cover.to) < cover.from) {
    throw new InputError(
      `no votes in ${filter.from ?? cover.from}-${filter.to ?? cover.to}: the data cover ${cover.from}-${cover.to}`,
      {
        location: { field: filter.from !== undefined && filter.from > cover.to ? 'from' : 'to' },
      },
    );
  }
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
        hint: 'the UN Digital Library years (2020-2021) carry no issue codes or important-vote flags',
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
  if (c < 0) return rows;
  const ps = partners.map((p) => m.countries.indexOf(p)).filter((p) => p >= 0);
  const d = partnerYears(m, c, ps);
  for (let i = 0; i < d.length; i++) rows.push(rowsOf(m, d, i));
  rows.sort((a, b) => a.year - b.year || partners.indexOf(a.partner) - partners.indexOf(b.partner));
  return rows;
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
  await checkVoteYears(store, f);
  const m = await matrixFor(store, f);
  const c = m.countries.indexOf(country);
  if (c < 0) {
    throw new InputError(`${country} cast no vote in ${year}`, {
      location: { field: 'year' },
      kind: 'unknown',
    });
  }
  const others = m.countries.map((_, i) => i).filter((i) => i !== c);
  const d = partnerYears(m, c, others);
  const rows: AgreementRow[] = [];
  for (let i = 0; i < d.length; i++) rows.push(rowsOf(m, d, i));
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

export function dyadRow(matrix: VoteMatrix, dyads: DyadYearMeasures, i: number): AgreementRow {
  return rowsOf(matrix, dyads, i);
}
