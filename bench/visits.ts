import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { tripWeights, visitWeights } from '../src/measures/intensity.js';
import { lastVisit, visitIntensity } from '../src/queries/visits.js';
import { parseCodeTable, parsePresidents, parseTravels } from '../src/sources/historian/parseTravels.js';
import { parseVisits } from '../src/sources/historian/parseVisits.js';
import { SlugResolver } from '../src/sources/historian/slugs.js';
import { openStore, type Store } from '../src/store/open.js';

function best(times: number[]): number {
  return Math.min(...times);
}

async function timeIt(n: number, f: () => unknown | Promise<unknown>): Promise<number> {
  await f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return best(times);
}

/**
 * 1. Parsing every Historian XML file (validation, located records, slugs, visit types) against a
 *    bare fast-xml-parser parse of the same texts (the floor for any parser built on it).
 * 2. visitIntensity for every country-year (load + de-duplicate + weighted sum) against the same
 *    figures as one DuckDB SQL query, checked equal.
 * 3. A "first since" query (lastVisit with a continent filter).
 */
export async function run(): Promise<void> {
  const store = await openStore({ materialize: true });
  try {
    await parsing(store);
    await intensity(store);
    const ms = await timeIt(20, () =>
      lastVisit(store, { types: ['state'], continent: 'Africa' }, '2024-05-23'),
    );
    console.log(`lastVisit(state, Africa, before 2024-05-23): ${ms.toFixed(1)} ms per query`);
  } finally {
    store.close();
  }
}

async function parsing(store: Store): Promise<void> {
  const raw = resolve(process.env.BEARING_RAW_DIR ?? '../shared/data');
  const visitsDir = join(raw, 'us-state-dept-visits');
  if (!existsSync(visitsDir)) {
    console.log(`parsing: skipped (no raw files at ${raw}; set BEARING_RAW_DIR)`);
    return;
  }
  const read = (dir: string) =>
    readdirSync(join(raw, dir))
      .filter((f) => f.endsWith('.xml'))
      .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(raw, dir, f), 'utf8') }));
  const visitFiles = read('us-state-dept-visits');
  const tripFiles = [
    ...read('us-state-dept-travels/president-travels'),
    ...read('us-state-dept-travels/secretary-travels'),
  ];
  const t = (p: string) => readFileSync(join(raw, 'us-state-dept-travels', p), 'utf8');
  const codes = {
    roles: parseCodeTable(t('code-tables/travel-role-codes.xml'), 'roles'),
    presidents: new Set(parsePresidents(t('presidents/presidents.xml'), 'presidents').map((p) => p.id)),
  };
  const bytes = [...visitFiles, ...tripFiles].reduce((a, f) => a + f.text.length, 0);
  let records = 0;
  const ours = await timeIt(5, () => {
    const slugs = new SlugResolver(store.concordance);
    records = 0;
    for (const f of visitFiles) records += parseVisits(f.text, f.file, slugs).length;
    for (const f of tripFiles) records += parseTravels(f.text, f.file, slugs, codes).length;
  });
  const bare = await timeIt(5, () => {
    const p = new XMLParser({ ignoreAttributes: false });
    for (const f of [...visitFiles, ...tripFiles]) p.parse(f.text);
  });
  console.log(
    `parse ${visitFiles.length + tripFiles.length} files (${(bytes / 2 ** 20).toFixed(1)} MiB chars, ${records} records): ` +
      `${ours.toFixed(0)} ms (${((records / ours) * 1000).toFixed(0)} records/s); bare fast-xml-parser ${bare.toFixed(0)} ms; ratio ${(ours / bare).toFixed(2)}x`,
  );
}

async function intensity(store: Store): Promise<void> {
  let rows = 0;
  const ours = await timeIt(5, async () => {
    store.cache.delete('intensity:*');
    rows = (await visitIntensity(store)).length;
  });
  const w = (m: Record<string, number>, col: string) =>
    `CASE ${Object.entries(m)
      .map(([k, v]) => `WHEN ${col} = '${k}' THEN ${v}`)
      .join(' ')} END`;
  const sql = `
    WITH e AS (
      SELECT country, year, 0 AS outbound, max(${w(visitWeights, 'type')}) AS w FROM visits GROUP BY visitor, country, start_date, year
      UNION ALL
      SELECT country, year, 1 AS outbound, max(${w(tripWeights, 'role')}) AS w FROM travels GROUP BY who, country, start_date, year
    )
    SELECT country, year, sum(1 - outbound)::INTEGER AS vin, sum(outbound)::INTEGER AS tout, sum(w)::DOUBLE AS intensity
    FROM e GROUP BY country, year ORDER BY country, year`;
  let sqlRows: Record<string, unknown>[] = [];
  const base = await timeIt(5, async () => {
    sqlRows = (await store.connection.runAndReadAll(sql)).getRowObjectsJS();
  });
  const mine = await visitIntensity(store);
  const same =
    mine.length === sqlRows.length &&
    mine.every(
      (r, i) =>
        r.country === sqlRows[i].country &&
        r.year === Number(sqlRows[i].year) &&
        r.visitsIn === Number(sqlRows[i].vin) &&
        r.travelsOut === Number(sqlRows[i].tout) &&
        r.intensity === Number(sqlRows[i].intensity),
    );
  console.log(
    `visitIntensity, all ${rows} country-years: ${ours.toFixed(1)} ms; DuckDB SQL ${base.toFixed(1)} ms; ratio ${(ours / base).toFixed(2)}x; identical: ${same}`,
  );
}
