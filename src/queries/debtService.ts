import type { Country } from '../countries/country.js';
import { InputError } from '../errors.js';
import { type CreditorKind, type DebtCategory, debtCategories } from '../finance/debtRecord.js';
import { institutionById } from '../finance/institutions.js';
import type { CreditorAmount } from '../finance/shareholders.js';
import {
  type AttributedInstitution,
  attributeToPoles,
  defaultMultilaterals,
  type MultilateralMode,
} from '../measures/finance/attribution.js';
import { tilt } from '../measures/tilt.js';
import { type Pole, poleMemberSets } from '../poles/pole.js';
import { debtCoverage } from '../store/debt.js';
import {
  debtServiceFile,
  type ServiceValue,
  serviceDebtors,
  serviceValues,
  shareholderTables,
} from '../store/debtService.js';
import type { Store } from '../store/open.js';

/**
 * Debt service by creditor for every IDS debtor (docs/methods/finance.md): what a debtor paid each
 * creditor in a year (principal plus interest), by category, with the two poles' part under a
 * multilaterals setting. The service measure of `bearing debt --measure service`.
 */

export interface ServiceCreditorRow {
  year: number;
  creditor: string;
  kind: CreditorKind;
  country: string | null;
  institution: string | null;
  category: DebtCategory;
  principal: number;
  interest: number;
  /** principal + interest, current US$. */
  service: number;
  /** Share of the debtor's total service that year. */
  serviceShare: number | null;
  /** Of which concessional (IDS BLTC/MLTC): a part of `service`, not an addition. */
  concessional: number | null;
  projected: boolean;
  sourceFile: string;
  /** The publisher's rows summed into this one. */
  sourceLines: number[];
}

export interface ServiceCategory {
  category: DebtCategory;
  principal: number;
  interest: number;
  service: number;
  concessional: number | null;
}

export interface ServicePoles {
  first: string;
  second: string;
  multilaterals: MultilateralMode;
  /** What counts toward each pole: direct plus attributed. */
  firstService: number;
  secondService: number;
  directFirst: number;
  directSecond: number;
  firstShare: number | null;
  secondShare: number | null;
  /** (second - first) / (second + first), in [-1, 1]; null when neither gets any. */
  tilt: number | null;
  attributed: (AttributedInstitution & { name: string })[];
  unattributed: { institution: string; name: string; value: number }[];
}

export interface ServiceExposure {
  debtor: string;
  debtorName: string;
  measure: 'service';
  year: number;
  /** Total service to all creditors (IDS "World" rows summed over categories). */
  service: number;
  principal: number;
  interest: number;
  projected: boolean;
  categories: ServiceCategory[];
  poles: ServicePoles | null;
  creditors: ServiceCreditorRow[];
  /** Whether the snapshot has debt stocks by creditor for this debtor (African debtors only). */
  stocks: { available: boolean; note: string };
  coverage: { from: number; to: number; lastActual: number };
  source: string;
}

export const serviceSource =
  'World Bank International Debt Statistics (2024 edition via ONE Campaign), PPG debt service by creditor, DT.AMT/DT.INT series (data/debtservice/debt_service)';

/** Resolves a debtor the table covers, or says which debtors it has. */
export async function checkServiceDebtor(store: Store, debtor: Country): Promise<void> {
  const debtors = await serviceDebtors(store);
  if (!debtors.includes(debtor.id)) {
    throw new InputError(`no IDS debt service data for ${debtor.id} (${debtor.name})`, {
      location: { field: 'COUNTRY' },
      kind: 'unknown',
      hint: `IDS covers ${debtors.length} low- and middle-income debtors (e.g. ${debtors.slice(0, 6).join(', ')}); high-income countries report no IDS data`,
    });
  }
}

function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}

