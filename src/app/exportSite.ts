// `bearing export-site DIR`: the dashboard plus precomputed API answers for the default poles, as plain
// files any static host can serve. Every answer comes from the real HTTP API (`app.inject`), so no query
// is written twice; the dashboard finds a request's answer by the rule in `staticAnswer` (mirrored in
// web/src/api.ts, and the test checks both agree).
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { apiPrefix } from '../api/context.js';
import { buildServer, defaultWebDir } from '../api/server.js';
import { listFlag, yearFlag } from '../cli/args.js';
import type { Command } from '../cli/command.js';
import { InputError } from '../errors.js';
import { openStore } from '../store/open.js';

const poles = ['USA', 'CHN'] as const;
const poleList = poles.join(',');

const inFlight = 8;

type Query = Record<string, string | number | boolean | undefined>;
/** A request the dashboard makes; `orElse` only when the first answer is not 200 (a loader's fallback). */
type Request = [path: string, query: Query, orElse?: [path: string, query: Query]];

/** Where an answer lives in the exported site: a file, and in a by-year bundle the answer's key. */
export interface StaticAnswer {
  file: string;
  key?: string;
}

/** The country answers asked for once per map year: each country's years share one file per kind. */
const byYear = /^\/(profile|trade|debt)\/[A-Z]{3}$/;

/**
 * Where the answer to GET /api/v1`path`?`query` lives in the exported site, relative to its root:
 * the URL path, then `index.json` without a query, else the sorted `key=value` pairs joined by `&`.
 * A year's answer of /profile, /trade or /debt for a country is instead the entry under that name in
 * the country's `years.json` for the kind (one file, not one per map year: hosts cap a site's files).
 * Characters other than letters, digits and `,._-` in a value become `_` (codes, years, flags never have them).
 * Mirrored in web/src/api.ts; web/test/unit/staticAnswer.test.ts and web/test/exportSite.test.ts check
 * both agree.
 */
export function staticAnswer(path: string, query: Query = {}): StaticAnswer {
  const pairs = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}=${String(v).replace(/[^A-Za-z0-9,._-]/g, '_')}`)
    .sort();
  const bare = path.replace(/\/+$/, '');
  const dir = `api/v1${bare}`;
  const name = pairs.length ? pairs.join('&') : 'index';
  const year = query.year;
  if (year !== undefined && year !== null && year !== '' && byYear.test(bare))
    return { file: `${dir}/years.json`, key: name };
  return { file: `${dir}/${name}.json` };
}

export interface ExportOptions {
  dir: string;
  webDir: string;
  /** Only these countries (ISO3); default every country with a profile. */
  countries?: string[];
  /** Only these map years; default every year of the map's slider. */
  years?: number[];
  /** Only these downloadable tables; default every table. */
  tables?: string[];
  onProgress?: (done: number) => void;
}

export interface ExportReport {
  files: number;
  bytes: number;
  ms: number;
  countries: string[];
  years: number[];
  /** Answers, files, bytes and milliseconds by kind of answer (`/profile/{c}?year`, `/tables/*.csv`, ...). */
  kinds: Record<string, KindFigures>;
}

export interface KindFigures {
  /** Answers computed; more than files where a country's years share one file. */
  answers: number;
  files: number;
  bytes: number;
  ms: number;
}

/** The kind of an answer: its path with country codes as {c}, and `?year` when it is for one year. */
function kindOf(path: string, query: Query = {}): string {
  const tables = /^\/tables\/.+\.(\w+)$/.exec(path);
  if (tables) return `/tables/*.${tables[1]}`;
  return `${path.replace(/\/[A-Z]{3}(?=\/|$)/g, '/{c}')}${query.year !== undefined ? '?year' : ''}`;
}

interface Meta {
  snapshot: {
    builtAt?: string;
    datasets: { id: string; coverage: { from: number | null; to: number | null } }[];
  };
}

/** The map's slider for the composite (web/src/pages/map/state.ts, compositeYears): votes and trade both. */
function mapYears(meta: Meta): number[] {
  const votes = span(meta, 'unga');
  if (!votes) return [];
  const from = Math.max(votes.from, span(meta, 'trade')?.from ?? votes.from);
  return Array.from({ length: votes.to - from + 1 }, (_, i) => from + i);
}

