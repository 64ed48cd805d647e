import { composite } from '../src/measures/bearing/composite.js';
import { resolvePoles } from '../src/params/poles.js';
import { bearingWorld, defaultWeights, providers } from '../src/queries/bearing.js';
import { openStore, type Store } from '../src/store/open.js';

/**
 * The whole-world bearing: every state, every year, every registered dimension, then the composite of
 * every state-year, for a pair of poles.
 *   cold: the first pair on a fresh store (loads the vote matrix, trade matrix, debt values: start-up work);
 *   warm: each further pair of poles on the same store, the base tables loaded, the pair's readings not
 *         (what `profile --poles EU,CHN` or the API pays on a new pair). Target: <= 1 s (issue 20).
 * Baseline in the same process: the composite alone over the same state-years (the assembly's floor).
 */
const pairs = ['USA,CHN', 'USA,RUS', 'EU,CHN', 'G7,BRICS', 'CHN,USA', 'NATO,SCO'];

function forget(store: Store): void {
  for (const key of [...store.cache.keys()])
    if (key.startsWith('bearing:world:') || key.startsWith('bearing:dim:')) store.cache.delete(key);
}

async function whole(
  store: Store,
  text: string,
): Promise<{ ms: number; stateYears: number; compositeMs: number }> {
  const poles = resolvePoles(store.concordance, text);
  const weights = defaultWeights();
  const t = performance.now();
  const world = await bearingWorld(store, poles);
  let stateYears = 0;
  const t1 = performance.now();
  for (const states of world.values())
    for (const cy of states.values()) {
      composite(cy.readings, weights);
      stateYears++;
    }
  const end = performance.now();
  return { ms: end - t, stateYears, compositeMs: end - t1 };
}

export async function run(): Promise<void> {
  const store = await openStore({ materialize: true });
  try {
    console.log(`dimensions: ${providers.map((p) => p.id).join(', ')}`);
    const cold = await whole(store, pairs[0]);
    console.log(
      `cold (first pair, base tables loaded on the way): ${cold.ms.toFixed(0)} ms, ${cold.stateYears} state-years`,
    );
    for (const p of pairs) {
      forget(store);
      const times: number[] = [];
      let last = { ms: 0, stateYears: 0, compositeMs: 0 };
      for (let i = 0; i < 3; i++) {
        forget(store);
        last = await whole(store, p);
        times.push(last.ms);
      }
      console.log(
        `warm ${p.padEnd(9)}: ${Math.min(...times).toFixed(0)}-${Math.max(...times).toFixed(0)} ms for ${last.stateYears} state-years (composite alone ${last.compositeMs.toFixed(0)} ms)`,
      );
    }
    // Per provider, warm, for the default pair: where the time goes.
    const poles = resolvePoles(store.concordance, 'USA,CHN');
    for (const p of providers) {
      const t = performance.now();
      await p.read(store, poles);
      console.log(`  ${p.id.padEnd(8)} read: ${(performance.now() - t).toFixed(0)} ms`);
    }
  } finally {
    store.close();
  }
}
