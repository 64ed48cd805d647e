import { InputError, type InputLocation } from '../../errors.js';

const scale = { K: 1e3, M: 1e6, B: 1e9 } as const;

/**
 * A US dollar amount written as text by the Chinese Loans to Africa database and the BU project
 * list: `$90M`, `$1.2B`, `$1,500M`, `$750K`. Nothing else is accepted: no missing `$`, no spaces
 * inside, no other suffix, no negative or zero amounts; anything else is an InputError naming the
 * file, line and field.
 */
export function parseUsdAmount(text: string, location: InputLocation): number {
  const s = text.trim();
  const m = /^\$((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([KMB])$/.exec(s);
  if (!m) {
    throw new InputError(`unparseable amount '${text}'`, {
      location,
      hint: 'expected a dollar amount like $90M, $1.2B or $1,500M',
    });
  }
  const value = Number(m[1].replace(/,/g, '')) * scale[m[2] as keyof typeof scale];
  if (!(value > 0)) {
    throw new InputError(`amount must be positive, got '${text}'`, { location });
  }
  // Round away binary noise (1.2 * 1e9 = 1199999999.9999998).
  return Math.round(value);
}
