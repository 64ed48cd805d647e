import { cachedPerStore, requireDataset, rowObjects as rows } from './load.js';
import type { Store } from './open.js';

/** The raw publisher file every trade figure to 2020 traces to (source_line columns are its lines). */
export const tradeSourceFile = 'trade/imf_dots_exports_fob_by_partner_1960_2020.csv.gz';

/** Where a user's IMF IMTS file is kept in the raw layout: the source of every figure after DOTS ends. */
export const imtsSourceFile = 'trade/imf_imts_goods_by_partner.csv';

/** Said wherever trade is shown: the bundled data end in 2020. */
export const bundledTradeNote =
  'The bundled snapshot ends in 2020 (IMF DOTS); later years only from an IMF IMTS file the user brings (bearing update --source trade --from-file FILE).';

/** Which years come from which file: DOTS to `dotsTo`, a user's IMTS file from `imtsFrom` to `imtsTo`. */
export interface TradeExtent {
  dotsTo: number;
  imtsFrom: number | null;
  imtsTo: number | null;
  /** One sentence for every trade output: what the years rest on, and that the bundled data end in 2020. */
  note: string;
}

export async function tradeExtent(store: Store): Promise<TradeExtent> {
  requireTrade(store);
  return cachedPerStore(store, 'trade:extent', async () => {
    let r: Record<string, unknown>;
    try {
      [r] = await rows(
        store,
        `SELECT max(year) FILTER (WHERE basis = 'dots-exports-fob')::INTEGER AS d,
           min(year) FILTER (WHERE basis <> 'dots-exports-fob')::INTEGER AS f,
           max(year) FILTER (WHERE basis <> 'dots-exports-fob')::INTEGER AS t FROM trade_flows`,
      );
    } catch {
      // A snapshot built before the basis column: DOTS only.
      [r] = await rows(store, 'SELECT max(year)::INTEGER AS d, NULL AS f, NULL AS t FROM trade_flows');
    }
    const dotsTo = Number(r.d);
    const imtsFrom = r.f === null ? null : Number(r.f);
    const imtsTo = r.t === null ? null : Number(r.t);
    const note =
      imtsFrom === null
        ? `Trade: IMF DOTS to ${dotsTo}, exports FOB as reported. ${bundledTradeNote}`
        : `Trade: IMF DOTS to ${dotsTo} (exports FOB as reported), then ${imtsFrom}-${imtsTo} from the user's IMF IMTS file (${imtsSourceFile}): the importer's declared imports CIF where published, the exporter's exports FOB mirrored otherwise, basis kept per flow. The bundled snapshot itself ends in ${dotsTo}.`;
    return { dotsTo, imtsFrom, imtsTo, note };
  });
}

/** The raw file a year's trade figures come from. */
export function tradeFileFor(year: number, extent: TradeExtent): string {
  return year > extent.dotsTo ? imtsSourceFile : tradeSourceFile;
}

/** One partner of a country in one year: exports as reported, mirror imports, their raw lines. */
export interface CountryFlowRow {
  year: number;
  partner: string;
  /** True for a partner state; false for a non-aggregate IMF group (unallocated, union, area). */
  isState: boolean;
  /** US$ millions; NaN when not published. */
  exports: number;
  exportsLine: number | null;
  imports: number;
  importsLine: number | null;
}

/** The World rows: the country's exports to World, and World's exports to it (mirror imports). */
export interface WorldRow {
  year: number;
  exports: number;
  exportsLine: number | null;
  imports: number;
  importsLine: number | null;
}

export interface TradeGroupInfo {
  id: string;
  label: string;
  kind: 'aggregate' | 'unallocated' | 'union' | 'area';
  members: string[];
}

export function requireTrade(store: Store): void {
  requireDataset(store, ['trade_flows', 'trade_group_flows', 'trade_names'], 'trade');
}

/** First and last year of the trade data. Cached. */
export async function tradeCoverage(store: Store): Promise<{ from: number; to: number }> {
  requireTrade(store);
  return cachedPerStore(store, 'trade:coverage', async () => {
    const [r] = await rows(store, 'SELECT min(year)::INTEGER AS f, max(year)::INTEGER AS t FROM trade_flows');
    return { from: Number(r.f), to: Number(r.t) };
  });
}

/** The last year with any trade recorded for a state (as reporter or partner), or null for none. */
export async function lastTradeYear(store: Store, id: string): Promise<number | null> {
  const [r] = await rows(
    store,
    'SELECT max(year)::INTEGER AS y FROM trade_flows WHERE reporter = $1 OR partner = $1',
    [id],
  );
  return r.y === null ? null : Number(r.y);
}

/** The IMF groups of the trade data (from trade_names). Cached. */
export async function tradeGroups(store: Store): Promise<TradeGroupInfo[]> {
  requireTrade(store);
  return cachedPerStore(store, 'trade:groups', async () => {
    return (
      await rows(
        store,
        "SELECT id, label, group_kind, members FROM trade_names WHERE kind = 'group' ORDER BY first_line",
      )
    ).map((r) => ({
      id: String(r.id),
      label: String(r.label),
      kind: r.group_kind as TradeGroupInfo['kind'],
      members: r.members ? String(r.members).split(' ') : [],
    }));
  });
}

