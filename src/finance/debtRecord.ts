/** The World Bank IDS creditor categories of public and publicly guaranteed external debt. */
export const debtCategories = [
  'bilateral',
  'multilateral',
  'bonds',
  'commercial banks',
  'other private',
] as const;
export type DebtCategory = (typeof debtCategories)[number];

/**
 * What a creditor is: a `country` (its government and agencies under `bilateral`, its banks and
 * firms under the private categories), an `institution` (multilateral or regional body), the
 * anonymous `bondholders`, `multiple` lenders (syndicates IDS does not split), or the `total` over
 * all creditors of a category.
 */
export const creditorKinds = ['country', 'institution', 'bondholders', 'multiple', 'total'] as const;
export type CreditorKind = (typeof creditorKinds)[number];

export const debtMeasures = ['stock', 'service'] as const;
export type DebtMeasure = (typeof debtMeasures)[number];

/** One value of the IDS creditor tables: a debtor's stock of, or service on, debt to a creditor in a category. */
export interface DebtRecord {
  measure: DebtMeasure;
  /** Concordance id of the debtor; null for a regional aggregate (see debtorGroup). */
  debtor: string | null;
  /** The aggregate's name ("Sub-Saharan Africa (excluding high income)"), never mixed with countries. */
  debtorGroup: string | null;
  /** The debtor as the World Bank names it. */
  debtorName: string;
  year: number;
  category: DebtCategory;
  /** The creditor as the World Bank names it. */
  creditorName: string;
  creditorKind: CreditorKind;
  /** Concordance id of a country creditor, else null. */
  creditorCountry: string | null;
  /** Current US dollars. */
  value: number;
  /** True for debt service after the last year of actuals (IDS contractual projections). */
  projected: boolean;
  sourceFile: string;
  sourceLine: number;
}

/** Principal repaid (IDS series DT.AMT.*) or interest paid (DT.INT.*). */
export const serviceComponents = ['principal', 'interest'] as const;
export type ServiceComponent = (typeof serviceComponents)[number];

/**
 * One value of the IDS all-debtors debt-service file: what a debtor paid (or, projected, will pay) a
 * creditor in a year, as principal or interest, in a category. `concessional` rows are the IDS
 * "of which concessional" series (BLTC, MLTC): a part of the bilateral or multilateral row with the
 * same keys, never to be added to it.
 */
export interface DebtServiceRecord {
  debtor: string | null;
  debtorGroup: string | null;
  debtorName: string;
  year: number;
  category: DebtCategory;
  component: ServiceComponent;
  concessional: boolean;
  /** The creditor as the World Bank names it, cleaned of padding ("World Bank-IDA"). */
  creditorName: string;
  /** `total` is the IDS "World" row: all creditors of the category. */
  creditorKind: CreditorKind;
  creditorCountry: string | null;
  /** Institution id (src/finance/institutions.ts) of an institution creditor, else null. */
  creditorInstitution: string | null;
  value: number;
  projected: boolean;
  seriesCode: string;
  sourceFile: string;
  sourceLine: number;
}
