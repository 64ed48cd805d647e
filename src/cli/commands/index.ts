import type { Command } from '../command.js';
import { agreementCommand } from './agreement.js';
import { aidCommand } from './aid.js';
import { armsCommand } from './arms.js';
import { checkCommand } from './check.js';
import { countriesCommand } from './countries.js';
import { dataCommand } from './data.js';
import { debtCommand } from './debt.js';
import { idealPointsCommand } from './idealpoints.js';
import { investmentCommand } from './investment.js';
import { loanCommand } from './loan.js';
import { loansCommand } from './loans.js';
import { profileCommand } from './profile.js';
import { rankCommand } from './rank.js';
import { refinanceCommand } from './refinance.js';
import { securityCommand } from './security.js';
import { similarCommand } from './similar.js';
import { sponsorshipCommand } from './sponsorship.js';
import { tradeCommand } from './trade.js';
import { travelsCommand } from './travels.js';
import { updateCommand } from './update.js';
import { validateCommand } from './validate.js';
import { valuesCommand } from './values.js';
import { visitsCommand } from './visits.js';

/**
 * Every CLI command, in the order `bearing --help` lists them. Add a command here and in its own file.
 * `serve` (which starts the API) is added after these by the composition root, src/app/main.ts.
 */
export const commands: readonly Command[] = [
  countriesCommand,
  agreementCommand,
  similarCommand,
  sponsorshipCommand,
  tradeCommand,
  idealPointsCommand,
  visitsCommand,
  travelsCommand,
  debtCommand,
  valuesCommand,
  loansCommand,
  investmentCommand,
  aidCommand,
  loanCommand,
  refinanceCommand,
  armsCommand,
  securityCommand,
  profileCommand,
  rankCommand,
  validateCommand,
  checkCommand,
  dataCommand,
  updateCommand,
];
