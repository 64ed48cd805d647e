import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { estimateIdealPoints, type IdealPointEstimate } from '../measures/idealPoints/estimate.js';
import { recurringItemGroups } from '../measures/idealPoints/itemGroups.js';
import type { IdealPointProgress, IdealPointRow } from '../measures/idealPoints/model.js';
import type { Unidentified } from '../measures/idealPoints/observations.js';
import { type VoteFilter, validateVoteFilter } from '../params/votes.js';
import { readIdealPoints, rollCallDescriptions, votesFingerprint } from '../store/idealPoints.js';
import { idealPointsTable } from '../store/idealPointsTables.js';
import type { Store } from '../store/open.js';
import { loadVoteMatrix } from '../store/votes.js';
import { checkVoteYears } from './agreement.js';

/**
 * Bumped whenever the model, its defaults or the matching of recurring resolutions change, so that
 * cached and precomputed estimates of an older model are never served.
 */
export const idealPointsModelVersion = 2;

/** What an estimate depends on besides the votes themselves. */
export interface IdealPointRequest {
  filter: VoteFilter;
  /** Bridge years through resolutions recurring in identical form (default true). */
  recurring?: boolean;
  /** Bootstrap replicates (default: the estimator's). */
  replicates?: number;
}

export interface IdealPointAnswer {
  rows: IdealPointRow[];
  /** Where the rows came from: shipped with the snapshot, the on-disk cache, or estimated now. */
  source: 'snapshot' | 'cache' | 'estimated';
  /** Years and states left out for too few votes. */
  dropped: Unidentified[];
  /** Diagnostics of the fit, when estimated now. */
  estimate?: Omit<IdealPointEstimate, 'rows'>;
}

/**
 * The request the snapshot ships precomputed: every vote, every year, recurring resolutions bridged, on
 * session years (session + 1945) as the Bailey-Strezhnev-Voeten estimates.
 */
export const defaultIdealPointRequest: IdealPointRequest = { filter: { yearBasis: 'session' } };

/**
 * Ideal points for a request: from memory, the snapshot's precomputed table, the on-disk cache under
 * `<data>/.cache/idealpoints/`, or estimated now (and then cached). Keys combine the model version, the
 * request and a fingerprint of the vote tables, so a rebuilt snapshot never serves stale estimates.
 */
export async function idealPoints(
  store: Store,
  request: IdealPointRequest,
  onProgress?: (p: IdealPointProgress) => void,
): Promise<IdealPointAnswer> {
  validateVoteFilter(request.filter);
  await checkVoteYears(store, request.filter);
  const key = await idealPointsKey(store, request);
  const memo = store.cache.get(`idealpoints:${key}`) as IdealPointAnswer | undefined;
  if (memo) return memo;

  if (store.has(idealPointsTable.name)) {
    const rows = await readIdealPoints(store, key);
    if (rows.length > 0) return remember(store, key, { rows, source: 'snapshot', dropped: [] });
  }

  const file = join(store.dir, '.cache', 'idealpoints', `${key}.json`);
  try {
    const cached = JSON.parse(await readFile(file, 'utf8')) as Omit<IdealPointAnswer, 'source'>;
    return remember(store, key, { ...cached, source: 'cache' });
  } catch {
    // Not cached yet (or unreadable): estimate.
  }

  const { rows, ...estimate } = await estimateRequest(store, request, onProgress);
  const answer: IdealPointAnswer = { rows, source: 'estimated', dropped: estimate.dropped, estimate };
  try {
    await mkdir(join(store.dir, '.cache', 'idealpoints'), { recursive: true });
    await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify({ rows, dropped: estimate.dropped }));
    await rename(`${file}.${process.pid}.tmp`, file);
  } catch {
    // A read-only install still answers; it just estimates again next time.
  }
  return remember(store, key, answer);
}

/** Estimates a request from the store's votes, without any cache (the data build uses this too). */
export async function estimateRequest(
  store: Pick<Store, 'connection' | 'cache'>,
  request: IdealPointRequest,
  onProgress?: (p: IdealPointProgress) => void,
): Promise<IdealPointEstimate> {
  const matrix = await loadVoteMatrix(store as Store, request.filter);
  if (matrix.rollcalls.length === 0) {
    throw new InputError('no roll calls match these options', {
      location: { field: 'issue' },
      hint: 'widen the year range or the issue areas',
    });
  }
  let itemGroups: Int32Array | undefined;
  if (request.recurring ?? true) {
    const description = await rollCallDescriptions(store);
    itemGroups = recurringItemGroups(
      Array.from(matrix.rollcalls, (id) => description.get(id) ?? ''),
      matrix.years,
    );
  }
  return estimateIdealPoints(matrix, {
    itemGroups,
    replicates: request.replicates,
    unidentified: 'drop',
    onProgress,
  });
}

/** The cache key of a request over the store's current votes. */
export async function idealPointsKey(
  store: Pick<Store, 'connection'>,
  request: IdealPointRequest,
): Promise<string> {
  const f = request.filter;
  const canonical = {
    model: idealPointsModelVersion,
    from: f.from ?? null,
    to: f.to ?? null,
    issues: [...(f.issues ?? [])].sort(),
    important: Boolean(f.important),
    wholeOnly: Boolean(f.wholeOnly),
    yearBasis: f.yearBasis ?? 'calendar',
    recurring: request.recurring ?? true,
    replicates: request.replicates ?? null,
    votes: await votesFingerprint(store),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 24);
}

function remember(store: Store, key: string, answer: IdealPointAnswer): IdealPointAnswer {
  store.cache.set(`idealpoints:${key}`, answer);
  return answer;
}
