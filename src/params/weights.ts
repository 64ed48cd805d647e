import { InputError } from '../errors.js';

/**
 * Parses `votes=1,trade=1,finance=1,visits=0`: names from `names`, values non-negative numbers;
 * a name not given keeps its default. The names are the caller's (the bearing's dimensions), so a
 * new dimension needs no change here. Errors name the field and list the names.
 */
export function parseWeightList<N extends string>(
  text: string | undefined,
  names: readonly N[],
  defaults: Readonly<Record<N, number>>,
  field = 'weights',
): Record<N, number> {
  const w = { ...defaults } as Record<N, number>;
  if (!text) return w;
  for (const part of text.split(',')) {
    const m = /^\s*([a-z]+)\s*=\s*([0-9.]+)\s*$/.exec(part);
    if (!m || !names.includes(m[1] as N) || !Number.isFinite(Number(m[2]))) {
      const example = names.map((n) => `${n}=${defaults[n]}`).join(',');
      throw new InputError(`bad weight '${part.trim()}'`, {
        location: { field },
        hint: `name=value pairs for ${names.join(', ')}, e.g. ${example}`,
      });
    }
    w[m[1] as N] = Number(m[2]);
  }
  return w;
}
