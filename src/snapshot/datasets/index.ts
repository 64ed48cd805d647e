import type { DatasetBuilder } from '../dataset.js';
import { aidDataset } from './aid.js';
import { bearingDataset } from './bearing.js';
import { countriesDataset } from './countries.js';
import { debtDataset } from './debt.js';
import { debtServiceDataset, votingPowerDataset } from './debtService.js';
import { diplomacyDataset } from './diplomacy.js';
import { idealPointsDataset } from './idealPoints.js';
import { investmentDataset } from './investment.js';
import { loansDataset } from './loans.js';
import { securityDataset } from './security.js';
import { tradeDataset } from './trade.js';
import { ungaDataset } from './unga.js';
import { valuesDataset } from './values.js';
import { visitsDataset } from './visits.js';

/** Every dataset of the snapshot, in build order (a dataset comes after those it depends on). */
export function datasets(): DatasetBuilder[] {
  return [
    countriesDataset,
    ungaDataset,
    idealPointsDataset,
    tradeDataset,
    visitsDataset,
    diplomacyDataset,
    debtDataset,
    debtServiceDataset,
    votingPowerDataset,
    loansDataset,
    investmentDataset,
    aidDataset,
    securityDataset,
    valuesDataset,
    bearingDataset,
  ];
}
