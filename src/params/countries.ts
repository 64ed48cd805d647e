import type { Concordance } from '../countries/concordance.js';
import type { Country } from '../countries/country.js';
import { InputError } from '../errors.js';

/**
 * A country a request names (ISO3/ISO2 code, name, or scheme:code), resolved through the concordance.
 * Missing: an error naming the field; unknown: the concordance's error with its suggestions.
 */
export function resolveCountry(concordance: Concordance, query: string | undefined, field: string): Country {
  if (!query) throw new InputError(`missing ${field}`, { location: { field } });
  return concordance.resolve(query, { field });
}