/** The profile with its series: the country page without a year, and every year's series chart. */
const profileRequest = (c: string): Request => [`/profile/${c}`, { poles: poleList }];

/**
 * Each country page's requests for the default poles and options (web/src/charts/<chart>/load.ts). Not
 * /countries/{c}: the page finds an exported country in the /countries list.
 */
function countryRequests(c: string): Request[] {
  return [
    profileRequest(c),
    [`/agreement/${c}`, { with: poleList }],
    [`/sponsorship/${c}`, { with: poleList }],
    ['/idealpoints', { country: `${c},${poleList}` }],
    [`/trade/${c}`, { top: 12 }],
    [`/trade/${c}`, { series: true, poles: poleList }],
    ...poles.map((p): Request => [`/trade/${c}/partner/${p}`, {}]),
    [`/debt/${c}`, { poles: poleList }],
    [`/debt/${c}`, { series: true, poles: poleList }],
    [`/investment/${c}`, { poles: poleList }],
    [`/aid/${c}`, { poles: poleList }],
    [`/security/${c}/series`, { poles: poleList }],
    [`/arms/${c}`, { poles: poleList }],
    [`/values/${c}/series`, { poles: poleList }],
    ['/visits', { country: c }],
    ['/travels', { country: c }],
    ['/leader-visits/counts', { country: c }],
  ];
}

function span(meta: Meta, id: string): { from: number; to: number } | undefined {
  const c = meta.snapshot.datasets.find((d) => d.id === id)?.coverage;
  return c && c.from !== null && c.to !== null ? { from: c.from, to: c.to } : undefined;
}

/** `year` moved into the span (web/src/charts/nearestYear.ts). */
function nearest(year: number, s: { from: number; to: number } | undefined): number {
  return s ? Math.min(s.to, Math.max(s.from, year)) : year;
}

/**
 * The requests a country page opened from the map in `year` adds (the year-bound charts: profile
 * without its series, trade partners and creditors, each moved to the nearest year its data cover, as
 * their loaders do: web/src/charts/creditors/load.ts asks for the service year only when the stocks
 * year has no answer).
 */
function countryYearRequests(c: string, year: number, meta: Meta): Request[] {
  const stocks = nearest(year, span(meta, 'debt'));
  const service = nearest(year, span(meta, 'debtservice'));
  const debt = (y: number): [string, Query] => [`/debt/${c}`, { year: y, poles: poleList }];
  return [
    [`/profile/${c}`, { year, poles: poleList, include: 'none' }],
    [`/trade/${c}`, { year: nearest(year, span(meta, 'trade')), top: 12 }],
    [...debt(stocks), service === stocks ? undefined : debt(service)],
  ];
}

function url(path: string, query: Query): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return `${apiPrefix}${path}${s ? `?${s}` : ''}`;
}

