import { InputError } from '../../errors.js';
import type { VoteMatrix } from '../../votes/voteMatrix.js';
import type { Observations } from './model.js';

/** Vote code -> ordered category (0 no, 1 abstain, 2 yes); -1 for no vote, -2 for an invalid code. */
const categoryOf = new Int8Array(256).fill(-2);
categoryOf[0] = -1;
categoryOf[8] = -1;
categoryOf[1] = 2;
categoryOf[2] = 1;
categoryOf[3] = 0;

export interface IdentificationLimits {
  minRollCallsPerYear: number;
  minVotesPerState: number;
  /**
   * What to do with a year or state that has too few votes: `throw` an InputError naming it, or `drop`
   * it from the fit and list it in `Observations.dropped` (a face can then say what it left out).
   */
  unidentified?: 'throw' | 'drop';
}

/** A year or state left out of the fit for lack of votes, with the reason in words. */
export interface Unidentified {
  year?: number;
  country?: string;
  reason: string;
}

/**
 * Turns a vote matrix into the fit's observations: validates shape and codes, maps roll calls to
 * item groups, drops uncontested groups (everyone voted alike: no information about positions),
 * and checks that every year and every state keeps enough votes to be placed.
 */
export function buildObservations(
  matrix: VoteMatrix,
  itemGroups: Int32Array | undefined,
  limits: IdentificationLimits,
): Observations & { dropped: Unidentified[] } {
  validateMatrix(matrix, itemGroups);
  if (limits.unidentified !== 'drop') return { ...observe(matrix, itemGroups, limits), dropped: [] };
  // Leave out thin years first (their states may still have enough votes elsewhere), then thin states.
  const dropped: Unidentified[] = [];
  let votes = matrix.votes;
  for (let round = 0; round < 2; round++) {
    try {
      return { ...observe({ ...matrix, votes }, itemGroups, limits), dropped };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
    }
    const found = round === 0 ? thinYears(matrix, votes, limits) : thinStates(matrix, votes, limits);
    if (found.length === 0) continue;
    votes = votes.slice();
    const n = matrix.countries.length;
    for (const u of found) {
      dropped.push(u);
      for (let r = 0; r < matrix.years.length; r++) {
        if (u.year !== undefined && matrix.years[r] === u.year) votes.fill(0, r * n, r * n + n);
        if (u.country !== undefined) votes[r * n + matrix.countries.indexOf(u.country)] = 0;
      }
    }
  }
  return { ...observe({ ...matrix, votes }, itemGroups, limits), dropped };
}

