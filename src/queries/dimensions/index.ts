import { InputError } from '../../errors.js';
import type { Dimension, Weights } from '../../measures/bearing/dimensions.js';
import { parseWeightList } from '../../params/weights.js';
import { aidDimension } from './aid.js';
import { financeDimension } from './finance.js';
import { investmentDimension } from './investment.js';
import type { DimensionProvider } from './provider.js';
import { securityDimension } from './security.js';
import { tradeProvider } from './trade.js';
import { valuesDimension } from './values.js';
import { visitsDimension } from './visits.js';
import { votesProvider } from './votes.js';

/**
 * The registry: every dimension of the bearing, in the order faces report them. To add one, import its
 * provider and add it here; weights, profile, rank, the map's data, claims, API schemas and validation read
 * this list.
 */
export const providers: readonly DimensionProvider[] = [
  votesProvider,
  tradeProvider,
  financeDimension,
  investmentDimension,
  aidDimension,
  securityDimension,
  visitsDimension,
  valuesDimension,
];

/** Dimension ids planned for the bearing; a planned id without a provider yet is refused with that reason. */
const planned = ['votes', 'trade', 'finance', 'investment', 'aid', 'security', 'visits', 'values'] as const;

/** The ids of the registered providers, in order. */
export const dimensionIds: readonly Dimension[] = providers.map((p) => p.id);

{
  const seen = new Set<string>();
  for (const p of providers) {
    if (!/^[a-z][a-zA-Z0-9]*$/.test(p.id))
      throw new Error(`dimension id '${p.id}' must be a lower camelCase word`);
    if (seen.has(p.id)) throw new Error(`dimension '${p.id}' is registered twice`);
    if (!(p.defaultWeight >= 0)) throw new Error(`dimension '${p.id}' has a negative default weight`);
    seen.add(p.id);
  }
}

/** The default weights, one per registered dimension. */
export function defaultWeights(): Record<Dimension, number> {
  return Object.fromEntries(providers.map((p) => [p.id, p.defaultWeight]));
}

function unknownDimension(name: string, field: string): InputError {
  const known = dimensionIds.join(', ');
  const isPlanned = (planned as readonly string[]).includes(name);
  return new InputError(
    isPlanned
      ? `dimension '${name}' has no data in this build (no provider registered)`
      : `unknown dimension '${name}'`,
    {
      location: { field },
      kind: isPlanned ? 'unavailable' : 'invalid',
      suggestions: dimensionIds.filter((d) => d.startsWith(name.slice(0, 1))),
      hint: `dimensions: ${known}`,
    },
  );
}

/**
 * Parses `votes=1,trade=2` (names not given keep their default weights) with the one weight-list rule
 * (src/params/weights.ts). A name that is not a registered dimension is refused first, saying whether it is
 * unknown or planned but absent from this build.
 */
export function parseWeights(text: string | undefined, field = 'weights'): Weights {
  for (const part of text?.split(',') ?? []) {
    const name = /^\s*([a-zA-Z]+)\s*=/.exec(part)?.[1];
    if (name !== undefined && !dimensionIds.includes(name)) throw unknownDimension(name, field);
  }
  return parseWeightList(text, dimensionIds, defaultWeights(), field);
}
