// SVG snapshot tests in Observable Plot's own habit: render in Node, compare with a committed file.
// UPDATE_SNAPSHOTS=1 rewrites the files (review the diff before committing); a missing file fails.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Plot from '@observablehq/plot';
import { FakeDocument, isDocument, isFakeElement, serialize } from './dom';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'snapshots');

/** Plot, bound to a fresh fake document: what a chart's render receives. */
export function nodePlot(): { Plot: typeof Plot; document: FakeDocument } {
  const document = new FakeDocument();
  if (!isDocument(document)) throw new Error('unreachable');
  const plot: typeof Plot.plot = (options) => Plot.plot({ ...options, document });
  return { Plot: { ...Plot, plot }, document };
}

/** Compares the rendered element with web/test/snapshots/<name>.svg (or .html for a figure). */
export function assertSnapshot(name: string, node: unknown): void {
  assert.ok(isFakeElement(node), 'render into the fake document (nodePlot) to snapshot');
  const ext = node.localName === 'svg' ? 'svg' : 'html';
  const file = join(dir, `${name}.${ext}`);
  const actual = `${serialize(node)}\n`;
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.ok(existsSync(file), `no snapshot ${file}: run with UPDATE_SNAPSHOTS=1 and review it`);
  assert.equal(actual, readFileSync(file, 'utf8'), `${name}.${ext} differs from its snapshot`);
}
