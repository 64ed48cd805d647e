// The sensitivity table of docs/methods/bearing.md for any country and years, every registered dimension:
//   npx tsx scripts/sensitivity-table.ts KEN 2010 2019 2021 2024 2024:3   (year:N = --carry-forward N)

import { composite } from '../src/measures/bearing/composite.js';
import { resolvePoles } from '../src/params/poles.js';
import { bearingProfile, defaultWeights, providers } from '../src/queries/bearing.js';
import { openStore } from '../src/store/open.js';

const s = await openStore({ verify: false });
const [code = 'KEN', ...specs] = process.argv.slice(2);
const country = s.concordance.resolve(code);
const poles = resolvePoles(s.concordance, undefined);
const f = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(2));
for (const [year, cf] of (specs.length ? specs : ['2019']).map(
  (x) => x.split(':').map(Number) as [number, number?],
)) {
  const p = await bearingProfile(s, country.id, { poles, year, carryForward: cf ?? 0 });
  console.log(`\n### ${country.name} ${year}${cf ? ` (--carry-forward ${cf})` : ''}\n\n${p.headline}\n`);
  console.log(
    '| dimension | position | data year | weight | composite without it | weight x0.5 | weight x1.5 | weight 1 (dimensions at 0) |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  const w = defaultWeights();
  const readings = Object.fromEntries(
    Object.entries(p.dimensions)
      .filter(([, d]) => d)
      .map(([k, d]) => [k, { position: d!.position, engagement: d!.engagement }]),
  );
  for (const pr of providers) {
    const d = p.dimensions[pr.id];
    const without =
      d && w[pr.id] > 0 && Object.values(w).filter((x) => x > 0).length > 1
        ? composite(readings, { ...w, [pr.id]: 0 })
        : null;
    const sens = p.sensitivity.filter((r) => r.dimension === pr.id);
    const c = (r: { position: number | null; stance: string | null } | null | undefined) =>
      r ? `${f(r.position)} ${r.stance ?? '(partial)'}` : '—';
    console.log(
      `| ${pr.id} | ${f(d?.position)} | ${d ? d.dataYear + (d.carried ? ' (carried)' : '') : 'missing'} | ${w[pr.id]} | ${without ? c(without) : '—'} | ${c(sens.find((r) => r.factor === 0.5))} | ${c(sens.find((r) => r.factor === 1.5))} | ${d && w[pr.id] === 0 ? c(composite(readings, { ...w, [pr.id]: 1 })) : '—'} |`,
    );
  }
  console.log(`| **composite** | **${f(p.position)}** | | | | | | stance: ${p.stance ?? p.coverage.label} |`);
}
s.close();
