import type { Concordance } from '../../countries/concordance.js';
import { InputError } from '../../errors.js';
import { columns, parseCsv } from '../csv/readCsv.js';

/**
 * ForeignAssistance.gov country totals (US Government, all agencies): one row per recipient,
 * transaction type and US fiscal year (October to September; FY2024 = Oct 2023 - Sep 2024), in
 * current and constant US dollars. Recipients are ISO3 codes, plus regional programmes ("Africa
 * Region"), "World", a few former states without a code (NULL, named) and Tibet. Countries are
 * resolved through the concordance; regions, World and sub-national areas are kept as named groups.
 */
export type UsAidTransaction = 'obligations' | 'disbursements' | 'appropriated' | 'request';

export interface UsAidRecord {
  /** Concordance id, or null for a region, World or an area. */
  recipient: string | null;
  /** Name of the region/World/area when recipient is null. */
  recipientGroup: string | null;
  code: string;
  name: string;
  transaction: UsAidTransaction;
  /** US fiscal year; the 1976 transition quarter (Jul-Sep 1976) has fiscalYear 1976 and transitionQuarter true. */
  fiscalYear: number;
  transitionQuarter: boolean;
  /** US$ as published (negative = net de-obligation). */
  currentUsd: number;
  constantUsd: number;
  line: number;
}

const transactions: Record<string, { id: UsAidTransaction; name: string }> = {
  '1': { id: 'appropriated', name: 'Appropriated and Planned' },
  '2': { id: 'obligations', name: 'Obligations' },
  '3': { id: 'disbursements', name: 'Disbursements' },
  '18': { id: 'request', name: "President's Budget Requests" },
};

/** Codes that are not ISO3 codes of a state, read as stated. */
const specialCodes: Record<string, { id: string | null }> = {
  'CS-KM': { id: 'XKX' },
  TIB: { id: null }, // China (Tibet): programmes for a region of China, not a state
  PIT: { id: null }, // Pacific Island Trust Territory (US-administered until 1994)
  SDF: { id: 'SDN' }, // Sudan before the 2011 secession
  ANT: { id: 'ANT' },
  WLD: { id: null },
};

/** Recipients with code NULL (former states), by the name the file gives them. */
const formerStates: Record<string, string> = {
  'Soviet Union (former)': 'SUN',
  'Czechoslovakia (former)': 'CSK',
  'Germany (former East)': 'DDR',
  'Vietnam (former South)': 'RVN',
  'Yemen (former P.D.R.)': 'YMD',
};

const integer = /^-?\d+(\.\d+)?$/;

export function parseUsAid(text: string, file: string, concordance: Concordance): UsAidRecord[] {
  const table = parseCsv(text, file);
  const col = columns(table, [
    'Country Code',
    'Country Name',
    'Transaction Type ID',
    'Transaction Type Name',
    'Fiscal Year',
    'current_amount',
    'constant_amount',
  ] as const);
  const resolved = new Map<string, { id: string | null; group: string | null }>();
  const seen = new Map<string, number>();
  const out: UsAidRecord[] = [];
  for (const rec of table.records) {
    const v = rec.values;
    const at = (field: string) => ({ file, line: rec.line, field });
    const code = v[col['Country Code']].trim();
    const name = v[col['Country Name']].trim();
    if (code === '' || name === '') {
      throw new InputError('empty recipient', {
        location: at(code === '' ? 'Country Code' : 'Country Name'),
      });
    }
    const key = `${code}|${name}`;
    let who = resolved.get(key);
    if (!who) {
      who = recipientOf(code, name, concordance, at);
      resolved.set(key, who);
    }
    const tId = v[col['Transaction Type ID']].trim();
    const t = Object.hasOwn(transactions, tId) ? transactions[tId] : undefined;
    if (!t) {
      throw new InputError(`unknown transaction type '${tId}'`, {
        location: at('Transaction Type ID'),
        hint: 'one of 1 (appropriated), 2 (obligations), 3 (disbursements), 18 (budget request)',
      });
    }
    if (v[col['Transaction Type Name']].trim() !== t.name) {
      throw new InputError(`transaction type ${tId} should be named '${t.name}'`, {
        location: at('Transaction Type Name'),
      });
    }
    const fy = v[col['Fiscal Year']].trim().toLowerCase();
    const m = /^(\d{4})(tq)?$/.exec(fy);
    if (!m || Number(m[1]) < 1940 || Number(m[1]) > 2100) {
      throw new InputError(`invalid fiscal year '${fy}'`, {
        location: at('Fiscal Year'),
        hint: 'a year such as 2024, or 1976tq for the 1976 transition quarter',
      });
    }
    const amounts: number[] = [];
    for (const field of ['current_amount', 'constant_amount'] as const) {
      const s = v[col[field]].trim();
      if (!integer.test(s)) {
        throw new InputError(`${field} must be an amount in US$, got '${s}'`, { location: at(field) });
      }
      amounts.push(Number(s));
    }
    const dup = `${key}|${t.id}|${fy}`;
    const first = seen.get(dup);
    if (first !== undefined) {
      throw new InputError(`second ${t.name} row for ${name} in FY${fy} (first at line ${first})`, {
        location: at('Fiscal Year'),
      });
    }
    seen.set(dup, rec.line);
    out.push({
      recipient: who.id,
      recipientGroup: who.group,
      code,
      name,
      transaction: t.id,
      fiscalYear: Number(m[1]),
      transitionQuarter: m[2] !== undefined,
      currentUsd: amounts[0],
      constantUsd: amounts[1],
      line: rec.line,
    });
  }
  return out;
}

function recipientOf(
  code: string,
  name: string,
  concordance: Concordance,
  at: (field: string) => { file: string; line: number; field: string },
): { id: string | null; group: string | null } {
  if (/ Region$/.test(name) || name === 'World') return { id: null, group: name };
  if (Object.hasOwn(specialCodes, code)) {
    const id = specialCodes[code].id;
    if (id && concordance.get(id)) return { id, group: null };
    return { id: null, group: name };
  }
  if (code === 'NULL') {
    // Former states without a code, named: read by an explicit list (a name match would take
    // "Germany (former East)" for Germany); anything else is kept as a named group.
    const id = Object.hasOwn(formerStates, name) ? formerStates[name] : undefined;
    if (id && concordance.get(id)) return { id, group: null };
    return { id: null, group: name };
  }
  if (!/^[A-Z]{3}$/.test(code)) {
    throw new InputError(`unknown recipient code '${code}'`, {
      location: at('Country Code'),
      kind: 'unknown',
    });
  }
  // Former states carry a code of their own (SCG, YUF): the concordance id, else their name.
  const bare = name.replace(/\s*\(former[^)]*\)\s*$/i, '').trim();
  const hit =
    concordance.tryResolve(`iso3:${code}`) ??
    concordance.get(code) ??
    (bare !== name ? (concordance.tryResolve(name) ?? concordance.tryResolve(bare)) : undefined);
  if (!hit) {
    throw new InputError(`unknown recipient code '${code}' (${name})`, {
      location: at('Country Code'),
      kind: 'unknown',
      suggestions: concordance.suggest(name),
    });
  }
  return { id: hit.id, group: null };
}
