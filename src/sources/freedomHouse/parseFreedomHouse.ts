import type { Concordance } from '../../countries/concordance.js';
import { stateOnDate } from '../../countries/historical.js';
import { InputError } from '../../errors.js';
import { type FreedomRecord, type FreedomStatus, freedomStatuses } from '../../values/valuesRecord.js';
import { columns, parseCsv } from '../csv/readCsv.js';

/**
 * Freedom House names the concordance does not resolve, with bearing's id. Territories Freedom House rates
 * separately (Hong Kong, Tibet, ...) are not states here and stay unresolved (country null, name kept).
 */
const fhNames: Record<string, string> = {
  'Germany, W.': 'BRD',
  'East Germany': 'DDR',
  'Vietnam, N.': 'VNM',
  'South Vietnam': 'RVN',
  'Yemen, N.': 'YAR',
  'South Yemen': 'YMD',
  USSR: 'SUN',
  Yugoslavia: 'YUG',
  Czechoslovakia: 'CSK',
  'Serbia and Montenegro': 'SCG',
};

/**
 * Territories and disputed areas Freedom House rates apart from any state (their names would otherwise match
 * a state's, as "Indian Kashmir" matches India): kept by name, with no state id.
 */
const fhTerritories = new Set([
  'Abkhazia',
  'Chechnya',
  'Crimea',
  'Eastern Donbas',
  'Gaza Strip',
  'Indian Kashmir',
  'Israeli-Occupied Territories',
  'Kurdistan',
  'Nagorno-Karabakh',
  'Northern Cyprus',
  'Northern Ireland',
  'Pakistani Kashmir',
  'Palestinian Authority-Administered Territories',
  'Russian-Occupied Territories of Ukraine',
  'Somaliland',
  'South Ossetia',
  'Tibet',
  'Transnistria',
  'West Bank',
  'West Bank and Gaza Strip',
  'West Papua',
  'Western Sahara',
]);

/**
 * Resolves a Freedom House country to bearing's id for a year: a known historical name, its name, or its
 * COW code; then the state that id stood for on 1 July of that year. Unknown entities give null.
 */
export function freedomHouseCountry(
  concordance: Concordance,
  name: string,
  cown: string,
  year: number,
): string | null {
  if (fhTerritories.has(name)) return null;
  const known = fhNames[name];
  const hit = known
    ? concordance.get(known)
    : (concordance.tryResolve(name) ?? (cown ? concordance.tryResolve(`cow:${cown}`) : undefined));
  return hit ? stateOnDate(hit.id, `${year}-07-01`) : null;
}

/**
 * Parses Freedom in the World country-years as packaged by democracyData (`fh`): fh_country, year, pr and cl
 * (1 most free to 7), status (F / PF / NF), cown. A rating outside 1-7, an unknown status or a bad year throws
 * with file, line and field. Rows whose ratings are blank (years a territory was not rated) are skipped.
 */
export function parseFreedomHouse(text: string, file: string, concordance: Concordance): FreedomRecord[] {
  const table = parseCsv(text, file);
  const col = columns(table, ['fh_country', 'year', 'pr', 'cl', 'status', 'cown'] as const);
  const out: FreedomRecord[] = [];
  const seen = new Set<string>();
  for (const rec of table.records) {
    const v = rec.values;
    const at = (field: string) => ({ file, line: rec.line, field });
    const name = v[col.fh_country].trim();
    if (name === '') throw new InputError('empty country name', { location: at('fh_country') });
    const ys = v[col.year].trim();
    if (!/^\d{4}$/.test(ys)) throw new InputError(`invalid year '${ys}'`, { location: at('year') });
    const year = Number(ys);
    const pr = v[col.pr].trim();
    const cl = v[col.cl].trim();
    const status = v[col.status].trim();
    if ((pr === '' || pr === 'NA') && (cl === '' || cl === 'NA')) continue;
    const rating = (s: string, field: string) => {
      if (!/^[1-7]$/.test(s)) throw new InputError(`rating '${s}' is not 1-7`, { location: at(field) });
      return Number(s);
    };
    if (!freedomStatuses.includes(status as FreedomStatus)) {
      throw new InputError(`unknown status '${status}'`, {
        location: at('status'),
        hint: 'one of F, PF, NF',
      });
    }
    const key = `${name} ${year}`;
    if (seen.has(key)) throw new InputError(`duplicate country-year ${key}`, { location: at('year') });
    seen.add(key);
    const cown = v[col.cown].trim();
    out.push({
      country: freedomHouseCountry(concordance, name, /^\d+$/.test(cown) ? cown : '', year),
      name,
      year,
      politicalRights: rating(pr, 'pr'),
      civilLiberties: rating(cl, 'cl'),
      status: status as FreedomStatus,
      sourceFile: file,
      sourceLine: rec.line,
    });
  }
  return out;
}
