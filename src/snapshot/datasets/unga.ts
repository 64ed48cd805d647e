import { InputError } from '../../errors.js';
import type { DgacmNote, Sponsorship } from '../../sources/dgacm/parseDgacm.js';
import { parseDgacm } from '../../sources/dgacm/parseDgacm.js';
import type { Cast, Compared } from '../../sources/dgacm/reconcile.js';
import {
  comparedRollCalls,
  compareSources,
  type Disagreement,
  joinDgacm,
} from '../../sources/dgacm/reconcile.js';
import { parseUndlLong, type UndlLong } from '../../sources/undl/parseUndlLong.js';
import { parseUndlWide } from '../../sources/undl/parseUndlWide.js';
import { parseUndlWide2025 } from '../../sources/undl/parseUndlWide2025.js';
import { extendWithUndl } from '../../sources/undl/reconcile.js';
import { supersedeScrape } from '../../sources/undl/reconcileOfficial.js';
import { attachIssues, parseRollCalls, parseVotes } from '../../sources/unvotes/parseUnvotes.js';
import {
  overlapRows,
  overlapTable,
  rollCallRows,
  rollCallsTable,
  sponsorshipRows,
  sponsorshipsTable,
  voteRows,
  votesTable,
} from '../../store/votesTables.js';
import type { RollCall, VoteRecord } from '../../votes/rollCall.js';
import type { BuildContext, DatasetBuilder } from '../dataset.js';

const files = {
  rollCalls: 'unga/unvotes_un_roll_calls.csv.gz',
  issues: 'unga/unvotes_un_roll_call_issues.csv',
  votes: 'unga/unvotes_un_votes.csv.gz',
  undl: 'unga/undl_ga_sc_votes_wide_1946_2021.csv.gz',
  /** The official UN Digital Library voting file (record 4060887), when present (gzipped or not). */
  undlOfficial: 'unga/undl_ga_voting.csv',
  /** DGACM machine-readable resolutions, one JSON Lines file per session (74-80, ES-10, ES-11). */
  dgacmDir: 'unga/un_dgacm_resolutions',
  /** The 2025 UNDL scrape: a cross-check of DGACM's 2025 votes, never added. */
  undl2025: 'unga/undl_ga_sc_votes_wide_2025.csv',
};

