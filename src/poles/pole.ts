import type { Concordance } from '../countries/concordance.js';
import { InputError, type InputLocation } from '../errors.js';
import { type Bloc, blocMembers, blocs, everMembers, findBloc } from './blocs.js';

/** One side of a comparison: a single state or a named bloc (see blocs.ts). */
export type Pole =
  | { kind: 'country'; id: string; name: string }
  | { kind: 'bloc'; id: string; name: string; bloc: Bloc };

/**
 * A pole from a name: a bloc id or alias (EU, G7, BRICS, NATO, SCO, WARSAW) first, else any code
 * or name the concordance resolves (USA, CHN, cow:2, "United States").
 */
export function parsePole(
  text: string,
  concordance: Concordance,
  location: InputLocation = { field: 'poles' },
): Pole {
  const q = text.trim();
  if (q === '')
    throw new InputError('empty pole', {
      location,
      hint: 'a country (USA, CHN) or a bloc (EU, G7, BRICS, ...)',
    });
  const bloc = findBloc(q);
  if (bloc) return { kind: 'bloc', id: bloc.id, name: bloc.name, bloc };
  const country = concordance.tryResolve(q);
  if (country) return { kind: 'country', id: country.id, name: country.name };
  const blocIds = blocs.map((b) => b.id);
  throw new InputError(`unknown pole '${q}'`, {
    location,
    kind: 'unknown',
    suggestions: [
      ...blocIds.filter((id) => id.startsWith(q.toUpperCase().slice(0, 1))),
      ...concordance.suggest(q, 3),
    ].slice(0, 4),
    hint: `a country code or name, or one of the blocs ${blocIds.join(', ')}`,
  });
}

/**
 * Two poles from `first,second` (e.g. `USA,CHN`, `EU,CHN`). The poles must be different and
 * disjoint: a state may not belong to both in any year (USA,G7 or EU,NATO are refused), since the
 * tilt between overlapping poles counts the same trade on both sides.
 */
export function parsePoles(
  text: string,
  concordance: Concordance,
  location: InputLocation = { field: 'poles' },
): [Pole, Pole] {
  const parts = text.split(',').map((s) => s.trim());
  if (parts.length !== 2 || parts.some((p) => p === '')) {
    throw new InputError(`poles must be two names separated by a comma, got '${text}'`, {
      location,
      hint: 'e.g. USA,CHN or EU,CHN',
    });
  }
  const first = parsePole(parts[0], concordance, location);
  const second = parsePole(parts[1], concordance, location);
  if (first.id === second.id) {
    throw new InputError(`the two poles are the same (${first.id})`, {
      location,
      hint: 'name two different poles, e.g. USA,CHN',
    });
  }
  const a = new Set(everIds(first));
  const shared = everIds(second).filter((id) => a.has(id));
  if (shared.length > 0) {
    throw new InputError(`poles ${first.id} and ${second.id} overlap (${shared.join(', ')})`, {
      location,
      hint: 'the tilt needs two disjoint poles, e.g. USA,CHN or EU,CHN',
    });
  }
  return [first, second];
}

/** The concordance ids a pole stands for in a year (a country is itself every year). */
export function poleMembers(pole: Pole, year: number): string[] {
  if (!Number.isInteger(year))
    throw new InputError(`year must be an integer, got ${year}`, { location: { field: 'year' } });
  return pole.kind === 'country' ? [pole.id] : blocMembers(pole.bloc, year);
}

/** The two poles' member states in a year, as sets (what the attribution and the finance readings take). */
export function poleMemberSets(
  poles: readonly [Pole, Pole],
  year: number,
): readonly [ReadonlySet<string>, ReadonlySet<string>] {
  return [new Set(poleMembers(poles[0], year)), new Set(poleMembers(poles[1], year))];
}

function everIds(pole: Pole): string[] {
  return pole.kind === 'country' ? [pole.id] : everMembers(pole.bloc);
}