const nonAggregateGroups = "SELECT id FROM trade_names WHERE kind = 'group' AND group_kind <> 'aggregate'";

/**
 * Every partner of a country in a year range: partner states from trade_flows and non-aggregate
 * groups from trade_group_flows, exports (country -> partner) beside mirror imports
 * (partner -> country). Sorted by year and partner.
 */
export async function countryFlows(
  store: Store,
  id: string,
  from: number,
  to: number,
): Promise<CountryFlowRow[]> {
  const { flows } = await countryTrade(store, id);
  return flows.filter((r) => r.year >= from && r.year <= to);
}

/** The country's World rows by year (either side may be missing: NaN). */
export async function worldRows(
  store: Store,
  id: string,
  from: number,
  to: number,
): Promise<Map<number, WorldRow>> {
  const { world } = await countryTrade(store, id);
  return new Map([...world].filter(([year]) => year >= from && year <= to));
}

/**
 * Countries whose every year is kept: a country page asks for its series, each pole's partner series
 * and a year's partners, and `export-site` for every year in turn; one query per country serves them
 * all (it was one per answer, most of an export's time).
 */
const recentCountries = 4;

interface CountryTrade {
  flows: CountryFlowRow[];
  world: Map<number, WorldRow>;
}

/** A country's flows and World rows over every year, kept for the last few countries asked. */
function countryTrade(store: Store, id: string): Promise<CountryTrade> {
  requireTrade(store);
  let recent = store.cache.get('trade:recent') as Map<string, Promise<CountryTrade>> | undefined;
  if (!recent) {
    recent = new Map();
    store.cache.set('trade:recent', recent);
  }
  let hit = recent.get(id);
  if (hit) {
    recent.delete(id);
  } else {
    hit = readCountryTrade(store, id);
    hit.catch(() => recent.delete(id));
  }
  recent.set(id, hit);
  for (const old of recent.keys()) if (recent.size > recentCountries) recent.delete(old);
  return hit;
}

async function readCountryTrade(store: Store, id: string): Promise<CountryTrade> {
  const flowsSql = `
    WITH g AS (${nonAggregateGroups}),
    f AS (
      SELECT reporter, partner, year, exports, source_line, true AS state FROM trade_flows
        WHERE reporter = $1 OR partner = $1
      UNION ALL
      SELECT reporter, partner, year, exports, source_line, false AS state FROM trade_group_flows
        WHERE (reporter = $1 AND partner IN (SELECT id FROM g)) OR (partner = $1 AND reporter IN (SELECT id FROM g))
    ),
    x AS (SELECT year, partner, exports, source_line, state FROM f WHERE reporter = $1),
    m AS (SELECT year, reporter AS partner, exports AS imports, source_line, state FROM f WHERE partner = $1)
    SELECT coalesce(x.year, m.year)::INTEGER AS year, coalesce(x.partner, m.partner) AS partner,
      coalesce(x.state, m.state) AS state,
      x.exports, x.source_line::INTEGER AS exports_line, m.imports, m.source_line::INTEGER AS imports_line
    FROM x FULL OUTER JOIN m ON x.year = m.year AND x.partner = m.partner
    ORDER BY 1, 2`;
  const flows = (await rows(store, flowsSql, [id])).map((r) => ({
    year: Number(r.year),
    partner: String(r.partner),
    isState: Boolean(r.state),
    exports: r.exports === null ? Number.NaN : Number(r.exports),
    exportsLine: r.exports_line === null ? null : Number(r.exports_line),
    imports: r.imports === null ? Number.NaN : Number(r.imports),
    importsLine: r.imports_line === null ? null : Number(r.imports_line),
  }));
  const worldSql = `
    SELECT year::INTEGER AS year,
      max(exports) FILTER (WHERE reporter = $1) AS e, max(source_line) FILTER (WHERE reporter = $1)::INTEGER AS el,
      max(exports) FILTER (WHERE partner = $1) AS i, max(source_line) FILTER (WHERE partner = $1)::INTEGER AS il
    FROM trade_group_flows
    WHERE (reporter = $1 AND partner = 'world') OR (reporter = 'world' AND partner = $1)
    GROUP BY year ORDER BY year`;
  const world = new Map<number, WorldRow>();
  for (const r of await rows(store, worldSql, [id])) {
    world.set(Number(r.year), {
      year: Number(r.year),
      exports: r.e === null ? Number.NaN : Number(r.e),
      exportsLine: r.el === null ? null : Number(r.el),
      imports: r.i === null ? Number.NaN : Number(r.i),
      importsLine: r.il === null ? null : Number(r.il),
    });
  }
  return { flows, world };
}

