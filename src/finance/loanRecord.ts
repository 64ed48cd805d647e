/** Where a loan record comes from (the `source` column of the loans table). */
export const loanSources = ['kenya-register', 'cla', 'bu'] as const;
export type LoanSource = (typeof loanSources)[number];

export const loanSourceTitles: Record<LoanSource, string> = {
  'kenya-register': 'Kenya National Treasury, External Debt Register FY2022/23',
  cla: 'Chinese Loans to Africa database (BU GDP Center / SAIS-CARI), 2000-2020',
  bu: "China's Overseas Development Finance project list (BU GDP Center), 2008-2019",
};

/**
 * The lender's kind, normalised across sources: a government or its agency (`bilateral`), a
 * multilateral institution, a commercial bank or other private lender, or bondholders.
 */
export const lenderCategories = ['bilateral', 'multilateral', 'commercial', 'bonds', 'other'] as const;
export type LenderCategory = (typeof lenderCategories)[number];

/** One loan as a source records it, with the US dollar conversion documented on the record. */
export interface LoanRecord {
  source: LoanSource;
  /** The source's own id for the loan (loan reference number, row number). */
  ref: string;
  project: string;
  /** The lender as written (after the documented repairs of split PDF cells). */
  lender: string;
  lenderCategory: LenderCategory;
  /** Concordance id of the lender's country; null for multilaterals, bondholders and unknown lenders. */
  lenderCountry: string | null;
  /** The borrowing entity as written (Government of Kenya, Kenya Ports Authority, ...). */
  borrower: string | null;
  /** Concordance id of the borrowing country; null for regional loans (see borrowerGroup). */
  borrowerCountry: string | null;
  /** A named group when the borrower is not one country ("Regional"). */
  borrowerGroup: string | null;
  /** Year of the agreement or commitment. */
  year: number;
  /** ISO date of the agreement, when the source gives one. */
  date: string | null;
  maturityDate: string | null;
  /** ISO 4217 code (or publisher unit, AUA) the amount is stated in. */
  currency: string;
  /**
   * The committed amount in `currency`; null on a row that repeats the commitment of an earlier row
   * of the same facility (see `repeatOf`), so that sums count each commitment once.
   */
  amount: number | null;
  /** `original` (as signed) or `revised` (the register's revised amount, when no original is given). */
  amountBasis: 'original' | 'revised';
  /** `amount` in US dollars at the annual average rate of `fxYear`; null when `amount` is. */
  amountUsd: number | null;
  /** The ref of the row whose commitment this row repeats (register tranches), else null. */
  repeatOf: string | null;
  fxYear: number;
  /** Units of `currency` per US dollar used for amountUsd. */
  fxRate: number;
  /** Outstanding at the source's reference date, in currency and US dollars (register only). */
  outstanding: number | null;
  outstandingUsd: number | null;
  outstandingDate: string | null;
  sector: string | null;
  sourceFile: string;
  sourceLine: number;
}

/**
 * A loan of the Chinese lending databases (CLA, BU): amounts are committed US dollars, no dates, no
 * outstanding balance, lender country China. The parsers give what differs between the two.
 */
export function chineseUsdLoan(
  fields: Pick<
    LoanRecord,
    | 'source'
    | 'ref'
    | 'project'
    | 'lender'
    | 'lenderCategory'
    | 'borrower'
    | 'borrowerCountry'
    | 'borrowerGroup'
    | 'year'
    | 'sector'
    | 'sourceFile'
    | 'sourceLine'
  > & { amountUsd: number | null },
): LoanRecord {
  return {
    ...fields,
    lenderCountry: 'CHN',
    date: null,
    maturityDate: null,
    currency: 'USD',
    amount: fields.amountUsd,
    amountBasis: 'original',
    repeatOf: null,
    fxYear: fields.year,
    fxRate: 1,
    outstanding: null,
    outstandingUsd: null,
    outstandingDate: null,
  };
}
