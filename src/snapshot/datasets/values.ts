import { InputError } from '../../errors.js';
import { parseFreedomHouse } from '../../sources/freedomHouse/parseFreedomHouse.js';
import { parseVdem } from '../../sources/vdem/parseVdem.js';
import { freedomHouseRows, freedomHouseTable, vdemRows, vdemTable } from '../../store/valuesTables.js';
import type { DatasetBuilder } from '../dataset.js';

const files = {
  vdem: 'values/vdem_simple_1789_2024.csv.gz',
  fh: 'values/freedom_house_fiw_1972_2024.csv',
};
const repo = 'https://github.com/xmarquez/democracyData';

/** Two rows resolved to the same state-year are a build error naming both lines. */
function uniqueStateYears(
  records: readonly { country: string | null; year: number; sourceLine: number }[],
  file: string,
): void {
  const seen = new Map<string, number>();
  for (const r of records) {
    if (!r.country) continue;
    const key = `${r.country} ${r.year}`;
    const other = seen.get(key);
    if (other !== undefined) {
      throw new InputError(`two rows for ${key} (lines ${other} and ${r.sourceLine})`, {
        location: { file, line: r.sourceLine, field: 'country' },
      });
    }
    seen.set(key, r.sourceLine);
  }
}

export const valuesDataset: DatasetBuilder = {
  id: 'values',
  title: 'Regime characteristics: V-Dem democracy indices with uncertainty, Freedom House ratings and status',
  publisher: 'V-Dem Institute (Varieties of Democracy); Freedom House (Freedom in the World)',
  version:
    'democracyData @29ea0a24: vdem_simple (V-Dem v14-era, 1789-2024; 1946 on read), fh (Freedom in the World 2025 edition, 1972-2024)',
  license: 'V-Dem CC BY-SA 4.0; Freedom House: cite "Freedom House, Freedom in the World"; package GPL-3',
  inputs: [
    { path: files.vdem, url: `${repo}/blob/master/data/vdem_simple.rda` },
    { path: files.fh, url: `${repo}/blob/master/data/fh.rda` },
  ],
  dependsOn: ['countries'],
  async build(ctx) {
    const vdem = parseVdem(await ctx.readText(files.vdem), files.vdem, ctx.concordance);
    const fh = parseFreedomHouse(await ctx.readText(files.fh), files.fh, ctx.concordance);
    uniqueStateYears(vdem, files.vdem);
    uniqueStateYears(fh, files.fh);
    await ctx.writeTable(vdemTable, vdemRows(vdem));
    await ctx.writeTable(freedomHouseTable, freedomHouseRows(fh));
    const unresolved = (rs: readonly { country: string | null; name: string }[]) =>
      [...new Set(rs.filter((r) => !r.country).map((r) => r.name))].sort();
    const years = [...vdem, ...fh].map((r) => r.year);
    const states = new Set([...vdem, ...fh].filter((r) => r.country).map((r) => r.country));
    ctx.log(`values: ${vdem.length} V-Dem country-years, ${fh.length} Freedom House country-years`);
    return {
      coverage: { from: Math.min(...years), to: Math.max(...years), countries: states.size },
      notes: [
        `V-Dem: ${vdem.length} country-years 1946-2024 (rows before 1946 are not read); electoral and liberal democracy with V-Dem's 68% interval (codelow/codehigh).`,
        `Freedom House: ${fh.length} rated country-years 1972-2024; status F / PF / NF, political rights and civil liberties 1-7. Rows with no rating are skipped.`,
        'States resolved by V-Dem text id or COW code (Freedom House by name or COW code), then to the state that id stood for on 1 July of the year (V-Dem RUS before 1992 is SUN).',
        `Entities kept with no state id (not in bearing's list of states): V-Dem ${unresolved(vdem).join(', ')}; Freedom House ${unresolved(fh).join(', ')}.`,
      ],
    };
  },
};
