import { type Static, Type } from '@sinclair/typebox';
import { loanSources } from '../../finance/loanRecord.js';
import type { LoanTermsInput } from '../../finance/loanTerms.js';
import type { Column } from '../../format/rows.js';
import { dacGroups } from '../../measures/loans/grantElement.js';
import { loanTerms, repaymentProfiles } from '../../measures/loans/terms.js';
import { inFlag, parsePath, termsFromSpec } from '../../params/loanTerms.js';
import { loanCalculation, refinanceCalculation } from '../../queries/loanCalculator.js';
import { findLoans } from '../../queries/loans.js';
import type { RouteContext, RouteModule } from '../context.js';
import * as params from '../params.js';
import { CountryParam, dataResponses, Format, Nullable, StringEnum, Year } from '../schemas.js';

const Num = Nullable(Type.Number());
const open = { additionalProperties: true };

export const LoanRecordSchema = Type.Object(
  {
    source: StringEnum(loanSources),
    ref: Type.String(),
    year: Type.Integer(),
    lender: Type.String(),
    lenderCategory: Type.String(),
    lenderCountry: Nullable(Type.String()),
    borrowerCountry: Nullable(Type.String()),
    borrowerGroup: Nullable(Type.String()),
    borrower: Nullable(Type.String()),
    project: Type.String(),
    sector: Nullable(Type.String()),
    currency: Type.String(),
    amount: Num,
    fxYear: Type.Integer(),
    fxRate: Type.Number(),
    amountUsd: Num,
    amountBasis: Type.String(),
    repeatOf: Nullable(Type.String()),
    outstandingUsd: Num,
    sourceFile: Type.String(),
    sourceLine: Type.Integer(),
  },
  { $id: 'LoanRecord', additionalProperties: false },
);
const LoansAnswer = Type.Object(
  {
    loans: Type.Array(Type.Ref(LoanRecordSchema)),
    totals: Type.Array(
      Type.Object({
        source: StringEnum(loanSources),
        loans: Type.Integer(),
        counted: Type.Integer(),
        amountUsd: Type.Number(),
      }),
      { description: 'Committed total per source: sources overlap, never add them up.' },
    ),
  },
  { additionalProperties: false },
);
const Test = Type.Object(
  {
    discountRate: Type.Number({ description: 'Percent.' }),
    threshold: Type.Number({ description: 'Percent.' }),
    grantElement: Type.Number({ description: 'Percent.' }),
    concessional: Type.Boolean(),
  },
  open,
);
const ScheduleRow = Type.Object(
  {
    period: Type.Integer(),
    time: Type.Number(),
    disbursed: Type.Number(),
    rate: Type.Number(),
    interest: Type.Number(),
    principal: Type.Number(),
    upfrontFee: Type.Number(),
    commitmentFee: Type.Number(),
    insurancePremium: Type.Number(),
    service: Type.Number(),
    outstanding: Type.Number(),
  },
  open,
);
export const LoanCalculationSchema = Type.Object(
  {
    terms: Type.Object({}, { ...open, description: 'The validated terms, rates as fractions.' }),
    discountRate: Type.Number({ description: 'Percent.' }),
    presentValue: Type.Number(),
    grantElement: Type.Number({ description: 'Percent, at discountRate.' }),
    imf: Test,
    dac: Type.Object({ group: StringEnum(dacGroups), ...Test.properties }, open),
    totals: Type.Object({}, open),
    schedule: Type.Optional(Type.Array(ScheduleRow)),
  },
  { $id: 'LoanCalculation', ...open },
);
export const RefinanceSchema = Type.Object(
  {
    from: Type.Object({}, open),
    to: Type.Object({}, open),
    discountRate: Type.Number(),
    years: Type.Array(
      Type.Object(
        { year: Type.Integer(), from: Type.Number(), to: Type.Number(), saving: Type.Number() },
        open,
      ),
    ),
    interestSaving: Type.Number(),
    costSaving: Type.Number(),
    presentValueFrom: Type.Number(),
    presentValueTo: Type.Number(),
    presentValueSaving: Type.Number(),
    grantElementFrom: Type.Number(),
    grantElementTo: Type.Number(),
  },
  { $id: 'Refinance', ...open },
);

