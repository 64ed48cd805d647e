// The static types of the API's responses, derived from the TypeBox schemas the routes declare
// (the single declaration). Type-only: the dashboard imports these with `import type`, so no server
// code is bundled; the CLI and tests may use them too.
import type { Static } from '@sinclair/typebox';
import type { ProfileSchema, RankRowSchema } from './routes/bearing.js';
import type { VerdictSchema } from './routes/check.js';
import type { TextReportSchema, TextStatementSchema } from './routes/checkText.js';
import type {
  DebtExposureSchema,
  DebtServiceSchema,
  DebtServiceYearSchema,
  DebtYearSchema,
} from './routes/debt.js';
import type { LeaderVisitCountSchema } from './routes/diplomacy.js';
import type { LoanCalculationSchema } from './routes/finance.js';
import type { FinanceDistributionSchema } from './routes/financeDistribution.js';
import type { IdealPointSchema } from './routes/idealPoints.js';
import type { MetaSchema } from './routes/meta.js';
import type { AidProfileSchema, InvestmentProfileSchema } from './routes/money.js';
import type { ArmsImportsSchema, SecurityYearSchema } from './routes/security.js';
import type { SponsorshipRowSchema } from './routes/sponsorship.js';
import type { PartnerSeriesSchema, TradePartnersSchema, TradeSeriesSchema } from './routes/trade.js';
import type { ValuesSeriesRowSchema } from './routes/values.js';
import type { TripSchema, VisitSchema } from './routes/visits.js';
import type { AgreementRowSchema, SimilarRowSchema } from './routes/votes.js';
import type { CountrySchema } from './schemas.js';

/** GET /countries (an array of) and /countries/{country}. */
export type Country = Static<typeof CountrySchema>;
/** GET /meta. */
export type Meta = Static<typeof MetaSchema>;
/** GET /agreement/{country}: one row per partner and year. */
export type AgreementRow = Static<typeof AgreementRowSchema>;
/** GET /similar/{country}: the most and least alike states in a year. */
export type SimilarRow = Static<typeof SimilarRowSchema>;
/** GET /idealpoints: one row per state-year. */
export type IdealPoint = Static<typeof IdealPointSchema>;
/** GET /sponsorship/{country}: one row per year and pole. */
export type SponsorshipRow = Static<typeof SponsorshipRowSchema>;
/** GET /trade/{country} for one year. */
export type TradePartners = Static<typeof TradePartnersSchema>;
/** GET /trade/{country}?series=true. */
export type TradeSeries = Static<typeof TradeSeriesSchema>;
/** GET /trade/{country}/partner/{partner}: one partner's value, share and rank by year. */
export type TradePartnerSeries = Static<typeof PartnerSeriesSchema>;
/** GET /debt/{country} for one year, stocks (measure=stock; the default where stocks exist). */
export type DebtExposure = Static<typeof DebtExposureSchema>;
/** GET /debt/{country}?series=true (an array of), stocks. */
export type DebtYear = Static<typeof DebtYearSchema>;
/** GET /debt/{country} for one year, debt service (measure=service; the default where no stocks exist). */
export type DebtService = Static<typeof DebtServiceSchema>;
/** GET /debt/{country}?series=true (an array of), debt service. */
export type DebtServiceYear = Static<typeof DebtServiceYearSchema>;
/** GET /loan. */
export type LoanCalculation = Static<typeof LoanCalculationSchema>;
/** GET /visits?country= (an array of). */
export type Visit = Static<typeof VisitSchema>;
/** GET /travels?country= (an array of). */
export type Trip = Static<typeof TripSchema>;
/** GET /profile/{country}; without `series` when asked with include=none. */
export type Profile = Static<typeof ProfileSchema>;
/** GET /profile/{country} with its series (the default, include=series). */
export type ProfileWithSeries = Profile & Required<Pick<Profile, 'series'>>;
/** GET /rank (an array of). */
export type RankRow = Static<typeof RankRowSchema>;
/** POST /check and GET /check/examples/{name} (an array of). */
export type Verdict = Static<typeof VerdictSchema>;

/** GET /leader-visits/counts?country= (an array of). */
export type LeaderVisitCount = Static<typeof LeaderVisitCountSchema>;
/** POST /check/text. */
export type TextReport = Static<typeof TextReportSchema>;
export type TextStatement = Static<typeof TextStatementSchema>;
/** GET /values/{country}/series (an array of). */
export type ValuesSeriesRow = Static<typeof ValuesSeriesRowSchema>;
/** GET /investment/{country}. */
export type InvestmentProfile = Static<typeof InvestmentProfileSchema>;
/** GET /aid/{country}. */
export type AidProfile = Static<typeof AidProfileSchema>;
/** GET /arms/{country}. */
export type ArmsImports = Static<typeof ArmsImportsSchema>;
/** GET /security/{country}/series (an array of). */
export type SecurityYear = Static<typeof SecurityYearSchema>;
/** GET /finance-distribution: the finance positions of every IDS debtor in a year. */
export type FinanceDistribution = Static<typeof FinanceDistributionSchema>;
