import { InputError } from '../../errors.js';
import { parseCodeTable, parsePresidents, parseTravels } from '../../sources/historian/parseTravels.js';
import { parseVisits } from '../../sources/historian/parseVisits.js';
import { SlugResolver, slugRules } from '../../sources/historian/slugs.js';
import { travelsTable, tripRows, visitRows, visitsTable } from '../../store/visitsTables.js';
import type { TripRecord, VisitRecord } from '../../visits/records.js';
import { visitTypes } from '../../visits/visitType.js';
import type { DatasetBuilder } from '../dataset.js';

const dirs = {
  visits: 'us-state-dept-visits',
  presidentTravels: 'us-state-dept-travels/president-travels',
  secretaryTravels: 'us-state-dept-travels/secretary-travels',
};
const files = {
  presidents: 'us-state-dept-travels/presidents/presidents.xml',
  roles: 'us-state-dept-travels/code-tables/travel-role-codes.xml',
};

export const visitsDataset: DatasetBuilder = {
  id: 'visits',
  title: 'Leaders’ visits to the US and travels abroad of US presidents and secretaries of state',
  publisher: 'U.S. Department of State, Office of the Historian',
  version: 'HistoryAtState/visits @869ca4f (2026-06-26); HistoryAtState/travels @3170c77 (2026-07-18)',
  license: 'Public domain in the US; CC0 1.0 worldwide',
  inputs: [
    { path: dirs.visits, url: 'https://github.com/HistoryAtState/visits' },
    { path: dirs.presidentTravels, url: 'https://github.com/HistoryAtState/travels' },
    { path: dirs.secretaryTravels, url: 'https://github.com/HistoryAtState/travels' },
    { path: files.presidents, url: 'https://github.com/HistoryAtState/travels' },
    { path: files.roles, url: 'https://github.com/HistoryAtState/travels' },
  ],
  dependsOn: ['countries'],
  async build(ctx) {
    const slugs = new SlugResolver(ctx.concordance);
    const xml = async (dir: string) => (await ctx.list(dir)).filter((f) => f.endsWith('.xml'));

    const visits: VisitRecord[] = [];
    const visitFiles = await xml(dirs.visits);
    if (visitFiles.length === 0)
      throw new InputError('no visits XML files', { location: { file: dirs.visits } });
    for (const f of visitFiles) visits.push(...parseVisits(await ctx.readText(f), f, slugs));
    uniqueIds(visits, 'visit');
    visits.sort((a, b) => cmp(a.startDate, b.startDate) || a.id - b.id);

    const codes = {
      roles: parseCodeTable(await ctx.readText(files.roles), files.roles),
      presidents: new Set(
        parsePresidents(await ctx.readText(files.presidents), files.presidents).map((p) => p.id),
      ),
    };
    const trips: TripRecord[] = [];
    for (const dir of [dirs.presidentTravels, dirs.secretaryTravels]) {
      const found = await xml(dir);
      if (found.length === 0) throw new InputError('no travels XML files', { location: { file: dir } });
      for (const f of found) trips.push(...parseTravels(await ctx.readText(f), f, slugs, codes));
    }
    uniqueIds(trips, 'trip');
    trips.sort((a, b) => cmp(a.startDate, b.startDate) || a.id - b.id);

    await ctx.writeTable(visitsTable, visitRows(visits));
    await ctx.writeTable(travelsTable, tripRows(trips));
    const counts = visitTypes.map((t) => `${t} ${visits.filter((v) => v.type === t).length}`).join(', ');
    ctx.log(`visits: ${visits.length} (${counts}); trips: ${trips.length}`);
    const years = [...visits, ...trips].map((r) => r.year);
    const ruled = new Set(
      [...visits.map((v) => v.slug), ...trips.map((t) => t.slug)].filter((s) =>
        slugRules.some((r) => r.slug === s),
      ),
    );
    return {
      coverage: {
        from: Math.min(...years),
        to: Math.max(...years),
        countries: new Set([...visits.map((v) => v.country), ...trips.map((t) => t.country)]).size,
      },
      notes: [
        `${visits.length} visits to the US (${visitFiles.length} files), ${visits[0].startDate} to ${visits[visits.length - 1].startDate}; types: ${counts}.`,
        `${trips.length} trips abroad: ${trips.filter((t) => t.role === 'president').length} by presidents, ${trips.filter((t) => t.role === 'secretary').length} by secretaries of state, ${trips[0].startDate} to ${trips[trips.length - 1].startDate}.`,
        `Country slugs decided by the explicit table (docs/data/visits.md): ${[...ruled].sort().join(', ')}; the rest resolved through the concordance, carried to the state of the record's date.`,
        'HAW (Hawaii, 1874-1898) is not in the concordance; see extraStates in src/sources/historian/slugs.ts.',
        'Records are kept as published, including a few exact duplicates; the intensity measure counts a person-country-day once.',
      ],
    };
  },
};

function uniqueIds(
  records: readonly { id: number; sourceFile: string; sourceLine: number }[],
  what: string,
): void {
  const seen = new Map<number, string>();
  for (const r of records) {
    const prior = seen.get(r.id);
    if (prior) {
      throw new InputError(`${what} id ${r.id} repeats ${prior}`, {
        location: { file: r.sourceFile, line: r.sourceLine, field: 'id' },
      });
    }
    seen.set(r.id, `${r.sourceFile}:${r.sourceLine}`);
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