const LoansQuery = Type.Object(
  {
    country: Type.Optional(CountryParam),
    lenderCountry: Type.Optional(CountryParam),
    sector: Type.Optional(Type.String({ maxLength: 100 })),
    search: Type.Optional(
      Type.String({
        maxLength: 100,
        description: 'Words in the project or lender (SGR = standard gauge railway).',
      }),
    ),
    source: Type.Optional(
      Type.String({ maxLength: 60, description: `Sources, comma-separated: ${loanSources.join(', ')}.` }),
    ),
    from: Type.Optional(Year('First year.')),
    to: Type.Optional(Year('Last year.')),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);
const Percent = (description: string) =>
  Type.Number({ minimum: -100, maximum: 1000, description: `${description} Percent.` });
const LoanQuery = Type.Object(
  {
    amount: Type.Number({ exclusiveMinimum: 0, maximum: 1e12, description: 'Principal (at most 1e12).' }),
    currency: Type.Optional(Type.String({ pattern: '^[A-Za-z]{3}$', description: 'ISO 4217 code.' })),
    rate: Type.Optional(Percent('Fixed annual rate.')),
    reference: Type.Optional(
      Type.String({
        maxLength: 400,
        description: 'Floating: reference path in percent, one value a loan year, e.g. 4/4.5/5.',
      }),
    ),
    referenceName: Type.Optional(Type.String({ maxLength: 40 })),
    margin: Type.Optional(Percent('Floating: margin over the reference.')),
    maturity: Type.Number({ exclusiveMinimum: 0, maximum: 100, description: 'Years to the last repayment.' }),
    grace: Type.Optional(
      Type.Number({ minimum: 0, maximum: 100, description: 'Years with no principal due.' }),
    ),
    profile: Type.Optional(StringEnum(repaymentProfiles, { default: 'equal-principal' })),
    frequency: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 12, description: 'Payments a year. Default 2.' }),
    ),
    upfrontFee: Type.Optional(Percent('Front-end fee, of the amount.')),
    commitmentFee: Type.Optional(Percent('Annual fee on the undrawn amount.')),
    insurancePremium: Type.Optional(Percent('Export-credit insurance premium, of the amount.')),
    discount: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 100,
        description: 'Discount rate for presentValue and grantElement. Percent, default 5.',
      }),
    ),
    group: Type.Optional(StringEnum(dacGroups, { description: 'OECD DAC borrower group. Default LMIC.' })),
    schedule: Type.Optional(
      Type.Boolean({ description: 'Include the full schedule (CSV always gives it).' }),
    ),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);