/** Pole attribution of a debtor-year's amounts (shared with the finance dimension). */
export async function poleService(
  store: Store,
  amounts: readonly CreditorAmount[],
  year: number,
  total: number,
  poles: readonly [Pole, Pole],
  multilaterals: MultilateralMode,
): Promise<ServicePoles> {
  const tables = await shareholderTables(store);
  const members = poleMemberSets(poles, year);
  const a = attributeToPoles(amounts, members, tables, multilaterals);
  const f = Math.max(0, a.first);
  const s = Math.max(0, a.second);
  const name = (id: string) => institutionById(id)?.name ?? id;
  return {
    first: poles[0].id,
    second: poles[1].id,
    multilaterals,
    firstService: a.first,
    secondService: a.second,
    directFirst: a.directFirst,
    directSecond: a.directSecond,
    firstShare: ratio(a.first, total),
    secondShare: ratio(a.second, total),
    tilt: f + s > 0 ? tilt(f, s) : null,
    attributed: a.attributed.map((x) => ({ ...x, name: name(x.institution) })),
    unattributed: a.unattributed.map((x) => ({ ...x, name: name(x.institution) })),
  };
}

/**
 * What `debtor` paid each creditor in `year` (default: the last year of actual payments, 2022),
 * principal and interest by category, sorted by service; with poles, their part and the tilt.
 */
