// Every number a request carries must be finite. Ajv (with coerceTypes) turns "Infinity", "1e400"
// and "-Infinity" into non-finite numbers and then lets them through `minimum`/`maximum`, and
// JSON.parse reads 1e400 in a body as Infinity; so after validation, before any handler, every
// query, path and body value is walked once and a non-finite number is a 400 naming its parameter.
import { InputError } from '../errors.js';

/** The JSON path of the first non-finite number in `value`, or null. Bounded by the body limit. */
export function nonFinitePath(value: unknown, path: string): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nonFinitePath(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = nonFinitePath(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return null;
}

export function assertFiniteRequest(request: { query: unknown; params: unknown; body: unknown }): void {
  for (const part of [request.params, request.query, request.body]) {
    const path = nonFinitePath(part, '');
    if (path) {
      throw new InputError('must be a finite number in its documented range', {
        location: { field: path },
      });
    }
  }
}