/**
 * All flows of the trade data as typed arrays, for measures over every reporter and year:
 * state-to-state flows and flows with non-aggregate groups, sorted by year, ids as indexes into
 * `ids`; and the World rows. Cached.
 */
export interface AllTradeFlows {
  ids: string[];
  isState: boolean[];
  year: Uint16Array;
  reporter: Uint16Array;
  partner: Uint16Array;
  exports: Float64Array;
  /** World rows: for country index c and year y, exports to World and World's exports to it. */
  world: { year: Uint16Array; country: Uint16Array; exports: Float64Array; imports: Float64Array };
}

export async function loadAllTradeFlows(store: Store): Promise<AllTradeFlows> {
  requireTrade(store);
  return cachedPerStore(store, 'trade:all', async () => {
    const db = store.connection;
    await db.run(`
      CREATE OR REPLACE TEMP TABLE _trade_ids AS
      SELECT id, state, (row_number() OVER (ORDER BY NOT state, id) - 1)::INTEGER AS ix FROM (
        SELECT reporter AS id, true AS state FROM trade_flows UNION SELECT partner, true FROM trade_flows
        UNION SELECT id, false FROM (${nonAggregateGroups}))`);
    const idRows = await rows(store, 'SELECT id, state FROM _trade_ids ORDER BY ix');
    const ids = idRows.map((r) => String(r.id));
    const isState = idRows.map((r) => Boolean(r.state));
    const flows = await db.run(`
      SELECT f.year::USMALLINT, r.ix::USMALLINT, p.ix::USMALLINT, f.exports FROM (
        SELECT reporter, partner, year, exports FROM trade_flows
        UNION ALL SELECT reporter, partner, year, exports FROM trade_group_flows
          WHERE reporter IN (${nonAggregateGroups}) OR partner IN (${nonAggregateGroups})
      ) f JOIN _trade_ids r ON r.id = f.reporter JOIN _trade_ids p ON p.id = f.partner
      ORDER BY f.year`);
    const cols = {
      year: [] as number[],
      reporter: [] as number[],
      partner: [] as number[],
      exports: [] as number[],
    };
    for (;;) {
      const chunk = await flows.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const [y, r, p, v] = [0, 1, 2, 3].map((i) => chunk.getColumnValues(i) as number[]);
      for (let i = 0; i < chunk.rowCount; i++) {
        cols.year.push(y[i]);
        cols.reporter.push(r[i]);
        cols.partner.push(p[i]);
        cols.exports.push(v[i]);
      }
    }
    const w = (
      await db.runAndReadAll(`
      SELECT year::USMALLINT AS year, c.ix::USMALLINT AS country,
        coalesce(max(exports) FILTER (WHERE partner = 'world'), 'NaN'::DOUBLE) AS e,
        coalesce(max(exports) FILTER (WHERE reporter = 'world'), 'NaN'::DOUBLE) AS i
      FROM trade_group_flows JOIN _trade_ids c ON c.id = (CASE WHEN reporter = 'world' THEN partner ELSE reporter END)
      WHERE (partner = 'world' OR reporter = 'world') AND c.state
      GROUP BY ALL ORDER BY year, country`)
    ).getColumnsJS() as number[][];
    await db.run('DROP TABLE _trade_ids');
    const all: AllTradeFlows = {
      ids,
      isState,
      year: Uint16Array.from(cols.year),
      reporter: Uint16Array.from(cols.reporter),
      partner: Uint16Array.from(cols.partner),
      exports: Float64Array.from(cols.exports),
      world: {
        year: Uint16Array.from(w[0]),
        country: Uint16Array.from(w[1]),
        exports: Float64Array.from(w[2]),
        imports: Float64Array.from(w[3]),
      },
    };
    return all;
  });
}

/** A country's flows with every IMF group in a year (aggregates included), both directions. */
export interface GroupFlowRow {
  group: string;
  exports: number;
  exportsLine: number | null;
  imports: number;
  importsLine: number | null;
}

export async function countryGroupFlows(store: Store, id: string, year: number): Promise<GroupFlowRow[]> {
  requireTrade(store);
  const sql = `
    SELECT coalesce(x.partner, m.reporter) AS g, x.exports AS e, x.source_line::INTEGER AS el,
      m.exports AS i, m.source_line::INTEGER AS il
    FROM (SELECT partner, exports, source_line FROM trade_group_flows WHERE reporter = $1 AND year = $2) x
    FULL OUTER JOIN (SELECT reporter, exports, source_line FROM trade_group_flows WHERE partner = $1 AND year = $2) m
      ON x.partner = m.reporter
    ORDER BY 1`;
  return (await rows(store, sql, [id, year])).map((r) => ({
    group: String(r.g),
    exports: r.e === null ? Number.NaN : Number(r.e),
    exportsLine: r.el === null ? null : Number(r.el),
    imports: r.i === null ? Number.NaN : Number(r.i),
    importsLine: r.il === null ? null : Number(r.il),
  }));
}
