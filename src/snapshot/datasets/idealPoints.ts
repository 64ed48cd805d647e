import {
  defaultIdealPointRequest,
  estimateRequest,
  idealPointsKey,
  idealPointsModelVersion,
} from '../../queries/idealPoints.js';
import { idealPointsTable } from '../../store/idealPointsTables.js';
import type { Store } from '../../store/open.js';
import type { DatasetBuilder } from '../dataset.js';

/**
 * The default ideal-point estimate (every vote, every year, recurring resolutions bridged), computed
 * from the unga tables of the same build and shipped so that the first `bearing idealpoints` is instant.
 * Rows carry the request key; a rebuilt vote table changes the key and the query then estimates afresh.
 */
export const idealPointsDataset: DatasetBuilder = {
  id: 'idealpoints',
  title: 'Dynamic ideal points, default estimate',
  publisher: 'bearing (computed from the unga dataset)',
  version: `model ${idealPointsModelVersion}`,
  license: 'as the unga dataset',
  inputs: [],
  dependsOn: ['unga'],
  async build(ctx) {
    // The estimator reads votes through the store's queries; the staging connection has the same tables.
    const store = { connection: ctx.connection, cache: new Map() } as Pick<Store, 'connection' | 'cache'>;
    let lastLog = 0;
    const estimate = await estimateRequest(store, defaultIdealPointRequest, (p) => {
      const now = Date.now();
      if (now - lastLog > 5000) {
        lastLog = now;
        ctx.log(`idealpoints: ${p.phase} ${p.done}/${p.total}`);
      }
    });
    const key = await idealPointsKey(store, defaultIdealPointRequest);
    await ctx.writeTable(
      idealPointsTable,
      estimate.rows.map((r) => [key, r.year, r.country, r.idealPoint, r.low, r.high, r.votes]),
    );
    const years = estimate.rows.map((r) => r.year);
    return {
      coverage: {
        from: Math.min(...years),
        to: Math.max(...years),
        countries: new Set(estimate.rows.map((r) => r.country)).size,
      },
      notes: [
        `Request key ${key}: all roll calls, recurring resolutions bridged, ${estimate.replicates} bootstrap replicates.`,
        `${estimate.items} items from ${estimate.votes} votes; ${estimate.iterations} EM steps, final change ${estimate.change.toExponential(2)}${estimate.converged ? '' : ' (not converged)'}; fit ${estimate.seconds.fit.toFixed(1)} s, bootstrap ${estimate.seconds.bootstrap.toFixed(1)} s.`,
        ...(estimate.dropped.length
          ? [`Left out for too few votes: ${estimate.dropped.map((d) => d.reason).join('; ')}.`]
          : []),
      ],
    };
  },
};
