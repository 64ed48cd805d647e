import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../../store/open.js';
import type { CountryDimensionReading } from '../dimensions/provider.js';
import type { BearingWorld, WorldReading } from './types.js';

/**
 * The default poles' world kept on disk under `<data>/.cache/bearing/`, so a server answers its first
 * bearing request without computing it (docs/methods/bearing.md, "Speed"). The key fingerprints every
 * table of the snapshot (manifest sha256) and the code that computes readings (size and mtime of the
 * files under src/queries and src/measures, or dist/ when built): new data or changed code never read an
 * old file, they compute and write a new one.
 */
const codeDirs = ['..', '../../measures'].map((d) => fileURLToPath(new URL(d, import.meta.url)));

async function codeFingerprint(): Promise<string> {
  const h = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (/\.(ts|js)$/.test(e.name) && !/\.test\.(ts|js)$/.test(e.name)) {
        const s = await stat(p);
        h.update(`${p}:${s.size}:${s.mtimeMs}\n`);
      }
    }
  };
  for (const d of codeDirs) await walk(d);
  return h.digest('hex');
}

export async function worldCacheFile(store: Store, name: string): Promise<string> {
  const h = createHash('sha256');
  h.update(name);
  for (const d of store.manifest.datasets) for (const t of d.tables) h.update(`${t.name}:${t.sha256}\n`);
  h.update(await codeFingerprint());
  return join(store.dir, '.cache', 'bearing', `${h.digest('hex').slice(0, 32)}.json`);
}

type Row = [number, string, string, number | null, number | null, number, number, Record<string, unknown>];

/** Reads a world written by `writeWorld`, null when absent or unreadable. */
export async function readWorld(file: string): Promise<BearingWorld | null> {
  let data: { sources: string[]; rows: Row[] };
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
  const world: BearingWorld = new Map();
  for (const [year, country, id, position, engagement, dataYear, source, figures] of data.rows) {
    let y = world.get(year);
    if (!y) {
      y = new Map();
      world.set(year, y);
    }
    let cy = y.get(country);
    if (!cy) {
      cy = { country, year, readings: {} };
      y.set(country, cy);
    }
    const reading: CountryDimensionReading = {
      position,
      engagement,
      dataYear,
      source: data.sources[source],
      figures: figures as CountryDimensionReading['figures'],
    };
    // Only worlds without carry-forward are written: nothing in them was carried.
    cy.readings[id] = { ...reading, carried: false };
  }
  return world;
}

/** Writes a world (carry-forward 0) atomically; a read-only data directory is not an error. */
export async function writeWorld(file: string, world: BearingWorld): Promise<void> {
  const sources: string[] = [];
  const index = new Map<string, number>();
  const rows: Row[] = [];
  for (const [year, states] of world)
    for (const [country, cy] of states)
      for (const [id, r] of Object.entries(cy.readings) as [string, WorldReading][]) {
        let s = index.get(r.source);
        if (s === undefined) {
          s = sources.length;
          sources.push(r.source);
          index.set(r.source, s);
        }
        rows.push([year, country, id, r.position, r.engagement, r.dataYear, s, r.figures]);
      }
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify({ sources, rows }));
    await rename(`${file}.${process.pid}.tmp`, file);
  } catch {
    // Read-only install: the next start computes again.
  }
}