export async function exportSite(app: FastifyInstance, opts: ExportOptions): Promise<ExportReport> {
  const t0 = performance.now();
  let files = 0;
  let bytes = 0;
  const kinds: Record<string, KindFigures> = {};
  // Answers are computed one at a time (the API's responder runs them in turn), so the time from one
  // answer written to the next is the next one's cost, and the kinds' times add up to the whole.
  let last = performance.now();
  const kind = (name: string) => {
    kinds[name] ??= { answers: 0, files: 0, bytes: 0, ms: 0 };
    return kinds[name];
  };
  /** An answer computed: its time (since the one before) goes to its kind. */
  const computed = (name: string) => {
    const now = performance.now();
    const k = kind(name);
    k.answers++;
    k.ms += now - last;
    last = now;
  };
  const store = (rel: string, body: Buffer | string, name: string) => {
    const file = join(opts.dir, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
    files++;
    bytes += Buffer.byteLength(body);
    const k = kind(name);
    k.files++;
    k.bytes += Buffer.byteLength(body);
    opts.onProgress?.(files);
  };
  const write = (rel: string, body: Buffer | string, name = 'dashboard') => {
    computed(name);
    store(rel, body, name);
  };
  /** The by-year bundles being filled (a country's at a time): file -> kind and answers by key. */
  const bundles = new Map<string, { kind: string; answers: Map<string, Buffer> }>();
  const flush = () => {
    for (const [file, { kind: name, answers }] of bundles) {
      // Each answer is already JSON: the bundle is an object of them, keys sorted (the same bytes each run).
      const entries = [...answers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const body = `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v.toString('utf8')}`).join(',\n')}}\n`;
      store(file, body, name);
    }
    bundles.clear();
  };
  const get = async (path: string) => {
    const res = await app.inject({ method: 'GET', url: `${apiPrefix}${path}` });
    if (res.statusCode !== 200) throw new Error(`GET ${path}: ${res.statusCode}`);
    return res;
  };
  /** Writes the answer, an error's problem JSON too (the dashboard reads its status from it). */
  const answer = async (path: string, query: Query) => {
    const res = await app.inject({ method: 'GET', url: url(path, query) });
    // A 400/404 problem is an answer the page shows (no data that year); anything else is the export failing.
    if (![200, 400, 404].includes(res.statusCode))
      throw new Error(`GET ${url(path, query)}: ${res.statusCode} ${res.body}`);
    const at = staticAnswer(path, query);
    const name = kindOf(path, query);
    if (at.key === undefined) write(at.file, res.rawPayload, name);
    else {
      computed(name);
      const bundle = bundles.get(at.file) ?? { kind: name, answers: new Map<string, Buffer>() };
      bundles.set(at.file, bundle);
      bundle.answers.set(at.key, res.rawPayload);
    }
    return res;
  };
  /** Each answer once (two charts, or two map years moved to the same data year, ask alike): its status. */
  const written = new Map<string, Promise<number>>();
  const request = async ([path, query, orElse]: Request): Promise<number> => {
    const at = staticAnswer(path, query);
    const id = `${at.file}#${at.key ?? ''}`;
    let status = written.get(id);
    if (!status) {
      status = answer(path, query).then((res) => res.statusCode);
      written.set(id, status);
    }
    if (orElse && (await status) !== 200) await request(orElse);
    return status;
  };

  cpSync(opts.webDir, opts.dir, { recursive: true });
  const indexHtml = join(opts.dir, 'index.html');
  // The flag the dashboard reads at start (web/src/api.ts): answers come from files, not a server.
  writeFileSync(
    indexHtml,
    readFileSync(indexHtml, 'utf8').replace(
      '<head>',
      '<head>\n    <meta name="bearing-static" content="static.json">',
    ),
  );

  write('api/v1/openapi.json', (await get('/openapi.json')).rawPayload, '/openapi.json');
  const meta = (await answer('/meta', {})).json() as Meta;
  const years = opts.years ?? mapYears(meta);
  const all = (await answer('/countries', {})).json() as { id: string }[];
  // The bundled example claims, checked (each country page lists those about it).
  await answer('/check/examples/seed', {});
  // The About page's distribution of finance positions (web/src/charts/financeDistribution/load.ts).
  for (const year of [2019, 2024]) {
    for (const multilaterals of ['none', 'shareholders']) {
      await answer('/finance-distribution', { year, multilaterals, poles: poleList });
    }
  }

  for (const year of years) {
    await answer('/rank', { year, poles: poleList, includePoles: true, includePartial: true });
    // The vote-agreement measures: every state's agreement with each pole (web/src/pages/map/load.ts).
    for (const pole of poles) await answer(`/similar/${pole}`, { year, top: 300 });
  }

  const countries: string[] = [];
  for (const { id } of all) {
    if (opts.countries && !opts.countries.includes(id)) continue;
    // A country without a profile (no data between the poles) is left out; its problem answer is kept,
    // so its page says why.
    if ((await request(profileRequest(id))) !== 200) continue;
    countries.push(id);
    const requests = [...countryRequests(id), ...years.flatMap((y) => countryYearRequests(id, y, meta))];
    // A few in flight at once: writing one answer while the next is computed.
    for (let i = 0; i < requests.length; i += inFlight) {
      await Promise.all(requests.slice(i, i + inFlight).map(request));
    }
    flush();
  }
  flush();

  // The downloads (About page, /api/v1/tables): the index and every table at its own URL.
  const tables = (await answer('/tables', {})).json() as { table: string }[];
  for (const { table } of tables) {
    if (opts.tables && !opts.tables.includes(table)) continue;
    for (const ext of ['csv', 'parquet', 'json']) {
      const path = `/tables/${table}.${ext}`;
      write(`api/v1${path}`, (await get(path)).rawPayload, kindOf(path));
    }
  }

  write(
    'static.json',
    `${JSON.stringify({ builtAt: meta.snapshot.builtAt ?? null, poles, countries, years }, null, 2)}\n`,
  );
  return { files, bytes, ms: Math.round(performance.now() - t0), countries, years, kinds };
}

