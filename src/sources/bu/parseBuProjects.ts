import type { Concordance } from '../../countries/concordance.js';
import { InputError } from '../../errors.js';
import { chineseUsdLoan, type LoanRecord } from '../../finance/loanRecord.js';
import { parseUsdAmount } from '../cla/amount.js';
import { chineseLenderCategory } from '../cla/lenders.js';
import { claGroups, parseYear } from '../cla/parseCla.js';
import { columns, parseCsv } from '../csv/readCsv.js';

/** The project name column carries a web-scrape artefact for a header. */
const projectColumn = 'Expand All | Collapse All';
const wanted = [projectColumn, 'YEAR', 'AMOUNT', 'LENDER', 'BORROWER', 'SECTOR', 'Country'] as const;

/** Sector labels with typing errors in the file, mapped to the label the file uses elsewhere. */
const sectorRepairs: Record<string, string> = { fTransport: 'Transport' };

/**
 * Parses the BU China's Overseas Development Finance project list (Kaggle copy): CDB and China
 * Exim loans worldwide, 2008-2019. Rows have no id; the record's ref is its line. Amounts are
 * text and parsed strictly; any bad row throws with file, line and field.
 */
export function parseBuProjects(text: string, file: string, concordance: Concordance): LoanRecord[] {
  const table = parseCsv(text, file);
  const col = columns(table, wanted);
  const resolved = new Map<string, string>();
  const resolve = (place: string, line: number): string => {
    const id = resolved.get(place) ?? concordance.resolve(place, { file, line, field: 'Country' }).id;
    resolved.set(place, id);
    return id;
  };
  return table.records.map((rec) => {
    const get = (k: (typeof wanted)[number]) => rec.values[col[k]].trim();
    const at = (field: string) => ({ file, line: rec.line, field });
    const year = parseYear(get('YEAR'), at('YEAR'), 2000, 2030);
    const amountUsd = parseUsdAmount(get('AMOUNT'), at('AMOUNT'));
    const project = get(projectColumn);
    if (!project) throw new InputError('empty project name', { location: at(projectColumn) });
    const lender = get('LENDER');
    if (!lender) throw new InputError('empty lender', { location: at('LENDER') });
    const sector = get('SECTOR');
    const place = get('Country');
    const group = claGroups.has(place) ? place : null;
    return chineseUsdLoan({
      source: 'bu',
      ref: `line ${rec.line}`,
      project,
      lender,
      lenderCategory: chineseLenderCategory(lender),
      borrower: get('BORROWER') || null,
      borrowerCountry: group ? null : resolve(place, rec.line),
      borrowerGroup: group,
      year,
      amountUsd,
      sector: sector ? (sectorRepairs[sector] ?? sector) : null,
      sourceFile: file,
      sourceLine: rec.line,
    });
  });
}
