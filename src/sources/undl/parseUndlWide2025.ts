import type { Concordance } from '../../countries/concordance.js';
import { InputError } from '../../errors.js';
import { columns, parseCsv } from '../csv/readCsv.js';
import { own } from '../own.js';
import { parseIsoDate } from '../unvotes/parseUnvotes.js';

/** One General Assembly row of the 2025 UNDL scrape: used to cross-check DGACM session 80, never added. */
export interface UndlWide2025Row {
  resolution: string;
  date: string;
  line: number;
  /** Votes by state id: 1 yes, 2 abstain, 3 no; a blank cell (absent, non-voting) is not listed. */
  votes: Map<string, 1 | 2 | 3>;
}

const cellVotes: Record<string, 1 | 2 | 3> = { YES: 1, ABSTAIN: 2, NO: 3 };
const meta = [
  'Link',
  'token',
  'Scrape_Year',
  'Title',
  'Council',
  'Resolution',
  'country',
  'subregion',
  'continent',
  'Date',
  'YES COUNT',
  'NO COUNT',
  'ABSTAIN COUNT',
  'NO-VOTE COUNT',
  'TOTAL VOTES',
  'tags',
] as const;

/**
 * Parses the 2025 UN Digital Library scrape (HZloto/unga-2025): one row per resolution, one column per
 * ISO3 code, cells YES / NO / ABSTAIN / blank. Security Council rows are skipped. Country columns resolve
 * through the concordance; an unknown column or cell fails naming file, line and column.
 */
export function parseUndlWide2025(text: string, file: string, concordance: Concordance): UndlWide2025Row[] {
  const table = parseCsv(text, file);
  const col = columns(table, meta);
  const metaIndex = new Set<number>(Object.values(col));
  const states: { index: number; header: string; id: string }[] = [];
  for (const [index, header] of table.header.entries()) {
    if (metaIndex.has(index)) continue;
    states.push({ index, header, id: concordance.resolve(header, { file, line: 1, field: header }).id });
  }
  const rows: UndlWide2025Row[] = [];
  for (const { line, values: v } of table.records) {
    const council = v[col.Council].trim();
    if (council === 'Security Council') continue;
    if (council !== 'General Assembly') {
      throw new InputError(`unknown council '${council}'`, { location: { file, line, field: 'Council' } });
    }
    const date = parseIsoDate(v[col.Date], { file, line, field: 'Date' });
    const votes = new Map<string, 1 | 2 | 3>();
    for (const s of states) {
      const cell = v[s.index].trim().toUpperCase();
      if (cell === '') continue;
      const vote = own(cellVotes, cell);
      if (vote === undefined) {
        throw new InputError(`unknown vote '${v[s.index]}'`, {
          location: { file, line, field: s.header },
          hint: 'expected YES, NO, ABSTAIN or blank',
        });
      }
      votes.set(s.id, vote);
    }
    rows.push({ resolution: v[col.Resolution].trim(), date, line, votes });
  }
  return rows;
}
