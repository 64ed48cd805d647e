import type { LenderCategory } from '../../finance/loanRecord.js';

/**
 * Chinese lenders as the Chinese Loans to Africa database and the BU project list name them, by
 * kind. The state and its policy banks lend as an official (bilateral) creditor: the government
 * and CIDCA (interest-free and concessional loans), China Exim, China Development Bank and the
 * People's Bank. Commercial banks and syndicates are `commercial`; contractors and equipment
 * suppliers lending on their own account (Sinohydro, ZTE, Huawei, ...) are `other`.
 */
const official = new Set(['CHEXIM', 'EXIMBANK', 'CDB', 'CIDCA', 'CN GOV', 'PBC']);
const commercialBanks = new Set(['ICBC', 'BOC', 'CCB', 'CITIC']);

export function chineseLenderCategory(lender: string): LenderCategory {
  const names = lender
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  if (names.length > 0 && names.every((n) => official.has(n))) return 'bilateral';
  if (/^(MIXEDCN|OTHER CN FINANCING)\s*:/i.test(lender)) return 'commercial';
  if (names.some((n) => commercialBanks.has(n) || n === 'OTHERS')) {
    // A syndicate with a policy bank and commercial banks: the commercial part makes it a mixed loan.
    return 'commercial';
  }
  if (names.length === 1 && commercialBanks.has(names[0])) return 'commercial';
  return 'other';
}
