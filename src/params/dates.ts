import { isIsoDate } from '../dates.js';
import { InputError } from '../errors.js';

/**
 * One bound of an event date range: `2008` as a start is 2008-01-01, as an end 2008-12-31; a full
 * date yyyy-mm-dd must exist in the calendar. Errors name the field (flag or parameter).
 */
export function dateBound(raw: unknown, field: string, end: 'start' | 'end'): string | undefined {
  if (raw === undefined) return undefined;
  const s = String(raw).trim();
  if (/^\d{4}$/.test(s)) return end === 'start' ? `${s}-01-01` : `${s}-12-31`;
  if (!isIsoDate(s)) {
    throw new InputError(`expected a year or a date yyyy-mm-dd, got '${s}'`, { location: { field } });
  }
  return s;
}
