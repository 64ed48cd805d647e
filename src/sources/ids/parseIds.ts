import type { Concordance } from '../../countries/concordance.js';
import { InputError } from '../../errors.js';
import {
  type CreditorKind,
  type DebtCategory,
  type DebtMeasure,
  type DebtRecord,
  debtCategories,
} from '../../finance/debtRecord.js';
import { columns, parseCsv } from '../csv/readCsv.js';

/** Debtor names that are World Bank regional aggregates: kept as named groups. */
export const idsDebtorGroups = new Set([
  'Africa (excluding high income)',
  'Sub-Saharan Africa (excluding high income)',
]);

/** Creditor names that are not a country or an institution. */
const specialCreditors: Record<string, CreditorKind> = {
  'All creditors': 'total',
  Bondholders: 'bondholders',
  'Multiple Lenders': 'multiple',
};

/**
 * World Bank creditor names the concordance does not know, with their id. Anything else that does
 * not resolve to a country is an institution (IDB, IDA, BADEA, ...).
 */
const creditorCountryNames: Record<string, string> = { 'Neth. Antilles': 'ANT' };

/** Creditor names that look like a country but are institutions named after a place. */
const institutionNames = new Set(['European Union', 'East African Community', 'Arab League']);

/** The last year of actual debt service: later years are IDS contractual projections. */
export const lastActualYear = 2024;

/**
 * Parses one of the ONE Campaign extracts of World Bank IDS creditor tables: debt stocks
 * (debtor_name, year, category, value, creditor_name) or debt service (year, debtor_name,
 * creditor_name, category, value). Column order is free; names are required. Debtors are resolved
 * through the concordance or kept as a named regional group; an unknown debtor, a category outside
 * the five IDS ones, a bad year or value throws with file, line and field.
 */
export function parseIds(
  text: string,
  file: string,
  measure: DebtMeasure,
  concordance: Concordance,
): DebtRecord[] {
  const table = parseCsv(text, file);
  const col = columns(table, ['debtor_name', 'year', 'category', 'value', 'creditor_name'] as const);
  const debtors = new Map<string, { id: string | null; group: string | null }>();
  const creditors = new Map<string, { kind: CreditorKind; country: string | null }>();
  const seen = new Set<string>();
  const out: DebtRecord[] = [];
  for (const rec of table.records) {
    const v = rec.values;
    const at = (field: string) => ({ file, line: rec.line, field });
    const debtorName = v[col.debtor_name].trim();
    let debtor = debtors.get(debtorName);
    if (!debtor) {
      debtor = idsDebtorGroups.has(debtorName)
        ? { id: null, group: debtorName }
        : { id: concordance.resolve(debtorName, at('debtor_name')).id, group: null };
      debtors.set(debtorName, debtor);
    }
    const ys = v[col.year].trim();
    if (!/^\d{4}$/.test(ys) || Number(ys) < 1970 || Number(ys) > 2050) {
      throw new InputError(`invalid year '${ys}'`, { location: at('year') });
    }
    const year = Number(ys);
    const category = v[col.category].trim() as DebtCategory;
    if (!debtCategories.includes(category)) {
      throw new InputError(`unknown creditor category '${category}'`, {
        location: at('category'),
        hint: `one of ${debtCategories.join(', ')}`,
      });
    }
    const vs = v[col.value].trim();
    if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(vs)) {
      throw new InputError(`invalid value '${vs}'`, {
        location: at('value'),
        hint: 'expected US dollars, e.g. 5370000000.5',
      });
    }
    const creditorName = v[col.creditor_name].trim();
    if (!creditorName) throw new InputError('empty creditor name', { location: at('creditor_name') });
    let creditor = creditors.get(creditorName);
    if (!creditor) {
      creditor = classifyCreditor(creditorName, concordance);
      creditors.set(creditorName, creditor);
    }
    const key = `${debtorName}|${year}|${category}|${creditorName}`;
    if (seen.has(key)) {
      throw new InputError(`duplicate value for ${debtorName}, ${year}, ${category}, ${creditorName}`, {
        location: at('value'),
      });
    }
    seen.add(key);
    out.push({
      measure,
      debtor: debtor.id,
      debtorGroup: debtor.group,
      debtorName,
      year,
      category,
      creditorName,
      creditorKind: creditor.kind,
      creditorCountry: creditor.country,
      value: Number(vs),
      projected: measure === 'service' && year > lastActualYear,
      sourceFile: file,
      sourceLine: rec.line,
    });
  }
  return out;
}

/** A World Bank creditor name as a country, an institution, bondholders, syndicates or the total. */
export function classifyCreditor(
  name: string,
  concordance: Concordance,
): { kind: CreditorKind; country: string | null } {
  const special = specialCreditors[name];
  if (special) return { kind: special, country: null };
  if (institutionNames.has(name)) return { kind: 'institution', country: null };
  const id = creditorCountryNames[name] ?? concordance.tryResolve(name)?.id;
  return id ? { kind: 'country', country: id } : { kind: 'institution', country: null };
}