const RefinanceQuery = Type.Object(
  {
    from: Type.String({
      minLength: 1,
      maxLength: 400,
      description:
        "The debt refinanced: key=value pairs, e.g. 'amount=1500,rate=9.75,maturity=7,profile=bullet' (rates in percent).",
    }),
    to: Type.String({
      minLength: 1,
      maxLength: 400,
      description:
        "The new terms, e.g. 'rate=2,maturity=20,grace=7'; amount and currency carried over unless given.",
    }),
    discount: Type.Optional(Type.Number({ minimum: 0, maximum: 100, description: 'Percent, default 5.' })),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

const keys = (ks: string[]): Column<Record<string, unknown>>[] => ks.map((key) => ({ key }));
const loanColumns = keys(Object.keys(LoanRecordSchema.properties));
const scheduleColumns = keys(Object.keys(ScheduleRow.properties));

const pct = (x: number | undefined) => (x === undefined ? undefined : x / 100);

/** Finance: loan records, the loan terms calculator and refinancing (`loans`, `loan`, `refinance`); debt is in ./debt.ts. */
export const financeRoutes: RouteModule = {
  tag: { name: 'finance', description: 'Loan records, loan terms and refinancing' },
  schemas: [LoanRecordSchema, LoanCalculationSchema, RefinanceSchema],
  register,
};

async function register({ app, store, responder }: RouteContext): Promise<void> {
  const tags = ['finance'];
  app.get(
    '/loans',
    {
      schema: {
        tags,
        summary: 'Loan records: the Kenya Treasury register, Chinese Loans to Africa, BU overseas finance',
        description:
          'Amounts in US$ converted at documented annual rates (docs/data/finance.md). Totals are per source: the sources overlap.',
        querystring: LoansQuery,
        response: dataResponses(LoansAnswer, 'Loans, oldest first, and the committed total of each source'),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof LoansQuery>;
      const country = q.country === undefined ? undefined : params.country(store, q.country, 'country').id;
      const lenderCountry =
        q.lenderCountry === undefined
          ? undefined
          : params.country(store, q.lenderCountry, 'lenderCountry').id;
      const sources = params.enumList(q.source, loanSources, 'source');
      const span = params.yearSpan(q.from, q.to);
      return responder.send(
        request,
        reply,
        () =>
          findLoans(store, {
            country,
            lenderCountry,
            sectors: q.sector === undefined ? undefined : [q.sector],
            search: q.search,
            sources,
            ...span,
          }),
        { rows: (v) => v.loans, columns: loanColumns, name: () => 'loans' },
      );
    },
  );

  app.get(
    '/loan',
    {
      schema: {
        tags,
        summary:
          'Loan terms calculator: present value, grant element, IMF and OECD DAC concessionality tests',
        description:
          'Rates, fees and the discount rate in percent. The IMF test uses 5% and a 35% threshold; the DAC test the rate and threshold of the borrower group. Known case: amount=1600&rate=2&maturity=20&grace=7 gives a grant element of 28.6% at 5%. CSV: the schedule. Methods: docs/methods/loans.md.',
        querystring: LoanQuery,
        response: dataResponses(Type.Ref(LoanCalculationSchema), 'The calculation'),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof LoanQuery>;
      const input: LoanTermsInput = {
        amount: q.amount,
        currency: q.currency,
        rate: pct(q.rate),
        reference: q.reference === undefined ? undefined : parsePath(q.reference, 'reference'),
        referenceName: q.referenceName,
        margin: pct(q.margin),
        maturity: q.maturity,
        grace: q.grace,
        profile: q.profile,
        frequency: q.frequency,
        upfrontFee: pct(q.upfrontFee),
        commitmentFee: pct(q.commitmentFee),
        insurancePremium: pct(q.insurancePremium),
      };
      const schedule = q.schedule || q.format === 'csv';
      return responder.send(
        request,
        reply,
        () => loanCalculation(input, { discount: (q.discount ?? 5) / 100, group: q.group, schedule }),
        { rows: (v) => v.schedule ?? [], columns: scheduleColumns, name: () => 'loan-schedule' },
      );
    },
  );

  app.get(
    '/refinance',
    {
      schema: {
        tags,
        summary:
          'Refinancing scenario: debt service by year under old and new terms, interest and present-value savings',
        description:
          'Example: from=amount=1500,rate=9.75,maturity=7,profile=bullet&to=rate=2,maturity=20,grace=7. Errors name the term as from.rate, to.grace, ... CSV: the years.',
        querystring: RefinanceQuery,
        response: dataResponses(Type.Ref(RefinanceSchema), 'The scenario'),
      },
    },
    async (request, reply) => {
      const q = request.query as Static<typeof RefinanceQuery>;
      const fromSpec = termsFromSpec(q.from, 'from');
      const toSpec = termsFromSpec(q.to, 'to');
      const from = inFlag('from', () => loanTerms(fromSpec as LoanTermsInput));
      return responder.send(
        request,
        reply,
        () =>
          inFlag('to', () =>
            refinanceCalculation(from, toSpec as Omit<LoanTermsInput, 'amount'>, (q.discount ?? 5) / 100),
          ),
        { rows: (v) => v.years, columns: keys(['year', 'from', 'to', 'saving']), name: () => 'refinance' },
      );
    },
  );
}
