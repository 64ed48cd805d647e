import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { colourWorld, mapHeight, projectWorld, worldFeatures } from '../../../src/map/shape';
import { missingColour } from '../../../src/palette';
import { m49ToId, readWorldTopology } from './world';

const world = worldFeatures(readWorldTopology());

describe('worldFeatures', () => {
  it('keeps every country but Antarctica, with the inner borders', () => {
    assert.equal(world.countries.length, 176);
    assert.ok(!world.countries.some((f) => f.properties.name === 'Antarctica'));
    assert.equal(world.borders.type, 'MultiLineString');
  });
});

describe('projectWorld', () => {
  it('fits the sphere to the width, at 0.49 of it in height', () => {
    const p = projectWorld(world, 640);
    assert.equal(p.height, 314);
    assert.equal(mapHeight(1000), 490);
    assert.equal(p.countries.length, world.countries.length);
    assert.ok(p.countries.every((d) => d.startsWith('M')));
    assert.ok(p.sphere.startsWith('M'));
  });
});

describe('colourWorld', () => {
  const paths = projectWorld(world, 320);
  const values = new Map([
    ['KEN', { id: 'KEN', name: 'Kenya', value: 0.5, label: '0.50: toward China' }],
    ['UGA', { id: 'UGA', name: 'Uganda', value: null, label: 'no data' }],
  ]);
  const colour = (v: number | null) => (v === null ? 'grey' : `c${v}`);
  const shapes = colourWorld(world, paths, values, m49ToId, colour, ['USA', 'CHN']);
  const by = (key: string) => shapes.find((s) => s.key === key);

  it('colours a country by its value and links it', () => {
    assert.deepEqual(
      { fill: by('KEN')?.fill, strong: by('KEN')?.strong, item: by('KEN')?.item },
      { fill: 'c0.5', strong: false, item: values.get('KEN') },
    );
  });

  it('a null value is coloured as missing by the scale; an absent one is "no data" in grey, never zero', () => {
    assert.equal(by('UGA')?.fill, 'grey');
    assert.equal(by('TZA')?.fill, missingColour);
    assert.deepEqual(by('TZA')?.item, { id: 'TZA', name: 'Tanzania', value: null, label: 'no data' });
  });

  it('outlines the poles', () => {
    assert.equal(by('USA')?.strong, true);
    assert.equal(by('CHN')?.strong, true);
  });

  it('draws a feature the snapshot does not know, but not as a link', () => {
    const france = by('France');
    assert.deepEqual({ fill: france?.fill, item: france?.item }, { fill: missingColour, item: undefined });
    assert.equal(shapes.length, world.countries.length);
    assert.equal(
      shapes[world.countries.findIndex((f) => f.id === '404')].d,
      paths.countries[world.countries.findIndex((f) => f.id === '404')],
    );
  });
});