export const ungaDataset: DatasetBuilder = {
  id: 'unga',
  title: 'UN General Assembly roll-call votes',
  publisher: 'Erik Voeten, UNGA Voting Data (unvotes R package); UN Digital Library',
  version:
    'unvotes 0.3.0 data (2021-03-08, sessions 1-74); UNDL scrape of 2022-01-29; DGACM resolutions (UNxml/GAresolutions 42a69b67, sessions 74-80, ES-10, ES-11)',
  license: 'Voeten data: cite Voeten (2013); unvotes MIT; UNDL: non-commercial use with attribution',
  inputs: [
    { path: files.rollCalls, url: 'https://github.com/dgrtwo/unvotes' },
    { path: files.issues, url: 'https://github.com/dgrtwo/unvotes' },
    { path: files.votes, url: 'https://github.com/dgrtwo/unvotes' },
    { path: files.undl, url: 'https://digitallibrary.un.org/search?ln=en&cc=Voting+Data' },
    { path: files.undlOfficial, url: 'https://digitallibrary.un.org/record/4060887', optional: true },
    { path: files.dgacmDir, url: 'https://github.com/UNxml/GAresolutions', optional: true },
    { path: files.undl2025, url: 'https://github.com/HZloto/unga-2025', optional: true },
  ],
  dependsOn: ['countries'],
  async build(ctx) {
    const rollCalls = parseRollCalls(await ctx.readText(files.rollCalls), files.rollCalls);
    attachIssues(rollCalls, await ctx.readText(files.issues), files.issues);
    const votes = parseVotes(await ctx.readText(files.votes), files.votes, rollCalls, ctx.concordance);
    ctx.log(`voeten: ${rollCalls.length} roll calls, ${votes.length} votes`);
    const undl = parseUndlWide(await ctx.readText(files.undl), files.undl, ctx.concordance);
    const lastVoetenYear = Math.max(...rollCalls.map((r) => r.year));
    const undatedLate = undl.yearOnly.find((u) => u.year >= lastVoetenYear);
    if (undatedLate) {
      throw new InputError(
        `date has a year only (${undatedLate.year}) in the years the UN Digital Library extends`,
        {
          location: { file: files.undl, line: undatedLate.line, field: 'Date' },
        },
      );
    }
    const present = await ctx.list('unga');
    const officialPath = [files.undlOfficial, `${files.undlOfficial}.gz`].find((p) => present.includes(p));
    let official: UndlLong | null = null;
    if (officialPath) {
      official = parseUndlLong(await ctx.readText(officialPath), officialPath, ctx.concordance);
      ctx.log(`undl official file: ${official.rollCalls.length} GA resolutions (${official.layout} layout)`);
    }
    const undlMerged = official ? supersedeScrape(official, undl) : { ...undl, supersededScrape: 0 };
    const merged = extendWithUndl({ rollCalls, votes }, undlMerged);
    const added = merged.rollCalls.length - rollCalls.length;
    ctx.log(`undl: ${undl.rollCalls.length} GA rows, ${added} added after Voeten's last roll call`);
    const lastVoeten = maxDate(rollCalls);
    const lastUndl = maxDate(undlMerged.rollCalls);
    const dgacm = await readDgacm(ctx);
    // Rules D1-D3 (docs/data/unga.md): Voeten through its last roll call, the UNDL record through its last
    // date, DGACM after that; every overlap compared and reported in the overlap table.
    const joined = joinDgacm(merged, dgacm, maxDate([{ date: lastUndl }, { date: lastVoeten }]));
    ctx.log(`dgacm: ${dgacm.rollCalls.length} recorded votes read, ${joined.added} added after ${lastUndl}`);
    const { disagreements, compared } = await overlapReport(
      ctx,
      { rollCalls, votes },
      undlMerged,
      dgacm,
      lastVoeten,
      lastUndl,
    );
    const final = { ...merged, rollCalls: joined.rollCalls, votes: joined.votes };
    final.rollCalls.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.rcid - b.rcid));
    await ctx.writeTable(rollCallsTable, rollCallRows(final.rollCalls));
    await ctx.writeTable(votesTable, voteRows(final.votes));
    await ctx.writeTable(sponsorshipsTable, sponsorshipRows(dgacm.sponsorships));
    await ctx.writeTable(overlapTable, overlapRows(disagreements));
    const years = final.rollCalls.map((r) => r.year);
    return {
      version: [
        'unvotes 0.3.0 data (2021-03-08, sessions 1-74); UNDL scrape of 2022-01-29',
        ...(dgacm.resolutions > 0
          ? ['DGACM resolutions (UNxml/GAresolutions 42a69b67, sessions 74-80, ES-10, ES-11)']
          : []),
        ...(official
          ? [`UNDL official voting file (${official.layout} layout, to ${maxDate(official.rollCalls)})`]
          : []),
      ].join('; '),
      coverage: {
        from: Math.min(...years),
        to: Math.max(...years),
        countries: new Set(final.votes.map((v) => v.country)).size,
      },
      notes: [
        `DGACM resolutions (${files.dgacmDir}): ${dgacm.resolutions} adopted resolutions, ${dgacm.rollCalls.length} recorded votes; ${joined.added} added (dated after ${lastUndl}), ${joined.covered} already in the record (Voeten or UNDL); ${dgacm.sponsorships.length} sponsorships.`,
        ...dgacm.notes
          .filter((n) => n.kind !== 'repeated-record')
          .map((n) => `DGACM ${n.file}:${n.line} ${n.resolution}: ${n.detail}.`),
        `DGACM records repeated with the same date, adoption type and votes (read once, sponsors merged): ${
          dgacm.notes
            .filter((n) => n.kind === 'repeated-record')
            .map(
              (n) =>
                `${n.file.split('/').pop()}:${n.line} ${n.resolution} (${n.detail.replace(': votes read once, sponsors merged', '')})`,
            )
            .join('; ') || 'none'
        }.`,
        `Overlap report (table unga_overlap, docs/data/unga-overlap.md): ${countKinds(disagreements)}.`,
        `Overlaps compared: ${compared.join('; ')}.`,
        `Voeten roll calls ${rollCalls.length}, votes ${votes.length} (absences and non-members not in the source).`,
        `UN Digital Library: ${undl.rollCalls.length} GA resolutions read from the scrape, ${undl.skipped} Security Council rows skipped; of ${undlMerged.rollCalls.length} UNDL resolutions (scrape and official file merged), ${merged.droppedOverlap} dropped as covered by Voeten (dated on or before its last roll call), ${merged.droppedDuplicateResolution} dropped as duplicate resolution symbols, ${added} added.`,
        `UN Digital Library rows dated by year alone (lines ${undl.yearOnly.map((u) => u.line).join(', ')}) fall in Voeten's years and are dropped.`,
        'UNDL rows carry no issue codes or important-vote flags; they are whole resolutions only.',
        ...(official && officialPath
          ? [
              `UN Digital Library official voting file (${officialPath}, ${official.layout} layout): ${official.rollCalls.length} GA resolutions; it supersedes ${undlMerged.supersededScrape} rows of the 2022 scrape (same record id or resolution symbol).`,
              ...(official.duplicateSymbols.length
                ? [
                    `Official file records repeating a resolution symbol, dropped: ${official.duplicateSymbols.slice(0, 10).join('; ')}.`,
                  ]
                : []),
              ...(official.totalsDiffer.length
                ? [
                    `${official.totalsDiffer.length} official resolutions whose stated yes/no/abstain totals differ from their member-state rows (kept as listed): ${official.totalsDiffer.slice(0, 10).join(', ')}${official.totalsDiffer.length > 10 ? ', ...' : ''}.`,
                  ]
                : []),
            ]
          : [
              'No official UN Digital Library voting file: votes after 2021 need `bearing update --source unga`.',
            ]),
      ],
    };
  },
};

