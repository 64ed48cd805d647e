import type { Concordance } from '../../countries/concordance.js';
import { stateOnDate } from '../../countries/historical.js';
import { InputError } from '../../errors.js';
import type { Estimate, VdemRecord } from '../../values/valuesRecord.js';
import { columns, parseCsv } from '../csv/readCsv.js';

/** bearing's span: V-Dem rows before it are not read. */
export const firstValuesYear = 1946;

const indexColumns = {
  polyarchy: ['v2x_polyarchy', 'v2x_polyarchy_codelow', 'v2x_polyarchy_codehigh'],
  libdem: ['v2x_libdem', 'v2x_libdem_codelow', 'v2x_libdem_codehigh'],
} as const;

/** V-Dem text ids that are not ISO codes of the same state. */
const vdemIds: Record<string, string> = { VDR: 'RVN' };

/**
 * Resolves a V-Dem entity to bearing's id for a year: its ISO-like text id, else its COW code, then the
 * state that id stood for on 1 July of that year (V-Dem's RUS is the Soviet Union before 1992, DEU is West
 * Germany before 1990). Entities bearing has no state for (Somaliland, Zanzibar, Palestine/Gaza) give null.
 */
export function vdemCountry(
  concordance: Concordance,
  textId: string,
  cown: string,
  year: number,
): string | null {
  const known = vdemIds[textId];
  if (known) return concordance.get(known) ? known : null;
  const hit = concordance.tryResolve(textId) ?? (cown ? concordance.tryResolve(`cow:${cown}`) : undefined);
  return hit ? stateOnDate(hit.id, `${year}-07-01`) : null;
}

/**
 * Parses V-Dem's country-year file as packaged by democracyData (`vdem_simple`): country_text_id,
 * vdem_country_name, year, cown and the electoral (v2x_polyarchy) and liberal (v2x_libdem) democracy
 * indices with their codelow/codehigh bounds. Rows before 1946 are skipped. An index is null when V-Dem
 * leaves it blank; a value outside [0, 1], a bound on the wrong side of its estimate or a bad year throws
 * with file, line and field.
 */
export function parseVdem(text: string, file: string, concordance: Concordance): VdemRecord[] {
  const table = parseCsv(text, file);
  const col = columns(table, [
    'country_text_id',
    'vdem_country_name',
    'year',
    'cown',
    ...indexColumns.polyarchy,
    ...indexColumns.libdem,
  ] as const);
  const out: VdemRecord[] = [];
  const seen = new Set<string>();
  for (const rec of table.records) {
    const v = rec.values;
    const at = (field: string) => ({ file, line: rec.line, field });
    const ys = v[col.year].trim();
    if (!/^\d{4}$/.test(ys)) throw new InputError(`invalid year '${ys}'`, { location: at('year') });
    const year = Number(ys);
    if (year < firstValuesYear) continue;
    const vdemId = v[col.country_text_id].trim();
    if (!/^[A-Z]{3}$/.test(vdemId)) {
      throw new InputError(`invalid V-Dem country id '${vdemId}'`, { location: at('country_text_id') });
    }
    const key = `${vdemId} ${year}`;
    if (seen.has(key)) throw new InputError(`duplicate country-year ${key}`, { location: at('year') });
    seen.add(key);
    const cown = v[col.cown].trim();
    if (cown !== '' && cown !== 'NA' && !/^\d+$/.test(cown)) {
      throw new InputError(`invalid COW code '${cown}'`, { location: at('cown') });
    }
    const estimate = (names: readonly [string, string, string]): Estimate | null => {
      const [value, low, high] = names.map((n) => number(v[col[n as keyof typeof col]], at(n)));
      if (value === null) return null;
      if (low === null || high === null) {
        throw new InputError('an estimate without its interval', {
          location: at(names[low === null ? 1 : 2]),
        });
      }
      if (low > value + 1e-9 || high < value - 1e-9) {
        throw new InputError(`interval [${low}, ${high}] does not contain the estimate ${value}`, {
          location: at(names[0]),
        });
      }
      return { value, low, high };
    };
    out.push({
      country: vdemCountry(concordance, vdemId, cown === 'NA' ? '' : cown, year),
      vdemId,
      name: v[col.vdem_country_name].trim(),
      year,
      polyarchy: estimate(indexColumns.polyarchy),
      libdem: estimate(indexColumns.libdem),
      sourceFile: file,
      sourceLine: rec.line,
    });
  }
  return out;
}

/** A value in [0, 1], or null for a blank / NA cell. */
function number(cell: string, location: { file: string; line: number; field: string }): number | null {
  const s = cell.trim();
  if (s === '' || s === 'NA') return null;
  if (!/^-?\d*\.?\d+(e[+-]?\d+)?$/i.test(s)) {
    throw new InputError(`not a number: '${s.slice(0, 40)}'`, { location });
  }
  const x = Number(s);
  if (!(x >= 0 && x <= 1)) throw new InputError(`index ${s} outside [0, 1]`, { location });
  return x;
}
