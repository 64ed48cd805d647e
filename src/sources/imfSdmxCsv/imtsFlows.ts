import type { ImfObservation } from './parseImfSdmxCsv.js';

/** IMTS indicators read: goods exports FOB and goods imports CIF, US dollars (IMF IMTS dataflow). */
export const imtsExports = 'XG_FOB_USD';
export const imtsImports = 'MG_CIF_USD';
/** The IMF group code for World, stored as the DOTS group id `world`. */
export const imtsWorld = 'G001';

/**
 * How a trade figure was obtained (trade_flows.basis):
 * - dots-exports-fob: DOTS, exports FOB as reported by the exporter (the bundled data, to 2020);
 * - imts-imports-cif: IMTS, imports CIF as declared by the importer;
 * - imts-exports-fob-mirror: IMTS, the importer declared nothing, so the exporter's exports FOB stand in;
 * - imts-exports-fob: IMTS, a country's exports to World as it reports them.
 */
export type TradeBasis =
  | 'dots-exports-fob'
  | 'imts-imports-cif'
  | 'imts-exports-fob-mirror'
  | 'imts-exports-fob';

export interface ImtsFlow {
  /** Exporter (concordance id, or `world`). */
  reporter: string;
  /** Importer. */
  partner: string;
  year: number;
  valueUsdMn: number;
  basis: TradeBasis;
  line: number;
}

export interface ImtsFlows {
  flows: ImtsFlow[];
  groupFlows: ImtsFlow[];
  /** Observations for years the bundled data already cover (not used: DOTS stays the source to its end). */
  earlierYears: number;
  /** IMF group codes other than World, with their number of observations (not used: no DOTS counterpart). */
  otherGroups: Map<string, number>;
}

/**
 * Flows exporter -> importer for the years after `after`, one figure per flow: the importer's
 * declared imports CIF where it published one (customs record imports most closely), otherwise the
 * exporter's exports FOB (mirror). CIF includes freight and insurance, so the two bases differ by a
 * few percent; the basis is kept per row. The World rows: a country's exports to World as it reports
 * them, and World's exports to it = its declared imports.
 */
export function imtsFlows(observations: readonly ImfObservation[], after: number): ImtsFlows {
  const exportsBy = new Map<string, ImfObservation>();
  const importsBy = new Map<string, ImfObservation>();
  const otherGroups = new Map<string, number>();
  let earlierYears = 0;
  const groupFlows: ImtsFlow[] = [];
  for (const o of observations) {
    if (o.year <= after) {
      earlierYears++;
      continue;
    }
    if (o.reporterKind === 'group' || (o.counterpartKind === 'group' && o.counterpartCode !== imtsWorld)) {
      const code = o.reporterKind === 'group' ? o.reporter : o.counterpartCode;
      otherGroups.set(code, (otherGroups.get(code) ?? 0) + 1);
      continue;
    }
    if (o.valueUsdMn === null) continue;
    if (o.counterpartKind === 'group') {
      const out = o.indicator === imtsExports;
      groupFlows.push({
        reporter: out ? o.reporter : 'world',
        partner: out ? 'world' : o.reporter,
        year: o.year,
        valueUsdMn: o.valueUsdMn,
        basis: out ? 'imts-exports-fob' : 'imts-imports-cif',
        line: o.line,
      });
      continue;
    }
    if (o.reporter === o.counterpart) continue;
    // Key every observation by the flow it measures: exporter -> importer.
    if (o.indicator === imtsExports) exportsBy.set(`${o.reporter}|${o.counterpart}|${o.year}`, o);
    else importsBy.set(`${o.counterpart}|${o.reporter}|${o.year}`, o);
  }
  const flows: ImtsFlow[] = [];
  for (const key of new Set([...importsBy.keys(), ...exportsBy.keys()])) {
    const [reporter, partner, y] = key.split('|');
    const declared = importsBy.get(key);
    const mirror = exportsBy.get(key);
    const use = declared ?? mirror;
    if (!use) continue;
    flows.push({
      reporter,
      partner,
      year: Number(y),
      valueUsdMn: use.valueUsdMn as number,
      basis: declared ? 'imts-imports-cif' : 'imts-exports-fob-mirror',
      line: use.line,
    });
  }
  const order = (a: ImtsFlow, b: ImtsFlow) =>
    a.year - b.year || a.reporter.localeCompare(b.reporter) || a.partner.localeCompare(b.partner);
  return { flows: flows.sort(order), groupFlows: groupFlows.sort(order), earlierYears, otherGroups };
}
