import { InputError } from '../../errors.js';
import { parseUndlLong, type UndlLong } from '../../sources/undl/parseUndlLong.js';
import { parseUndlWide } from '../../sources/undl/parseUndlWide.js';
import { extendWithUndl } from '../../sources/undl/reconcile.js';
import { supersedeScrape } from '../../sources/undl/reconcileOfficial.js';
import { attachIssues, parseRollCalls, parseVotes } from '../../sources/unvotes/parseUnvotes.js';
import { rollCallRows, rollCallsTable, voteRows, votesTable } from '../../store/votesTables.js';
import type { DatasetBuilder } from '../dataset.js';

const files = {
  rollCalls: 'unga/unvotes_un_roll_calls.csv.gz',
  issues: 'unga/unvotes_un_roll_call_issues.csv',
  votes: 'unga/unvotes_un_votes.csv.gz',
  undl: 'unga/undl_ga_sc_votes_wide_1946_2021.csv.gz',
  /** The official UN Digital Library voting file (record 4060887), when present (gzipped or not). */
  undlOfficial: 'unga/undl_ga_voting.csv',
};

export const ungaDataset: DatasetBuilder = {
  id: 'unga',
  title: 'UN General Assembly roll-call votes',
  publisher: 'Erik Voeten, UNGA Voting Data (unvotes R package); UN Digital Library',
  version: 'unvotes 0.3.0 data (2021-03-08, sessions 1-74); UNDL scrape of 2022-01-29',
  license: 'Voeten data: cite Voeten (2013); unvotes MIT; UNDL: non-commercial use with attribution',
  inputs: [
    { path: files.rollCalls, url: 'https://github.com/dgrtwo/unvotes' },
    { path: files.issues, url: 'https://github.com/dgrtwo/unvotes' },
    { path: files.votes, url: 'https://github.com/dgrtwo/unvotes' },
    { path: files.undl, url: 'https://digitallibrary.un.org/search?ln=en&cc=Voting+Data' },
    { path: files.undlOfficial, url: 'https://digitallibrary.un.org/record/4060887', optional: true },
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
    merged.rollCalls.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.rcid - b.rcid));
    await ctx.writeTable(rollCallsTable, rollCallRows(merged.rollCalls));
    await ctx.writeTable(votesTable, voteRows(merged.votes));
    const years = merged.rollCalls.map((r) => r.year);
    return {
      version: official
        ? `${ungaDataset.version}; UNDL official voting file (${official.layout} layout, to ${maxDate(official.rollCalls)})`
        : ungaDataset.version,
      coverage: {
        from: Math.min(...years),
        to: Math.max(...years),
        countries: new Set(merged.votes.map((v) => v.country)).size,
      },
      notes: [
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

function maxDate(rollCalls: readonly { date: string }[]): string {
  let max = '';
  for (const r of rollCalls) if (r.date > max) max = r.date;
  return max;
}
