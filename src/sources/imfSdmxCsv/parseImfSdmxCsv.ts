import type { Concordance } from '../../countries/concordance.js';
import { InputError } from '../../errors.js';
import { parseCsv } from '../csv/readCsv.js';

/**
 * The CSV the IMF data portal (data.imf.org, SDMX 3.0) exports for a dataflow: one observation a row,
 * dimensions as `<DIM>.ID` code columns beside their labels (`COUNTRY.ID`, `COUNTRY`, ...), then
 * `TIME_PERIOD`, `OBS_VALUE` and attributes such as `SCALE.ID` / `SCALE`. Direct Investment Positions
 * (DIP) and International Trade in Goods (IMTS) come in this one layout; what differs is the
 * indicators, so the caller names the ones it accepts.
 *
 * Codes: `COUNTRY.ID` and `COUNTERPART_COUNTRY.ID` are ISO3 codes for economies and IMF group codes
 * (`G001` World, `GX509` Central and South Asia, `TX374`, `U150`, ...) for aggregates. Groups are kept
 * apart (kind 'group', id as published) and never resolved to a country. A three-letter code the
 * concordance does not know is an error, never silently dropped.
 */
export interface ImfObservation {
  /** Concordance id of the reporting economy (COUNTRY.ID), or the group code. */
  reporter: string;
  reporterKind: EntityKind;
  counterpart: string;
  counterpartKind: EntityKind;
  /** The code as published in COUNTERPART_COUNTRY.ID (for tracing). */
  counterpartCode: string;
  indicator: string;
  /** DV_TYPE.ID when the file has it (DIP: O = reported, SCC = derived from counterpart data). */
  dvType: string | null;
  year: number;
  /** US$ millions after applying the declared scale; null when OBS_VALUE is empty (not published). */
  valueUsdMn: number | null;
  /** OBS_VALUE as published. */
  published: string;
  /** Power of ten of the unit: 0 units, 3 thousands, 6 millions, 9 billions; null when not declared. */
  scale: number | null;
  line: number;
}

export type EntityKind = 'country' | 'group';

export interface ImfSdmxTable {
  file: string;
  observations: ImfObservation[];
  /**
   * Lines of series rows without any observation (empty TIME_PERIOD and OBS_VALUE): the portal
   * exports a series it has no data for as one such row. Skipped, counted.
   */
  emptySeriesLines: number[];
}

export interface ImfSdmxOptions {
  /** INDICATOR.ID values accepted; any other is an error. */
  indicators: readonly string[];
  /** Scale assumed when the file has no SCALE.ID / SCALE column at all (DIP inward files: millions). */
  defaultScale?: number;
  /**
   * What to do with a row whose SCALE cells are empty in a file that has the columns: 'error', or
   * 'keep' (returned with scale null and valueUsdMn null; the caller documents and excludes it).
   */
  undeclaredScale: 'error' | 'keep';
  /** Accepted DV_TYPE.ID values (when the column is present). */
  dvTypes?: readonly string[];
}

/** IMF group codes: a letter or two then three digits (G001, GX509, TX374, U150). */
export const imfGroupCode = /^[A-Z]{1,2}\d{3}$/;

/** IMF codes that are not ISO3 codes of the concordance, with the id they stand for. */
const imfCodeAliases: Record<string, string> = { KOS: 'XKX', WBG: 'PSE', ANT: 'ANT' };

const scaleById: Record<string, number> = { '0': 0, '3': 3, '6': 6, '9': 9 };
const scaleByName: Record<string, number> = { units: 0, thousands: 3, millions: 6, billions: 9 };

const numberPattern = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

export const requiredImfColumns = [
  'COUNTRY.ID',
  'COUNTERPART_COUNTRY.ID',
  'INDICATOR.ID',
  'TIME_PERIOD',
  'OBS_VALUE',
] as const;

