import type { Concordance } from '../../countries/concordance.js';
import { InputError } from '../../errors.js';
import type {
  CreditorKind,
  DebtCategory,
  DebtServiceRecord,
  ServiceComponent,
} from '../../finance/debtRecord.js';
import { cleanName, institutionByIdsName } from '../../finance/institutions.js';
import { columns, parseCsv } from '../csv/readCsv.js';

/** The World Bank aggregates among the all-debtors file's "countries": kept as named groups. */
export const idsServiceGroups = new Set([
  'East Asia & Pacific (excluding high income)',
  'Europe & Central Asia (excluding high income)',
  'IDA only',
  'IDA total',
  'Latin America & Caribbean (excluding high income)',
  'Least developed countries: UN classification',
  'Low & middle income',
  'Low income',
  'Lower middle income',
  'Middle East & North Africa (excluding high income)',
  'Middle income',
  'South Asia',
  'Sub-Saharan Africa (excluding high income)',
  'Upper middle income',
]);

/** IDS series code DT.{AMT,INT}.{category}.CD -> component, category and the "of which concessional" flag. */
const categoryCodes: Record<string, { category: DebtCategory; concessional: boolean }> = {
  BLAT: { category: 'bilateral', concessional: false },
  BLTC: { category: 'bilateral', concessional: true },
  MLAT: { category: 'multilateral', concessional: false },
  MLTC: { category: 'multilateral', concessional: true },
  PBND: { category: 'bonds', concessional: false },
  PCBK: { category: 'commercial banks', concessional: false },
  PROP: { category: 'other private', concessional: false },
};
const componentCodes: Record<string, ServiceComponent> = { AMT: 'principal', INT: 'interest' };

/** Creditor names that are neither a country nor an institution. */
const specialCreditors: Record<string, CreditorKind> = {
  World: 'total',
  Bondholders: 'bondholders',
  'Multiple Lenders': 'multiple',
};
/** Country names the concordance does not know. */
const creditorCountryNames: Record<string, string> = { 'Neth. Antilles': 'ANT' };

/** The last year of actual debt service in this file (IDS 2024 edition): 2023-2025 are projections. */
export const lastActualServiceYear = 2022;

export interface CreditorResolution {
  kind: CreditorKind;
  country: string | null;
  institution: string | null;
}

/**
 * A cleaned IDS creditor name as the total, bondholders, syndicates, a named institution
 * (src/finance/institutions.ts) or a country. A name that is none of these is an error, so that a new
 * creditor in a future edition is never silently counted for no one.
 */
export function resolveCreditor(
  name: string,
  concordance: Concordance,
  location: { file?: string; line?: number; field?: string },
): CreditorResolution {
  const special = specialCreditors[name];
  if (special) return { kind: special, country: null, institution: null };
  const inst = institutionByIdsName(name);
  if (inst) return { kind: 'institution', country: null, institution: inst.id };
  const known = creditorCountryNames[name];
  if (known) return { kind: 'country', country: known, institution: null };
  const country = concordance.tryResolve(name);
  if (country) return { kind: 'country', country: country.id, institution: null };
  throw new InputError(`unknown creditor '${name}': neither a country nor a listed institution`, {
    location,
    hint: 'add it to src/finance/institutions.ts if it is an institution',
  });
}

/**
 * Parses the World Bank IDS all-debtors debt-service file (ONE Campaign's concatenation of the
 * DT.{AMT,INT}.{BLAT,BLTC,MLAT,MLTC,PBND,PCBK,PROP}.CD series): columns country, counterpart_area,
 * series, year, value, series_code (any order). Creditor names are cleaned of padding and resolved;
 * debtors through the concordance or as named aggregates. Bad years, values, series codes, unknown
 * names and duplicate keys throw with file, line and field.
 */
export function parseIdsService(text: string, file: string, concordance: Concordance): DebtServiceRecord[] {
  const table = parseCsv(text, file);
  const col = columns(table, ['country', 'counterpart_area', 'year', 'value', 'series_code'] as const);
  const debtors = new Map<string, { id: string | null; group: string | null }>();
  const creditors = new Map<string, CreditorResolution>();
  const seen = new Set<string>();
  const out: DebtServiceRecord[] = [];
  for (const rec of table.records) {
    const v = rec.values;
    const at = (field: string) => ({ file, line: rec.line, field });
    const debtorName = cleanName(v[col.country]);
    let debtor = debtors.get(debtorName);
    if (!debtor) {
      debtor = idsServiceGroups.has(debtorName)
        ? { id: null, group: debtorName }
        : { id: concordance.resolve(debtorName, at('country')).id, group: null };
      debtors.set(debtorName, debtor);
    }
    const code = v[col.series_code].trim();
    const m = /^DT\.(AMT|INT)\.([A-Z]{4})\.CD$/.exec(code);
    const cat = m ? categoryCodes[m[2]] : undefined;
    if (!m || !cat) {
      throw new InputError(`unknown series code '${code}'`, {
        location: at('series_code'),
        hint: `DT.AMT.<c>.CD or DT.INT.<c>.CD with <c> one of ${Object.keys(categoryCodes).join(', ')}`,
      });
    }
    const ys = v[col.year].trim();
    if (!/^\d{4}$/.test(ys) || Number(ys) < 1970 || Number(ys) > 2050) {
      throw new InputError(`invalid year '${ys}'`, { location: at('year') });
    }
    const year = Number(ys);
    const vs = v[col.value].trim();
    if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(vs)) {
      throw new InputError(`invalid value '${vs}'`, {
        location: at('value'),
        hint: 'expected current US dollars, e.g. 238313458.7',
      });
    }
    const creditorName = cleanName(v[col.counterpart_area]);
    if (!creditorName) throw new InputError('empty creditor name', { location: at('counterpart_area') });
    let creditor = creditors.get(creditorName);
    if (!creditor) {
      creditor = resolveCreditor(creditorName, concordance, at('counterpart_area'));
      creditors.set(creditorName, creditor);
    }
    const key = `${debtorName}|${creditorName}|${year}|${code}`;
    if (seen.has(key)) {
      throw new InputError(`duplicate value for ${debtorName}, ${creditorName}, ${year}, ${code}`, {
        location: at('value'),
      });
    }
    seen.add(key);
    out.push({
      debtor: debtor.id,
      debtorGroup: debtor.group,
      debtorName,
      year,
      category: cat.category,
      component: componentCodes[m[1]],
      concessional: cat.concessional,
      creditorName,
      creditorKind: creditor.kind,
      creditorCountry: creditor.country,
      creditorInstitution: creditor.institution,
      value: Number(vs),
      projected: year > lastActualServiceYear,
      seriesCode: code,
      sourceFile: file,
      sourceLine: rec.line,
    });
  }
  return out;
}
