// Which datasets an update rebuilds: the `--source` names, the datasets reading a file, and the
// derived datasets computed from them.
import { InputError } from '../../errors.js';
import type { DatasetBuilder } from '../dataset.js';
import { updateSources } from '../publishers.js';

/**
 * Adds the snapshot's datasets computed from the ones rebuilt (ideal points from votes, ...), so
 * that no derived table is left stale; transitively, in build order.
 */
export function withDependents(
  selected: DatasetBuilder[],
  builders: DatasetBuilder[],
  known: ReadonlySet<string>,
): DatasetBuilder[] {
  const ids = new Set(selected.map((d) => d.id));
  for (const d of builders) {
    if (!ids.has(d.id) && known.has(d.id) && (d.dependsOn ?? []).some((dep) => ids.has(dep))) ids.add(d.id);
  }
  return builders.filter((d) => ids.has(d.id));
}

export function selectDatasets(sources: readonly string[], builders: DatasetBuilder[]): DatasetBuilder[] {
  const ids = new Set<string>();
  for (const raw of sources) {
    const s = raw.trim().toLowerCase();
    if (s === 'all') {
      for (const d of builders) ids.add(d.id);
      continue;
    }
    const mapped = updateSources[s] ?? (builders.some((d) => d.id === s) ? [s] : undefined);
    if (!mapped) {
      throw new InputError(`unknown source '${raw}'`, {
        location: { field: 'source' },
        suggestions: ['all', ...Object.keys(updateSources)],
      });
    }
    const present = mapped.filter((id) => builders.some((d) => d.id === id));
    if (present.length === 0) {
      throw new InputError(`source '${raw}' has no dataset in this version of bearing`, {
        location: { field: 'source' },
        kind: 'unavailable',
      });
    }
    for (const id of present) ids.add(id);
  }
  return builders.filter((d) => ids.has(d.id));
}

/** True when dataset `d` reads raw path `path` (an input file, or a file inside an input folder). */
export function readsPath(d: DatasetBuilder, path: string): boolean {
  return d.inputs.some(
    (i) =>
      i.path === path || path.startsWith(`${i.path}/`) || `${i.path}.gz` === path || i.path === `${path}.gz`,
  );
}
