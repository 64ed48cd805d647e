import { defaultPoles } from '../../params/poles.js';
import { parsePoles } from '../../poles/pole.js';
import {
  bearingInputDatasets,
  bearingMethodVersion,
  inputKey,
  inputTables,
  polesText,
  worldRows,
} from '../../queries/bearing/precomputed.js';
import { computeWorld } from '../../queries/bearing/world.js';
import { bearingWorldTable } from '../../store/bearingTables.js';
import type { Store } from '../../store/open.js';
import type { DatasetBuilder } from '../dataset.js';

/**
 * The bearing of every state and year between the default poles (USA, CHN), computed from the other
 * datasets of the same build with the same code the queries run, and shipped so that a server or a
 * command answers the default poles without computing them. Each row carries the key of the tables it
 * was computed from (their sha256) and the method version: a store holding other tables (a dataset
 * rebuilt alone with `--only`) does not use them and computes instead (src/queries/bearing/precomputed.ts).
 * `bearing update` rebuilds it whenever it rebuilds one of its inputs (`dependsOn`).
 */
export const bearingDataset: DatasetBuilder = {
  id: 'bearing',
  title: 'The bearing between the default poles, precomputed',
  publisher: 'bearing (computed from the snapshot\u2019s other datasets)',
  version: `method ${bearingMethodVersion}`,
  license: 'as the datasets it is computed from',
  inputs: [],
  dependsOn: bearingInputDatasets,
  async build(ctx) {
    const tables = inputTables(ctx.snapshotTables());
    const names = new Set(ctx.snapshotTables().map((t) => t.name));
    // The providers read through a store; the staging connection holds this build's tables.
    const store = {
      connection: ctx.connection,
      concordance: ctx.concordance,
      cache: new Map(),
      has: (table: string) => names.has(table),
    } as unknown as Store;
    const poles = parsePoles(defaultPoles, ctx.concordance);
    const key = inputKey(tables);
    const world = await computeWorld(store, poles, 0);
    const rows = worldRows(world, key, polesText(poles));
    await ctx.writeTable(bearingWorldTable, rows);
    const years = [...world.keys()];
    const states = new Set([...world.values()].flatMap((s) => [...s.keys()]));
    let stateYears = 0;
    for (const s of world.values()) stateYears += s.size;
    return {
      coverage: { from: Math.min(...years), to: Math.max(...years), countries: states.size },
      notes: [
        `Poles USA, CHN, no carry-forward: ${stateYears} state-years, ${rows.length} readings; other poles and carry-forward are computed when asked.`,
        `Input key ${key}: method ${bearingMethodVersion} and the sha256 of ${tables.length} tables of ${bearingInputDatasets.length} datasets (derivedFrom).`,
      ],
      derivedFrom: { method: `bearing method ${bearingMethodVersion}`, key, tables },
    };
  },
};
