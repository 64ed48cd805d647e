// The map geometry the dashboard ships (world-atlas, Natural Earth 1:110m), read from node_modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WorldTopology } from '../../../src/map/shape';

export function readWorldTopology(): WorldTopology {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Natural Earth's M49 codes for the countries the tests colour. */
export const m49ToId = new Map<number, string>([
  [404, 'KEN'],
  [840, 'USA'],
  [156, 'CHN'],
  [800, 'UGA'],
  [834, 'TZA'],
  [231, 'ETH'],
]);