export async function serviceExposure(
  store: Store,
  debtor: Country,
  options: {
    year?: number;
    poles?: readonly [Pole, Pole];
    multilaterals?: MultilateralMode;
    hasStocks?: boolean;
  } = {},
): Promise<ServiceExposure> {
  await checkServiceDebtor(store, debtor);
  const all = await serviceValues(store, debtor.id);
  const years = [...new Set(all.map((v) => v.year))].sort((a, b) => a - b);
  const lastActual = Math.max(...all.filter((v) => !v.projected).map((v) => v.year));
  const year = options.year ?? (Number.isFinite(lastActual) ? lastActual : years[years.length - 1]);
  if (!years.includes(year)) {
    throw new InputError(`no IDS debt service for ${debtor.id} in ${year}`, {
      location: { field: 'year' },
      hint: `service covers ${years[0]}-${years[years.length - 1]} (after ${lastActual}: projections)`,
    });
  }
  const values = all.filter((v) => v.year === year);
  const sum = (xs: ServiceValue[]) => xs.reduce((a, v) => a + v.value, 0);
  const totals = values.filter((v) => v.creditorKind === 'total' && !v.concessional);
  const service = sum(totals);
  const rows = new Map<string, ServiceCreditorRow>();
  for (const v of values) {
    if (v.creditorKind === 'total') continue;
    const key = `${v.creditorName}|${v.category}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        year,
        creditor: v.creditorName,
        kind: v.creditorKind,
        country: v.creditorCountry,
        institution: v.creditorInstitution,
        category: v.category,
        principal: 0,
        interest: 0,
        service: 0,
        serviceShare: null,
        concessional: null,
        projected: v.projected,
        sourceFile: debtServiceFile,
        sourceLines: [],
      };
      rows.set(key, row);
    }
    row.sourceLines.push(v.sourceLine);
    if (v.concessional) row.concessional = (row.concessional ?? 0) + v.value;
    else {
      row[v.component] += v.value;
      row.service += v.value;
    }
  }
  const creditors = [...rows.values()]
    .map((r) => ({
      ...r,
      serviceShare: ratio(r.service, service),
      sourceLines: r.sourceLines.sort((a, b) => a - b),
    }))
    .sort((a, b) => b.service - a.service || a.creditor.localeCompare(b.creditor));
  const categories = debtCategories.map((category): ServiceCategory => {
    const inCat = values.filter((v) => v.category === category && v.creditorKind === 'total');
    const plain = inCat.filter((v) => !v.concessional);
    const conc = inCat.filter((v) => v.concessional);
    return {
      category,
      principal: sum(plain.filter((v) => v.component === 'principal')),
      interest: sum(plain.filter((v) => v.component === 'interest')),
      service: sum(plain),
      concessional: conc.length ? sum(conc) : null,
    };
  });
  const amounts: CreditorAmount[] = values
    .filter((v) => !v.concessional && (v.creditorKind === 'country' || v.creditorKind === 'institution'))
    .map((v) => ({ country: v.creditorCountry, institution: v.creditorInstitution, value: v.value }));
  const multilaterals = options.multilaterals ?? defaultMultilaterals;
  const hasStocks = options.hasStocks ?? false;
  return {
    debtor: debtor.id,
    debtorName: debtor.name,
    measure: 'service',
    year,
    service,
    principal: sum(totals.filter((v) => v.component === 'principal')),
    interest: sum(totals.filter((v) => v.component === 'interest')),
    projected: values.some((v) => v.projected),
    categories,
    poles: options.poles
      ? await poleService(store, amounts, year, service, options.poles, multilaterals)
      : null,
    creditors,
    stocks: {
      available: hasStocks,
      note: hasStocks
        ? 'debt stocks by creditor: bearing debt COUNTRY --measure stock'
        : 'no debt stocks by creditor for this debtor: the snapshot has them for African debtors only (IDS via ONE Campaign)',
    },
    coverage: { from: years[0], to: years[years.length - 1], lastActual },
    source: serviceSource,
  };
}

/** One debtor-year of the service series. */
export interface ServiceYearRow {
  debtor: string;
  year: number;
  service: number;
  principal: number;
  interest: number;
  projected: boolean;
  firstService: number | null;
  secondService: number | null;
  firstShare: number | null;
  secondShare: number | null;
  tilt: number | null;
}

/** The debtor's service year by year, with the poles' part under a multilaterals setting. */
export async function serviceSeries(
  store: Store,
  debtor: Country,
  options: {
    poles?: readonly [Pole, Pole];
    multilaterals?: MultilateralMode;
    from?: number;
    to?: number;
  } = {},
): Promise<ServiceYearRow[]> {
  if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
    throw new InputError(`impossible year range: from ${options.from} is after to ${options.to}`, {
      location: { field: 'from' },
    });
  }
  await checkServiceDebtor(store, debtor);
  const byYear = new Map<number, ServiceValue[]>();
  for (const v of await serviceValues(store, debtor.id)) {
    if (v.concessional) continue;
    if (
      (options.from !== undefined && v.year < options.from) ||
      (options.to !== undefined && v.year > options.to)
    )
      continue;
    const list = byYear.get(v.year) ?? [];
    list.push(v);
    byYear.set(v.year, list);
  }
  const out: ServiceYearRow[] = [];
  for (const [year, vs] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const totals = vs.filter((v) => v.creditorKind === 'total');
    const service = totals.reduce((a, v) => a + v.value, 0);
    const p = options.poles
      ? await poleService(
          store,
          vs
            .filter((v) => v.creditorKind === 'country' || v.creditorKind === 'institution')
            .map((v) => ({ country: v.creditorCountry, institution: v.creditorInstitution, value: v.value })),
          year,
          service,
          options.poles,
          options.multilaterals ?? defaultMultilaterals,
        )
      : null;
    out.push({
      debtor: debtor.id,
      year,
      service,
      principal: totals.filter((v) => v.component === 'principal').reduce((a, v) => a + v.value, 0),
      interest: totals.filter((v) => v.component === 'interest').reduce((a, v) => a + v.value, 0),
      projected: vs.some((v) => v.projected),
      firstService: p?.firstService ?? null,
      secondService: p?.secondService ?? null,
      firstShare: p?.firstShare ?? null,
      secondShare: p?.secondShare ?? null,
      tilt: p?.tilt ?? null,
    });
  }
  return out;
}

export const debtMeasureChoices = ['stock', 'service'] as const;
export type DebtMeasureChoice = (typeof debtMeasureChoices)[number];

/**
 * The measure a debt request answers: the one asked for, else stocks where the snapshot has them
 * (African debtors: the richer table, and the behaviour before all debtors were added), else service.
 * Asking for stocks where there are none says where they are.
 */
export async function resolveDebtMeasure(
  store: Store,
  debtor: Country,
  requested: DebtMeasureChoice | undefined,
): Promise<{ measure: DebtMeasureChoice; hasStocks: boolean }> {
  const stockDebtors = store.has('debt_creditors') ? (await debtCoverage(store)).debtors : [];
  const hasStocks = stockDebtors.includes(debtor.id);
  if (requested === 'stock' && !hasStocks) {
    const service = store.has('debt_service') && (await serviceDebtors(store)).includes(debtor.id);
    throw new InputError(`no debt stocks by creditor for ${debtor.id} (${debtor.name})`, {
      location: { field: 'measure' },
      kind: 'unavailable',
      hint: `the snapshot has IDS stocks by creditor for ${stockDebtors.length} African debtors only (2000-2024); stocks outside Africa are missing${service ? '; debt service is there: --measure service' : ''}`,
    });
  }
  return { measure: requested ?? (hasStocks ? 'stock' : 'service'), hasStocks };
}
