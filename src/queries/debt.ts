import type { Country } from '../countries/country.js';
import { InputError } from '../errors.js';
import type { CreditorKind, DebtCategory } from '../finance/debtRecord.js';
import { debtCategories } from '../finance/debtRecord.js';
import { institutionByIdsName } from '../finance/institutions.js';
import type { CreditorAmount, ShareholderTable } from '../finance/shareholders.js';
import { effectiveFromHhi, hhi } from '../measures/concentration.js';
import {
  type AttributedInstitution,
  attributeToPoles,
  defaultMultilaterals,
  type MultilateralMode,
} from '../measures/finance/attribution.js';
import { tilt } from '../measures/tilt.js';
import { checkRangeOrder } from '../params/years.js';
import { type Pole, poleMemberSets } from '../poles/pole.js';
import { type DebtValue, debtCoverage, debtValues } from '../store/debt.js';
import { shareholderTables } from '../store/debtService.js';
import type { Store } from '../store/open.js';

/**
 * Creditor exposure of a debtor from the World Bank IDS creditor tables (docs/methods/finance.md):
 * what it owes (stock) and pays (service) to each creditor and category, shares of the total,
 * concentration over named creditors, and the tilt between two poles.
 */

/** One creditor in one category for a debtor-year. */
export interface CreditorRow {
  year: number;
  creditor: string;
  kind: CreditorKind;
  /** Concordance id of a country creditor. */
  country: string | null;
  category: DebtCategory;
  /** PPG external debt stock at the end of the year, current US$ (null when IDS has no value). */
  stock: number | null;
  /** Share of the debtor's total stock (all creditors, all categories). */
  stockShare: number | null;
  /** Debt service (principal plus interest) in the year, current US$. */
  service: number | null;
  serviceShare: number | null;
  /** True when the service figure is an IDS projection. */
  projected: boolean;
}

export interface CategoryTotal {
  category: DebtCategory;
  stock: number;
  service: number;
  stockShare: number | null;
}

/**
 * Two poles' holdings of the debtor's debt: members' creditors in every category and, with
 * `multilaterals: 'shareholders'`, IDA's and IBRD's holdings in proportion to the members' votes.
 */
export interface PoleExposure {
  first: string;
  second: string;
  multilaterals: MultilateralMode;
  /** Counted toward the first pole: direct plus attributed. */
  firstStock: number;
  secondStock: number;
  firstShare: number | null;
  secondShare: number | null;
  firstService: number;
  secondService: number;
  /** (second - first) / (second + first) of stocks, in [-1, 1]; null when neither holds any. */
  tilt: number | null;
  serviceTilt: number | null;
  /** Held directly by the poles' member creditors. */
  directFirstStock: number;
  directSecondStock: number;
  /** Institutions split by voting power (stocks), each at its one date. */
  attributed: AttributedInstitution[];
  /** Institutions holding stock that count for neither pole, largest first. */
  unattributed: { institution: string; value: number }[];
}

export interface CreditorExposure {
  debtor: string;
  debtorName: string;
  year: number;
  /** Total stock over all creditors; null when IDS has no stocks for the year (after 2024). */
  stock: number | null;
  /** Total service; null when IDS has no service figures for the year. */
  service: number | null;
  projected: boolean;
  categories: CategoryTotal[];
  /** HHI (0-1) of stock over named creditors (countries, institutions, bondholders), all categories summed per creditor. */
  hhi: number | null;
  effectiveCreditors: number | null;
  /** Share of the total stock held by named creditors (the rest is unattributed in IDS). */
  namedCoverage: number | null;
  poles: PoleExposure | null;
  creditors: CreditorRow[];
}

