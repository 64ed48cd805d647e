import type { RouteModule } from '../context.js';
import { bearingRoutes } from './bearing.js';
import { checkRoutes } from './check.js';
import { checkTextRoutes } from './checkText.js';
import { countriesRoutes } from './countries.js';
import { debtRoutes } from './debt.js';
import { diplomacyRoutes } from './diplomacy.js';
import { financeRoutes } from './finance.js';
import { financeDistributionRoutes } from './financeDistribution.js';
import { idealPointsRoutes } from './idealPoints.js';
import { metaRoutes } from './meta.js';
import { moneyRoutes } from './money.js';
import { securityRoutes } from './security.js';
import { sponsorshipRoutes } from './sponsorship.js';
import { tablesRoutes } from './tables.js';
import { tradeRoutes } from './trade.js';
import { valuesRoutes } from './values.js';
import { visitsRoutes } from './visits.js';
import { votesRoutes } from './votes.js';

/** Every capability the API serves, in the order the OpenAPI document lists them. Add a module here and in its own file. */
export const routeModules: readonly RouteModule[] = [
  metaRoutes,
  countriesRoutes,
  votesRoutes,
  idealPointsRoutes,
  sponsorshipRoutes,
  tradeRoutes,
  debtRoutes,
  financeRoutes,
  financeDistributionRoutes,
  moneyRoutes,
  visitsRoutes,
  diplomacyRoutes,
  securityRoutes,
  valuesRoutes,
  bearingRoutes,
  checkRoutes,
  checkTextRoutes,
  tablesRoutes,
];
