import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderBearing } from '../../../src/charts/bearing/render';
import { shapeBearing } from '../../../src/charts/bearing/shape';
import { labelMargin } from '../../../src/charts/margins';
import { serialize } from '../../support/dom';
import { nodePlot } from '../../support/snapshot';
import { profile, view } from './fixtures';

test('the left margin fits the longest label, within bounds', () => {
  assert.equal(labelMargin(['Votes'], 13), 50);
  assert.equal(labelMargin(['Visits (US side) (weight 0)'], 13), 216);
  assert.equal(labelMargin(['x'.repeat(200)], 13), 320);
  assert.equal(labelMargin([], 13), 48);
});

test("the bearing chart's labels are not cut: its y axis sits right of the longest label", () => {
  const long = 'Visits (US side) (weight 0)';
  const data = shapeBearing(profile, view)!;
  const withLong = { ...data, order: [...data.order.slice(0, -1), long] };
  const { Plot } = nodePlot();
  const svg = serialize(renderBearing(Plot, withLong, view, 640) as never);
  const axis = svg.slice(svg.indexOf('aria-label="y-axis tick label"'));
  const x = Number(/<text [^>]*transform="translate\((\d+(?:\.\d+)?),/.exec(axis)?.[1]);
  assert.ok(x >= long.length * 13 * 0.5, `y labels end at ${x}px for a ${long.length}-character label`);
});