/** The kinds of answer, largest first: where the bytes and the time went. */
function kindLines(kinds: Record<string, KindFigures>): string {
  const rows = Object.entries(kinds).sort((a, b) => b[1].bytes - a[1].bytes);
  const width = Math.max(4, ...rows.map(([k]) => k.length));
  const line = (k: string, answers: string, files: string, mb: string, s: string) =>
    `  ${k.padEnd(width)} ${answers.padStart(8)} ${files.padStart(7)} ${mb.padStart(9)} ${s.padStart(8)}\n`;
  return (
    line('kind', 'answers', 'files', 'MB', 's') +
    rows
      .map(([k, f]) =>
        line(k, String(f.answers), String(f.files), (f.bytes / 1e6).toFixed(1), (f.ms / 1000).toFixed(1)),
      )
      .join('')
  );
}

export const exportSiteCommand: Command = {
  name: 'export-site',
  summary: 'Write the dashboard with precomputed answers (poles USA, CHN) as static files for any web host',
  usage: ['export-site DIR [--countries KEN,USA,...] [--years 2019,2024] [--tables votes,...]'],
  help: [
    'Copies the built dashboard (web/dist; run `npm run build:web` first) into DIR and writes, through the',
    "real API, the answers its pages ask for with the default poles: /meta, /countries, every country page's",
    'charts (every country with a profile, with no year and for every map year, as opened from the map),',
    'the map for every year of its slider, and the downloads',
    '(/api/v1/tables). DIR/static.json lists the snapshot, poles, countries and years. Other poles, the',
    'claim checks, the loan calculator and the article check need the live API (`bearing serve`).',
    '--countries, --years and --tables limit the export (for a quick look or a test).',
    "A country's answers for each map year (/profile, /trade, /debt with a year) share one file per kind",
    "(api/v1/<kind>/<country>/years.json, keyed by the query), so a full export stays under hosts' file caps.",
    'Prints the files, megabytes and seconds, in all and by kind of answer (largest first).',
  ].join('\n'),
  options: { countries: { type: 'string' }, years: { type: 'string' }, tables: { type: 'string' } },
  async run({ positionals, values, stdout }) {
    const dir = positionals[0];
    if (!dir) throw new InputError('export-site needs a directory', { location: { field: 'DIR' } });
    const webDir = defaultWebDir();
    if (!webDir || !existsSync(join(webDir, 'index.html'))) {
      throw new InputError('the dashboard is not built', {
        location: { field: 'web/dist' },
        hint: 'run `npm run build:web` first',
      });
    }
    const countries = listFlag(values.countries as string | undefined).map((c) => c.toUpperCase());
    const years = listFlag(values.years as string | undefined).map((y) => yearFlag(y, 'years') as number);
    const tables = listFlag(values.tables as string | undefined);
    const store = await openStore({ materialize: true });
    // One client asking for everything: no rate limit (it would turn answers into 429 problems).
    // Each answer is asked for once, so the answer cache would only hold memory.
    const app = await buildServer({
      store,
      logger: false,
      webDir: null,
      warm: false,
      cacheBytes: 0,
      shedding: { rateLimit: 0 },
    });
    try {
      const r = await exportSite(app, {
        dir,
        webDir,
        countries: countries.length ? countries : undefined,
        years: years.length ? years : undefined,
        tables: tables.length ? tables : undefined,
      });
      stdout(
        `bearing: wrote ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB to ${dir} in ${(r.ms / 1000).toFixed(1)} s ` +
          `(${r.countries.length} countries, ${r.years.length} map years, poles ${poleList})\n` +
          kindLines(r.kinds),
      );
    } finally {
      await app.close();
      store.close();
    }
    return 0;
  },
};
