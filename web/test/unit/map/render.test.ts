// SVG snapshot of the world map: the real geometry, hand-made values, rendered by the MapSvg view
// (Preact into the fake DOM). UPDATE_SNAPSHOTS=1 rewrites web/test/snapshots/map.svg.
import { describe, it } from 'node:test';
import { h, render } from 'preact';
import { MapSvg } from '../../../src/map/MapSvg';
import { colourWorld, projectWorld, worldFeatures } from '../../../src/map/shape';
import { rankValues } from '../../../src/pages/map/values';
import { colourFor } from '../../../src/palette';
import { FakeDocument } from '../../support/dom';
import { assertSnapshot } from '../../support/snapshot';
import { rankRows } from '../pages/map/fixtures';
import { m49ToId, readWorldTopology } from './world';

describe('map snapshot', () => {
  it('map', () => {
    const world = worldFeatures(readWorldTopology());
    const paths = projectWorld(world, 640);
    const values = rankValues(rankRows, 'position', ['United States', 'China']);
    const countries = colourWorld(world, paths, values, m49ToId, (v) => colourFor('diverging', v), [
      'USA',
      'CHN',
    ]);
    // Preact creates nodes through the global document: the fake one, for this render only.
    const document = new FakeDocument();
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'document');
    Object.defineProperty(globalThis, 'document', { value: document, configurable: true });
    try {
      const host = document.createElement('div');
      render(h(MapSvg, { paths, countries, label: 'Which way each country faces', onOpen: () => {} }), host);
      assertSnapshot('map', host.firstChild);
    } finally {
      if (saved) Object.defineProperty(globalThis, 'document', saved);
      else Reflect.deleteProperty(globalThis, 'document');
    }
  });
});
