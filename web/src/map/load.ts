// The map geometry ships with the dashboard (world-atlas, Natural Earth 1:110m): fetched once, offline.
import worldUrl from 'world-atlas/countries-110m.json?url';
import { type World, type WorldTopology, worldFeatures } from './shape';

let worldPromise: Promise<World> | undefined;

export function loadWorld(): Promise<World> {
  worldPromise ??= fetch(worldUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`world map geometry: ${r.status}`);
      return r.json() as Promise<WorldTopology>;
    })
    .then(worldFeatures);
  worldPromise.catch(() => {
    worldPromise = undefined;
  });
  return worldPromise;
}