type Dgacm = {
  rollCalls: RollCall[];
  votes: VoteRecord[];
  sponsorships: Sponsorship[];
  resolutions: number;
  notes: (DgacmNote & { file: string })[];
};

async function readDgacm(ctx: BuildContext): Promise<Dgacm> {
  const out: Dgacm = { rollCalls: [], votes: [], sponsorships: [], resolutions: 0, notes: [] };
  // Optional: a raw folder without DGACM files builds the 1946-2021 record as before.
  const listed = await ctx.list(files.dgacmDir).catch(() => [] as string[]);
  const present = listed.filter((f) => f.endsWith('.json')).sort();
  for (const name of present) {
    const path = name.includes('/') ? name : `${files.dgacmDir}/${name}`;
    const f = parseDgacm(await ctx.readText(path), path);
    out.rollCalls.push(...f.rollCalls);
    out.votes.push(...f.votes);
    out.sponsorships.push(...f.sponsorships);
    out.resolutions += f.resolutions;
    out.notes.push(...f.notes.map((n) => ({ ...n, file: path })));
  }
  return out;
}

/**
 * Every overlap between the sources, compared resolution by resolution (whole resolutions only):
 * Voeten vs DGACM and Voeten vs UNDL up to Voeten's last roll call (from September 2019, when DGACM
 * starts), UNDL vs DGACM from then to the UNDL record's end, DGACM vs the 2025 UNDL scrape in 2025-2026.
 */
async function overlapReport(
  ctx: BuildContext,
  voeten: { rollCalls: RollCall[]; votes: VoteRecord[] },
  undl: { rollCalls: RollCall[]; votes: VoteRecord[] },
  dgacm: Dgacm,
  lastVoeten: string,
  lastUndl: string,
): Promise<{ disagreements: Disagreement[]; compared: string[] }> {
  if (dgacm.rollCalls.length === 0) return { disagreements: [], compared: [] };
  const compared: string[] = [];
  const pair = (
    a: { name: string; rollCalls: Compared[] },
    b: { name: string; rollCalls: Compared[] },
  ): Disagreement[] => {
    const tally = { shared: 0, states: 0 };
    const d = compareSources(a, b, tally);
    compared.push(
      `${a.name} vs ${b.name}: ${tally.shared} shared resolutions, ${tally.states} state votes compared`,
    );
    return d;
  };
  const start = minDate(dgacm.rollCalls);
  const V = comparedRollCalls(
    voeten.rollCalls,
    voeten.votes,
    (r) => r.date >= start && !r.amendment && !r.paragraph,
  );
  const U = comparedRollCalls(undl.rollCalls, undl.votes, (r) => r.date >= start && r.date <= lastUndl);
  const D = comparedRollCalls(dgacm.rollCalls, dgacm.votes, () => true);
  const out = [
    ...pair(
      { name: 'voeten', rollCalls: V },
      { name: 'dgacm', rollCalls: D.filter((r) => r.date <= lastVoeten) },
    ),
    ...pair(
      { name: 'voeten', rollCalls: V },
      { name: 'undl', rollCalls: U.filter((r) => r.date <= lastVoeten) },
    ),
    ...pair(
      { name: 'undl', rollCalls: U.filter((r) => r.date > lastVoeten) },
      { name: 'dgacm', rollCalls: D.filter((r) => r.date > lastVoeten && r.date <= lastUndl) },
    ),
  ];
  if ((await ctx.list('unga')).some((p) => p.endsWith('undl_ga_sc_votes_wide_2025.csv'))) {
    const w = parseUndlWide2025(await ctx.readText(files.undl2025), files.undl2025, ctx.concordance);
    const casts = ['', 'yes', 'abstain', 'no'] as const;
    const W = w.map((r) => ({
      resolution: r.resolution,
      date: r.date,
      where: `${files.undl2025}:${r.line}`,
      votes: new Map([...r.votes].map(([k, v]) => [k, casts[v] as Cast])),
    }));
    const from = minDate(W);
    out.push(
      ...pair(
        { name: 'dgacm', rollCalls: D.filter((r) => r.date >= from) },
        { name: 'undl2025', rollCalls: W },
      ),
    );
  }
  return { disagreements: out, compared };
}

function countKinds(d: readonly Disagreement[]): string {
  const by = new Map<string, number>();
  for (const x of d) {
    const k = `${x.sourceA} vs ${x.sourceB} ${x.kind}`;
    by.set(k, (by.get(k) ?? 0) + 1);
  }
  return by.size ? [...by].map(([k, n]) => `${k}: ${n}`).join('; ') : 'no disagreement';
}

function minDate(rows: readonly { date: string }[]): string {
  let min = '9999';
  for (const r of rows) if (r.date < min) min = r.date;
  return min;
}

function maxDate(rollCalls: readonly { date: string }[]): string {
  let max = '';
  for (const r of rollCalls) if (r.date > max) max = r.date;
  return max;
}
