import type { Concordance } from '../../countries/concordance.js';
import { stateOnDate } from '../../countries/historical.js';
import { InputError } from '../../errors.js';
import type { RollCall, VoteRecord } from '../../votes/rollCall.js';
import { columns, parseCsv } from '../csv/readCsv.js';
import { own } from '../own.js';
import { parseInteger, parseIsoDate } from '../unvotes/parseUnvotes.js';

/**
 * Country columns of the UN Digital Library scrape whose header is not a clean state name.
 * Each entry is a documented reconciliation rule (docs/data.md); `null` drops the column, which
 * is allowed only for columns that never hold a General Assembly vote (checked while parsing).
 */
export const undlColumnOverrides: Readonly<Record<string, string | null>> = {
  'Aa UNITED STATES': 'USA',
  'AY DENMARK': 'DNK',
  'AY SWEDEN': 'SWE',
  TKAZAKHSTAN: 'KAZ',
  CHILEs: 'CHL',
  SERBIAMONTENEGRO: 'SCG',
  DONOTKNOW: null,
  // The scrape's names for states that ISO names differently or that the concordance's patterns miss.
  'UNITED REPUBLIC OF CAMEROON': 'CMR',
  'PHILIPPINE REPUBLIC': 'PHL',
  'DEMOCRATIC CAMPUCHEA': 'KHM',
  'DEMOCRATIC KAMPUCHEA': 'KHM',
  'KHMER REPUBLIC': 'KHM',
  'CONGO (LEOPOLDVILLE)': 'COD',
  'CONGO (BRAZZAVILLE)': 'COG',
  ZAIRE: 'COD',
  DAHOMEY: 'BEN',
  'UPPER VOLTA': 'BFA',
  CEYLON: 'LKA',
  BURMA: 'MMR',
  'FEDERATION OF MALAYA': 'MYS',
  'UNION OF SOUTH AFRICA': 'ZAF',
  'MALDIVE ISLANDS': 'MDV',
  'CENTRAL AFRICAN EMPIRE': 'CAF',
  TANGANYIKA: 'TZA',
  'BYELORUSSIAN SSR': 'BLR',
  'UKRAINIAN SSR': 'UKR',
  'GERMANY, FEDERAL REPUBLIC OF': 'BRD',
  USSR: 'SUN',
  'UNITED ARAB REPUBLIC': 'UAR',
  'SOUTHERN YEMEN': 'YMD',
  'DEMOCRATIC YEMEN': 'YMD',
};

const cellVotes: Record<string, 1 | 2 | 3 | 8> = { Y: 1, A: 2, N: 3, X: 8 };
const metaColumns = [
  'Council',
  'Date',
  'Title',
  'Resolution',
  'TOTAL VOTES',
  'NO-VOTE COUNT',
  'ABSENT COUNT',
  'NO COUNT',
  'YES COUNT',
  'Link',
  'token',
] as const;

export interface UndlWide {
  rollCalls: RollCall[];
  votes: VoteRecord[];
  /** How each country column was mapped, for documentation and tests. */
  columnMap: Map<string, string | null>;
  /** Security Council rows, skipped. */
  skipped: number;
  /** General Assembly rows dated by year alone (two in the 2022 scrape), kept aside with their line. */
  yearOnly: { line: number; year: number }[];
}

/**
 * Parses the UN Digital Library wide scrape (one row per resolution, one column per state name).
 * Only General Assembly rows are kept. Column headers are trimmed and resolved through the
 * concordance and `undlColumnOverrides`; several columns for one state (" UNITED STATES",
 * "Aa UNITED STATES") are merged, and a row where two of them disagree is an error.
 * Cells: Y yes, N no, A abstain, X non-voting (absent), blank not a member.
 */
export function parseUndlWide(text: string, file: string, concordance: Concordance): UndlWide {
  // Several columns for one state are merged below, so repeated names are expected here.
  const table = parseCsv(text, file, { allowDuplicateColumns: true });
  const col = columns(table, metaColumns);
  const metaIndex = new Set<number>(Object.values(col));
  const columnMap = new Map<string, string | null>();
  const countryColumns: { index: number; header: string; id: string | null }[] = [];
  for (const [index, raw] of table.header.entries()) {
    if (metaIndex.has(index)) continue;
    const header = raw.trim();
    const override = own(undlColumnOverrides, header);
    const id =
      override !== undefined ? override : concordance.resolve(header, { file, line: 1, field: raw }).id;
    columnMap.set(raw, id);
    countryColumns.push({ index, header: raw, id });
  }
  const rollCalls: RollCall[] = [];
  const votes: VoteRecord[] = [];
  let skipped = 0;
  const yearOnly: { line: number; year: number }[] = [];
  for (const { line, values: v } of table.records) {
    const council = v[col.Council].trim();
    if (council === 'Security Council') {
      skipped++;
      continue;
    }
    if (council !== 'General Assembly') {
      throw new InputError(`unknown council '${council}'`, { location: { file, line, field: 'Council' } });
    }
    if (/^\d{4}$/.test(v[col.Date].trim())) {
      yearOnly.push({ line, year: Number(v[col.Date].trim()) });
      continue;
    }
    const date = parseIsoDate(v[col.Date], { file, line, field: 'Date' });
    const rcid = parseInteger(v[col.token], { file, line, field: 'token' });
    const resolution = v[col.Resolution].trim();
    const session = /^A\/RES\/(\d+)\//.exec(resolution);
    const title = v[col.Title].trim();
    rollCalls.push({
      rcid,
      session: session ? Number(session[1]) : sessionOfDate(date),
      date,
      year: Number(date.slice(0, 4)),
      resolution: resolution || null,
      short: title.replace(/\s*:\s*resolution\s*\/\s*adopted by the General Assembly\.?$/i, '').trim(),
      description: title,
      important: false,
      amendment: false,
      paragraph: false,
      issues: [],
      source: 'undl',
      sourceFile: file,
      sourceLine: line,
    });
    const rowVotes = new Map<string, { vote: 1 | 2 | 3 | 8; header: string }>();
    for (const c of countryColumns) {
      const cell = v[c.index].trim();
      if (cell === '') continue;
      const vote = own(cellVotes, cell);
      if (vote === undefined) {
        throw new InputError(`unknown vote '${cell}'`, {
          location: { file, line, field: c.header },
          hint: 'expected Y, N, A, X or blank',
        });
      }
      if (c.id === null) {
        throw new InputError(`a General Assembly vote in unmapped column '${c.header}'`, {
          location: { file, line, field: c.header },
        });
      }
      const id = stateOnDate(c.id, date);
      const prior = rowVotes.get(id);
      if (prior && prior.vote !== vote) {
        throw new InputError(`columns '${prior.header}' and '${c.header}' disagree for ${id}`, {
          location: { file, line, field: c.header },
        });
      }
      if (!prior) rowVotes.set(id, { vote, header: c.header });
    }
    for (const [country, { vote }] of rowVotes)
      votes.push({ rcid, country, vote, sourceFile: file, sourceLine: line });
  }
  return { rollCalls, votes, columnMap, skipped, yearOnly };
}

/** GA sessions open in September: session n runs from September of year 1945 + n. */
function sessionOfDate(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return year - 1945 - (month < 9 ? 1 : 0);
}