function observe(
  matrix: VoteMatrix,
  itemGroups: Int32Array | undefined,
  limits: IdentificationLimits,
): Observations {
  const { countries, years, votes } = matrix;
  const rows = years.length;
  const n = countries.length;
  if (rows === 0)
    throw new InputError('no roll calls to estimate ideal points from', { location: { field: 'votes' } });

  let firstYear = years[0];
  let lastYear = years[0];
  for (let r = 1; r < rows; r++) {
    if (years[r] < firstYear) firstYear = years[r];
    if (years[r] > lastYear) lastYear = years[r];
  }
  const yearCount = lastYear - firstYear + 1;

  // Dense group ids, and which categories each group saw.
  const groupOfRow = new Int32Array(rows);
  const remap = new Map<number, number>();
  for (let r = 0; r < rows; r++) {
    const key = itemGroups ? itemGroups[r] : r;
    let g = remap.get(key);
    if (g === undefined) {
      g = remap.size;
      remap.set(key, g);
    }
    groupOfRow[r] = g;
  }
  const groups = remap.size;
  const seen = new Uint8Array(groups); // bit k set when category k was voted
  const votesCast = new Int32Array(n * yearCount);
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const base = r * n;
    const g = groupOfRow[r];
    const yi = years[r] - firstYear;
    for (let c = 0; c < n; c++) {
      const k = categoryOf[votes[base + c]];
      if (k < 0) continue;
      seen[g] |= 1 << k;
      votesCast[c * yearCount + yi]++;
      total++;
    }
  }
  if (total === 0)
    throw new InputError('no votes cast in the selected roll calls', { location: { field: 'votes' } });

  // Contested groups become items, renumbered densely.
  const itemOfGroup = new Int32Array(groups).fill(-1);
  let itemCount = 0;
  for (let g = 0; g < groups; g++) {
    const bits = seen[g];
    if (bits & (bits - 1)) itemOfGroup[g] = itemCount++;
  }
  const ordinal = new Uint8Array(itemCount);
  for (let g = 0; g < groups; g++) if (itemOfGroup[g] >= 0 && seen[g] & 2) ordinal[itemOfGroup[g]] = 1;

  let count = 0;
  const contestedPerYear = new Int32Array(yearCount);
  const rowsPerYear = new Int32Array(yearCount);
  for (let r = 0; r < rows; r++) {
    rowsPerYear[years[r] - firstYear]++;
    if (itemOfGroup[groupOfRow[r]] < 0) continue;
    contestedPerYear[years[r] - firstYear]++;
    const base = r * n;
    for (let c = 0; c < n; c++) if (categoryOf[votes[base + c]] >= 0) count++;
  }
  const cell = new Int32Array(count);
  const item = new Int32Array(count);
  const category = new Uint8Array(count);
  const informative = new Int32Array(n * yearCount);
  let o = 0;
  for (let r = 0; r < rows; r++) {
    const it = itemOfGroup[groupOfRow[r]];
    if (it < 0) continue;
    const base = r * n;
    const yi = years[r] - firstYear;
    for (let c = 0; c < n; c++) {
      const k = categoryOf[votes[base + c]];
      if (k < 0) continue;
      cell[o] = c * yearCount + yi;
      item[o] = it;
      category[o] = k;
      informative[c * yearCount + yi]++;
      o++;
    }
  }

  const firstIndex = new Int32Array(n).fill(-1);
  const lastIndex = new Int32Array(n).fill(-1);
  for (let c = 0; c < n; c++) {
    for (let t = 0; t < yearCount; t++) {
      if (informative[c * yearCount + t] > 0) {
        if (firstIndex[c] < 0) firstIndex[c] = t;
        lastIndex[c] = t;
      }
    }
  }

  checkIdentified(
    countries,
    firstYear,
    yearCount,
    rowsPerYear,
    contestedPerYear,
    informative,
    votesCast,
    limits,
  );

  // Votes come row by row, so one item's votes are contiguous runs: loops read item parameters once a run.
  let runCount = 0;
  for (let v = 0; v < count; v++) if (v === 0 || item[v] !== item[v - 1]) runCount++;
  const runs = new Int32Array(runCount + 1);
  let run = 0;
  for (let v = 0; v < count; v++) if (v === 0 || item[v] !== item[v - 1]) runs[run++] = v;
  runs[runCount] = count;

  return {
    countries,
    firstYear,
    yearCount,
    cell,
    item,
    category,
    itemCount,
    ordinal,
    runs,
    votesCast,
    firstIndex,
    lastIndex,
  };
}

/** Years with votes but fewer contested roll calls than the limit. */
function thinYears(matrix: VoteMatrix, votes: Uint8Array, limits: IdentificationLimits): Unidentified[] {
  const n = matrix.countries.length;
  const contested = new Map<number, number>();
  for (let r = 0; r < matrix.years.length; r++) {
    let bits = 0;
    for (let c = 0; c < n; c++) {
      const k = categoryOf[votes[r * n + c]];
      if (k >= 0) bits |= 1 << k;
    }
    if (bits === 0) continue;
    const y = matrix.years[r];
    contested.set(y, (contested.get(y) ?? 0) + (bits & (bits - 1) ? 1 : 0));
  }
  return [...contested]
    .filter(([, k]) => k < limits.minRollCallsPerYear)
    .map(([year, k]) => ({
      year,
      reason: `${k} contested roll call${k === 1 ? '' : 's'} in ${year} (at least ${limits.minRollCallsPerYear} needed)`,
    }));
}

/** States with votes but fewer votes on contested roll calls than the limit. */
function thinStates(matrix: VoteMatrix, votes: Uint8Array, limits: IdentificationLimits): Unidentified[] {
  const n = matrix.countries.length;
  const cast = new Int32Array(n);
  const contested = new Int32Array(n);
  for (let r = 0; r < matrix.years.length; r++) {
    let bits = 0;
    for (let c = 0; c < n; c++) {
      const k = categoryOf[votes[r * n + c]];
      if (k >= 0) bits |= 1 << k;
    }
    const informative = (bits & (bits - 1)) !== 0;
    for (let c = 0; c < n; c++) {
      if (categoryOf[votes[r * n + c]] < 0) continue;
      cast[c]++;
      if (informative) contested[c]++;
    }
  }
  const out: Unidentified[] = [];
  for (let c = 0; c < n; c++) {
    if (cast[c] > 0 && contested[c] < limits.minVotesPerState) {
      out.push({
        country: matrix.countries[c],
        reason: `${matrix.countries[c]} cast ${contested[c]} votes on contested roll calls (at least ${limits.minVotesPerState} needed)`,
      });
    }
  }
  return out;
}

