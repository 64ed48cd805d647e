import { cpus, loadavg } from 'node:os';
import { estimateIdealPoints } from '../src/measures/idealPoints/estimate.js';
import { fitModel } from '../src/measures/idealPoints/fit.js';
import { recurringItemGroups } from '../src/measures/idealPoints/itemGroups.js';
import { defaultPriors } from '../src/measures/idealPoints/model.js';
import { buildObservations } from '../src/measures/idealPoints/observations.js';
import { openStore } from '../src/store/open.js';
import { loadVoteMatrix } from '../src/store/votes.js';

/**
 * Dynamic ideal points for the whole record (1946-2021, every vote), as `bearing idealpoints` estimates
 * them: variational EM with SQUAREM, then the parametric bootstrap on two worker threads. Baseline beside
 * it: the same fit with plain EM steps (no acceleration), to the same convergence rule.
 * BENCH_IDEALPOINTS_BASELINE=0 skips the baseline.
 */
export async function run(): Promise<void> {
  const store = await openStore({ materialize: true });
  try {
    let t = performance.now();
    const matrix = await loadVoteMatrix(store);
    const r = await store.connection.runAndReadAll('SELECT rcid, description FROM rollcalls');
    const description = new Map(r.getRows().map(([id, d]) => [Number(id), String(d ?? '')]));
    const itemGroups = recurringItemGroups(
      Array.from(matrix.rollcalls, (id) => description.get(id) ?? ''),
      matrix.years,
    );
    const loadMs = performance.now() - t;
    console.log(
      `load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} on ${cpus().length} cores`,
    );
    console.log(
      `vote matrix: ${matrix.rollcalls.length} roll calls x ${matrix.countries.length} states, with recurring-resolution groups, loaded in ${loadMs.toFixed(0)} ms`,
    );

    const cpu = process.cpuUsage();
    t = performance.now();
    // CPU per phase (process-wide, so worker threads count): a fair figure when the machine is shared.
    let fitCpu = 0;
    const e = await estimateIdealPoints(matrix, {
      itemGroups,
      unidentified: 'drop',
      onProgress: (p) => {
        if (p.phase === 'bootstrap' && fitCpu === 0) {
          const u = process.cpuUsage(cpu);
          fitCpu = (u.user + u.system) / 1e6;
        }
      },
    });
    const totalMs = performance.now() - t;
    const used = process.cpuUsage(cpu);
    console.log(
      `fit: ${e.votes} votes on ${e.items} items, ${e.rows.length} state-years; ${e.iterations} EM steps (SQUAREM), final change ${e.change.toExponential(2)} (${e.converged ? 'converged' : 'NOT converged'}): ${(e.seconds.fit * 1000).toFixed(0)} ms`,
    );
    console.log(
      `bootstrap: ${e.replicates} replicates on 2 worker threads: ${(e.seconds.bootstrap * 1000).toFixed(0)} ms`,
    );
    const allCpu = (used.user + used.system) / 1e6;
    const bootCpu = allCpu - fitCpu;
    console.log(
      `total estimate (fit + bootstrap): ${(totalMs / 1000).toFixed(1)} s wall (load average ${loadavg()[0].toFixed(1)}); CPU: fit ${fitCpu.toFixed(1)} s, bootstrap ${bootCpu.toFixed(1)} s over both threads`,
    );
    console.log(
      `idle-machine wall time implied by the CPU figures (fit + bootstrap / 2): ${(fitCpu + bootCpu / 2).toFixed(1)} s; target 30 s`,
    );

    if (process.env.BENCH_IDEALPOINTS_BASELINE !== '0') {
      const obs = buildObservations(matrix, itemGroups, {
        minRollCallsPerYear: 3,
        minVotesPerState: 10,
        unidentified: 'drop',
      });
      const settings = {
        priors: defaultPriors,
        start: 'spectral' as const,
        seed: 1,
        tolerance: 1e-3,
        maxIterations: 1500,
      };
      t = performance.now();
      const fast = fitModel(obs, settings);
      const fastMs = performance.now() - t;
      t = performance.now();
      const plain = fitModel(obs, { ...settings, accelerate: false });
      const plainMs = performance.now() - t;
      console.log(
        `baseline, plain EM: ${plain.iterations} steps, final change ${plain.change.toExponential(2)}${plain.converged ? '' : ' (cap reached)'}: ${plainMs.toFixed(0)} ms; SQUAREM: ${fast.iterations} steps, ${fastMs.toFixed(0)} ms`,
      );
      console.log(`ratio: SQUAREM fit ${(plainMs / fastMs).toFixed(1)}x faster than plain EM`);
    }
  } finally {
    store.close();
  }
}