/** One debtor-year of the series, the input of the composite bearing. */
export interface DebtYear {
  debtor: string;
  year: number;
  stock: number | null;
  service: number | null;
  projected: boolean;
  hhi: number | null;
  effectiveCreditors: number | null;
  firstStock: number | null;
  secondStock: number | null;
  firstShare: number | null;
  secondShare: number | null;
  tilt: number | null;
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** Creditors whose name stands for someone who lends: everything but the category totals. */
const named = (v: DebtValue) => v.creditorKind !== 'total' && v.creditorKind !== 'multiple';

function totalOf(values: readonly DebtValue[], measure: 'stock' | 'service'): number {
  let s = 0;
  for (const v of values) if (v.measure === measure && v.creditorKind === 'total') s += v.value;
  return s;
}

/** Country and institution amounts of one measure, for the pole attribution. */
function amountsOf(values: readonly DebtValue[], measure: 'stock' | 'service'): CreditorAmount[] {
  const out: CreditorAmount[] = [];
  for (const v of values) {
    if (v.measure !== measure) continue;
    if (v.creditorCountry !== null)
      out.push({ country: v.creditorCountry, institution: null, value: v.value });
    else if (v.creditorKind === 'institution') {
      out.push({
        country: null,
        institution: institutionByIdsName(v.creditorName)?.id ?? v.creditorName,
        value: v.value,
      });
    }
  }
  return out;
}

/** HHI over named creditors' stocks (each creditor's categories summed); negative values count as zero. */
function concentration(values: readonly DebtValue[]): {
  hhi: number | null;
  effective: number | null;
  named: number;
} {
  const byCreditor = new Map<string, number>();
  for (const v of values) {
    if (v.measure !== 'stock' || !named(v)) continue;
    byCreditor.set(v.creditorName, (byCreditor.get(v.creditorName) ?? 0) + v.value);
  }
  const amounts = [...byCreditor.values()].map((x) => Math.max(0, x));
  const namedTotal = amounts.reduce((a, b) => a + b, 0);
  if (namedTotal <= 0) return { hhi: null, effective: null, named: 0 };
  const h = hhi(amounts);
  return { hhi: finite(h), effective: finite(effectiveFromHhi(h)), named: namedTotal };
}

function exposureToPoles(
  values: readonly DebtValue[],
  year: number,
  poles: readonly [Pole, Pole],
  stock: number,
  tables: ReadonlyMap<string, ShareholderTable>,
  multilaterals: MultilateralMode,
): PoleExposure {
  const members = poleMemberSets(poles, year);
  const s = attributeToPoles(amountsOf(values, 'stock'), members, tables, multilaterals);
  const d = attributeToPoles(amountsOf(values, 'service'), members, tables, multilaterals);
  return {
    first: poles[0].id,
    second: poles[1].id,
    multilaterals,
    firstStock: s.first,
    secondStock: s.second,
    firstShare: ratio(s.first, stock),
    secondShare: ratio(s.second, stock),
    firstService: d.first,
    secondService: d.second,
    tilt: finite(tilt(Math.max(0, s.first), Math.max(0, s.second))),
    serviceTilt: finite(tilt(Math.max(0, d.first), Math.max(0, d.second))),
    directFirstStock: s.directFirst,
    directSecondStock: s.directSecond,
    attributed: s.attributed,
    unattributed: s.unattributed,
  };
}

async function checkDebtor(store: Store, debtor: Country): Promise<void> {
  const cover = await debtCoverage(store);
  if (!cover.debtors.includes(debtor.id)) {
    throw new InputError(`no IDS debt data for ${debtor.id} (${debtor.name})`, {
      location: { field: 'COUNTRY' },
      kind: 'unknown',
      hint: `the debt data cover ${cover.debtors.length} African low- and middle-income debtors, e.g. ${cover.debtors.slice(0, 6).join(', ')}`,
    });
  }
}

/**
 * Creditor exposure of `debtor` in `year` (default: the last year with a stock). Creditor rows are
 * sorted by stock, largest first; poles, when given, add the two poles' holdings and the tilt.
 */
export async function creditorExposure(
  store: Store,
  debtor: Country,
  options: { year?: number; poles?: readonly [Pole, Pole]; multilaterals?: MultilateralMode } = {},
): Promise<CreditorExposure> {
  await checkDebtor(store, debtor);
  const all = await debtValues(store, debtor.id);
  const stockYears = [...new Set(all.filter((v) => v.measure === 'stock').map((v) => v.year))];
  const serviceYears = [...new Set(all.filter((v) => v.measure === 'service').map((v) => v.year))];
  const year = options.year ?? Math.max(...stockYears);
  if (!stockYears.includes(year) && !serviceYears.includes(year)) {
    throw new InputError(`no IDS debt data for ${debtor.id} in ${year}`, {
      location: { field: 'year' },
      hint: `stocks cover ${Math.min(...stockYears)}-${Math.max(...stockYears)}, service ${Math.min(...serviceYears)}-${Math.max(...serviceYears)}`,
    });
  }
  const values = all.filter((v) => v.year === year);
  const stockTotal = totalOf(values, 'stock');
  const serviceTotal = totalOf(values, 'service');
  const stock = stockYears.includes(year) ? stockTotal : null;
  const service = serviceYears.includes(year) ? serviceTotal : null;
  const rows = new Map<string, CreditorRow>();
  for (const v of values) {
    if (v.creditorKind === 'total') continue;
    const key = `${v.creditorName}|${v.category}`;
    const row = rows.get(key) ?? {
      year,
      creditor: v.creditorName,
      kind: v.creditorKind,
      country: v.creditorCountry,
      category: v.category,
      stock: null,
      stockShare: null,
      service: null,
      serviceShare: null,
      projected: false,
    };
    if (v.measure === 'stock') {
      row.stock = v.value;
      row.stockShare = ratio(v.value, stockTotal);
    } else {
      row.service = v.value;
      row.serviceShare = ratio(v.value, serviceTotal);
      row.projected = v.projected;
    }
    rows.set(key, row);
  }
  const creditors = [...rows.values()].sort(
    (a, b) =>
      (b.stock ?? 0) - (a.stock ?? 0) ||
      (b.service ?? 0) - (a.service ?? 0) ||
      a.creditor.localeCompare(b.creditor),
  );
  const categories = debtCategories.map((category) => {
    const inCat = values.filter((v) => v.category === category && v.creditorKind === 'total');
    const s = inCat.filter((v) => v.measure === 'stock').reduce((a, v) => a + v.value, 0);
    return {
      category,
      stock: s,
      service: inCat.filter((v) => v.measure === 'service').reduce((a, v) => a + v.value, 0),
      stockShare: ratio(s, stockTotal),
    };
  });
  const c = concentration(values);
  return {
    debtor: debtor.id,
    debtorName: debtor.name,
    year,
    stock,
    service,
    projected: values.some((v) => v.projected),
    categories,
    hhi: c.hhi,
    effectiveCreditors: c.effective,
    namedCoverage: ratio(c.named, stockTotal),
    poles: options.poles
      ? exposureToPoles(
          values,
          year,
          options.poles,
          stockTotal,
          await shareholderTables(store),
          options.multilaterals ?? defaultMultilaterals,
        )
      : null,
    creditors,
  };
}

/**
 * The debtor's series, year by year: total stock and service, concentration, and (with poles) each
 * pole's holdings and the tilt. The finance input of the composite bearing.
 */
export async function debtSeries(
  store: Store,
  debtor: Country,
  options: {
    poles?: readonly [Pole, Pole];
    from?: number;
    to?: number;
    multilaterals?: MultilateralMode;
  } = {},
): Promise<DebtYear[]> {
  checkRangeOrder(options.from, options.to);
  await checkDebtor(store, debtor);
  const values = await debtValues(store, debtor.id, { from: options.from, to: options.to });
  const tables = await shareholderTables(store);
  const multilaterals = options.multilaterals ?? defaultMultilaterals;
  const byYear = new Map<number, DebtValue[]>();
  for (const v of values) {
    const list = byYear.get(v.year) ?? [];
    list.push(v);
    byYear.set(v.year, list);
  }
  return [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, vs]) => {
      const hasStock = vs.some((v) => v.measure === 'stock');
      const hasService = vs.some((v) => v.measure === 'service');
      const stock = hasStock ? totalOf(vs, 'stock') : null;
      const c = hasStock ? concentration(vs) : { hhi: null, effective: null };
      const p =
        options.poles && hasStock
          ? exposureToPoles(vs, year, options.poles, stock ?? 0, tables, multilaterals)
          : null;
      return {
        debtor: debtor.id,
        year,
        stock,
        service: hasService ? totalOf(vs, 'service') : null,
        projected: vs.some((v) => v.projected),
        hhi: c.hhi,
        effectiveCreditors: c.effective,
        firstStock: p?.firstStock ?? null,
        secondStock: p?.secondStock ?? null,
        firstShare: p?.firstShare ?? null,
        secondShare: p?.secondShare ?? null,
        tilt: p?.tilt ?? null,
      };
    });
}