export function parseImfSdmxCsv(
  text: string,
  file: string,
  concordance: Concordance,
  options: ImfSdmxOptions,
): ImfSdmxTable {
  const table = parseCsv(text, file);
  const seenColumn = new Map<string, number>();
  for (const [i, name] of table.header.entries()) {
    if (seenColumn.has(name)) {
      throw new InputError(
        `column '${name}' appears twice (columns ${seenColumn.get(name)! + 1} and ${i + 1})`,
        {
          location: { file, line: 1, field: name },
        },
      );
    }
    seenColumn.set(name, i);
  }
  for (const name of requiredImfColumns) {
    if (!seenColumn.has(name)) {
      throw new InputError(`missing column '${name}'`, {
        location: { file, line: 1, field: name },
        hint: `an IMF data-portal CSV has ${requiredImfColumns.join(', ')} (and SCALE.ID, SCALE); header has: ${table.header.slice(0, 14).join(', ')}`,
      });
    }
  }
  const col = (name: string) => seenColumn.get(name) ?? -1;
  const cReporter = col('COUNTRY.ID');
  const cCounterpart = col('COUNTERPART_COUNTRY.ID');
  const cIndicator = col('INDICATOR.ID');
  const cTime = col('TIME_PERIOD');
  const cValue = col('OBS_VALUE');
  const cScaleId = col('SCALE.ID');
  const cScale = col('SCALE');
  const cDv = col('DV_TYPE.ID');
  const cFreq = col('FREQUENCY.ID');
  const hasScale = cScaleId >= 0 || cScale >= 0;
  if (!hasScale && options.defaultScale === undefined) {
    throw new InputError("missing column 'SCALE.ID'", {
      location: { file, line: 1, field: 'SCALE.ID' },
      hint: 'the unit of OBS_VALUE must be declared (SCALE.ID 0, 3, 6 or 9)',
    });
  }
  const indicators = new Set(options.indicators);
  const dvTypes = options.dvTypes ? new Set(options.dvTypes) : null;
  const codes = new Map<string, { id: string; kind: EntityKind }>();
  const entity = (code: string, line: number, field: string) => {
    let hit = codes.get(code);
    if (hit) return hit;
    if (imfGroupCode.test(code)) hit = { id: code, kind: 'group' };
    else if (/^[A-Z]{3}$/.test(code)) {
      const c = concordance.tryResolve(`iso3:${code}`) ?? concordance.get(imfCodeAliases[code] ?? code);
      if (c) hit = { id: c.id, kind: 'country' };
    }
    if (!hit) {
      throw new InputError(`unknown country or group code '${code}'`, {
        location: { file, line, field },
        kind: 'unknown',
        hint: 'expected an ISO3 code the concordance knows or an IMF group code such as G001 or GX509',
      });
    }
    codes.set(code, hit);
    return hit;
  };
  const seen = new Map<string, number>();
  const out: ImfObservation[] = [];
  const emptySeriesLines: number[] = [];
  for (const rec of table.records) {
    const v = rec.values;
    const line = rec.line;
    const at = (field: string) => ({ file, line, field });
    if (v[cTime].trim() === '' && v[cValue].trim() === '') {
      emptySeriesLines.push(line);
      continue;
    }
    if (cFreq >= 0 && v[cFreq].trim() !== 'A') {
      throw new InputError(`frequency must be A (annual), got '${v[cFreq]}'`, {
        location: at('FREQUENCY.ID'),
      });
    }
    const indicator = v[cIndicator].trim();
    if (!indicators.has(indicator)) {
      throw new InputError(`unexpected indicator '${indicator}'`, {
        location: at('INDICATOR.ID'),
        hint: `this file should hold ${[...indicators].join(' or ')}`,
      });
    }
    const dvType = cDv >= 0 ? v[cDv].trim() : null;
    if (dvTypes && dvType !== null && !dvTypes.has(dvType)) {
      throw new InputError(`unknown derivation type '${dvType}'`, {
        location: at('DV_TYPE.ID'),
        hint: `one of ${[...dvTypes].join(', ')}`,
      });
    }
    const reporterCode = v[cReporter].trim();
    const reporter = entity(reporterCode, line, 'COUNTRY.ID');
    const counterpartCode = v[cCounterpart].trim();
    const counterpart = entity(counterpartCode, line, 'COUNTERPART_COUNTRY.ID');
    const ys = v[cTime].trim();
    if (!/^\d{4}$/.test(ys) || Number(ys) < 1940 || Number(ys) > 2100) {
      throw new InputError(`TIME_PERIOD must be a year (annual data), got '${ys}'`, {
        location: at('TIME_PERIOD'),
      });
    }
    const year = Number(ys);
    const scale = hasScale
      ? readScale(cScaleId >= 0 ? v[cScaleId] : '', cScale >= 0 ? v[cScale] : '', at, cScaleId >= 0)
      : (options.defaultScale as number);
    if (scale === null && options.undeclaredScale === 'error') {
      throw new InputError('no scale declared for this value', {
        location: at(cScaleId >= 0 ? 'SCALE.ID' : 'SCALE'),
        hint: 'SCALE.ID must be 0, 3, 6 or 9 (units, thousands, millions, billions)',
      });
    }
    const published = v[cValue].trim();
    let valueUsdMn: number | null = null;
    if (published !== '') {
      if (!numberPattern.test(published) || !Number.isFinite(Number(published))) {
        throw new InputError(`OBS_VALUE must be a number, got '${published}'`, { location: at('OBS_VALUE') });
      }
      valueUsdMn = scale === null ? null : Number(published) * 10 ** (scale - 6);
    }
    const key = `${reporterCode}|${dvType}|${indicator}|${counterpartCode}|${year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new InputError(
        `second value for ${reporterCode} ${indicator} ${counterpartCode} ${year}${dvType ? ` (${dvType})` : ''} (first at line ${first})`,
        { location: at('OBS_VALUE') },
      );
    }
    seen.set(key, line);
    out.push({
      reporter: reporter.id,
      reporterKind: reporter.kind,
      counterpart: counterpart.id,
      counterpartKind: counterpart.kind,
      counterpartCode,
      indicator,
      dvType,
      year,
      valueUsdMn,
      published,
      scale,
      line,
    });
  }
  return { file, observations: out, emptySeriesLines };
}

/** The power of ten declared by SCALE.ID and/or SCALE; both present must agree; empty both = null. */
function readScale(
  idText: string,
  nameText: string,
  at: (field: string) => { file: string; line: number; field: string },
  hasId: boolean,
): number | null {
  const id = idText.trim();
  const name = nameText.trim();
  if (id === '' && name === '') return null;
  let fromId: number | undefined;
  if (id !== '') {
    fromId = Object.hasOwn(scaleById, id) ? scaleById[id] : undefined;
    if (fromId === undefined) {
      throw new InputError(`unknown scale '${id}'`, {
        location: at('SCALE.ID'),
        hint: 'bearing knows 0 (units), 3 (thousands), 6 (millions) and 9 (billions)',
      });
    }
  }
  let fromName: number | undefined;
  if (name !== '') {
    const key = name.toLowerCase();
    fromName = Object.hasOwn(scaleByName, key) ? scaleByName[key] : undefined;
    if (fromName === undefined) {
      throw new InputError(`unknown scale '${name}'`, {
        location: at('SCALE'),
        hint: 'bearing knows Units, Thousands, Millions and Billions',
      });
    }
  }
  if (fromId !== undefined && fromName !== undefined && fromId !== fromName) {
    throw new InputError(`SCALE.ID '${id}' and SCALE '${name}' disagree`, {
      location: at(hasId ? 'SCALE.ID' : 'SCALE'),
    });
  }
  return (fromId ?? fromName) as number;
}