function validateMatrix(matrix: VoteMatrix, itemGroups: Int32Array | undefined): void {
  const { countries, rollcalls, years, votes } = matrix;
  const rows = years.length;
  if (rollcalls.length !== rows) {
    throw new InputError(`vote matrix has ${rollcalls.length} roll-call ids but ${rows} years`, {
      location: { field: 'rollcalls' },
    });
  }
  if (votes.length !== rows * countries.length) {
    throw new InputError(
      `vote matrix has ${votes.length} cells, expected ${rows} roll calls x ${countries.length} countries`,
      { location: { field: 'votes' } },
    );
  }
  if (new Set(countries).size !== countries.length) {
    throw new InputError('vote matrix names a country twice', { location: { field: 'countries' } });
  }
  for (let r = 0; r < rows; r++) {
    const y = years[r];
    if (!Number.isInteger(y) || y < 1900 || y > 2200) {
      throw new InputError(`roll call ${rollcalls[r]} has an impossible year ${y}`, {
        location: { line: r + 1, field: 'years' },
      });
    }
  }
  for (let i = 0; i < votes.length; i++) {
    if (categoryOf[votes[i]] === -2) {
      const r = Math.floor(i / countries.length);
      const c = i % countries.length;
      throw new InputError(`unknown vote code ${votes[i]} for ${countries[c]} on roll call ${rollcalls[r]}`, {
        location: { line: r + 1, field: 'votes' },
        hint: 'codes are 1 yes, 2 abstain, 3 no, 8 absent, 0 none',
      });
    }
  }
  if (itemGroups) {
    if (itemGroups.length !== rows) {
      throw new InputError(
        `item groups has ${itemGroups.length} entries, expected one per roll call (${rows})`,
        {
          location: { field: 'itemGroups' },
        },
      );
    }
    for (let r = 0; r < rows; r++) {
      if (itemGroups[r] < 0) {
        throw new InputError(`negative item group ${itemGroups[r]} for roll call ${rollcalls[r]}`, {
          location: { line: r + 1, field: 'itemGroups' },
        });
      }
    }
  }
}

/** Names at most a handful of items, then how many more. */
function listSome(items: string[], max = 8): string {
  return items.length <= max
    ? items.join(', ')
    : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

function checkIdentified(
  countries: readonly string[],
  firstYear: number,
  yearCount: number,
  rowsPerYear: Int32Array,
  contestedPerYear: Int32Array,
  informative: Int32Array,
  votesCast: Int32Array,
  limits: IdentificationLimits,
): void {
  for (let t = 0; t < yearCount; t++) {
    if (rowsPerYear[t] === 0 || contestedPerYear[t] >= limits.minRollCallsPerYear) continue;
    const states: string[] = [];
    for (let c = 0; c < countries.length; c++)
      if (votesCast[c * yearCount + t] > 0) states.push(countries[c]);
    if (states.length === 0) continue;
    const year = firstYear + t;
    throw new InputError(
      `year ${year} has ${contestedPerYear[t]} contested roll call${contestedPerYear[t] === 1 ? '' : 's'} under these options, too few to place ${listSome(states)} in ${year} (at least ${limits.minRollCallsPerYear} needed)`,
      {
        location: { field: 'year' },
        hint: `widen the vote selection (issue areas, important votes) or leave ${year} out of the year range`,
      },
    );
  }
  for (let c = 0; c < countries.length; c++) {
    let cast = 0;
    let contested = 0;
    const active: number[] = [];
    for (let t = 0; t < yearCount; t++) {
      cast += votesCast[c * yearCount + t];
      contested += informative[c * yearCount + t];
      if (votesCast[c * yearCount + t] > 0) active.push(firstYear + t);
    }
    if (cast === 0 || contested >= limits.minVotesPerState) continue;
    const span = active.length === 1 ? `${active[0]}` : `${active[0]}-${active[active.length - 1]}`;
    throw new InputError(
      `state ${countries[c]} cast ${contested} vote${contested === 1 ? '' : 's'} on contested roll calls in ${span} under these options, too few to place it (at least ${limits.minVotesPerState} needed)`,
      {
        location: { field: 'country' },
        hint: 'widen the vote selection or the year range, or leave this state out',
      },
    );
  }
}
