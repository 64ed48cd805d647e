import { classifyAll, engagementClasses } from '../../sources/chinavitae/classify/index.js';
import { parseEngagements } from '../../sources/chinavitae/parseEngagements.js';
import { chinaEngagementsTable, engagementRows } from '../../store/diplomacyTables.js';
import type { DatasetBuilder } from '../dataset.js';

const file = 'diplomacy/china_leader_engagements_chinavitae_2003_2018.csv.gz';

/**
 * China's side of leader-level diplomacy (China Vitae), every row kept with the class the rules give
 * it. The store joins its trips and visitors with the US record (datasets visits) in one shape,
 * leader_visits, at query time, so that neither dataset depends on the other's raw files.
 */
export const diplomacyDataset: DatasetBuilder = {
  id: 'diplomacy',
  title: 'China’s leaders’ trips abroad and the visitors they receive (China Vitae, classified)',
  publisher: 'China Vitae (appearances of Chinese leaders), as scraped by G. B. Walker',
  version: 'gbwalker/chinese-diplomacy-and-financing @7b8fd3f (data/all_engagements_2003-2018.rds)',
  license: 'No licence stated (records of public appearances)',
  inputs: [{ path: file, url: 'https://github.com/gbwalker/chinese-diplomacy-and-financing' }],
  dependsOn: ['countries'],
  async build(ctx) {
    const records = parseEngagements(await ctx.readText(file), file, ctx.concordance);
    const classes = classifyAll(records, ctx.concordance);
    await ctx.writeTable(chinaEngagementsTable, engagementRows(records, classes));

    const counts = engagementClasses.map((k) => `${k} ${classes.filter((c) => c.class === k).length}`);
    const unclassified = classes.filter((c) => c.class === 'unclassified');
    const byRule = (cs: typeof classes) => {
      const m = new Map<string, number>();
      for (const c of cs) m.set(c.rule, (m.get(c.rule) ?? 0) + 1);
      return [...m].map(([k, n]) => `${k} ${n}`).join(', ');
    };
    ctx.log(`diplomacy: ${records.length} China Vitae rows (${counts.join(', ')})`);
    const years = records.map((r) => r.year);
    return {
      coverage: {
        from: Math.min(...years),
        to: Math.max(...years),
        countries: new Set(
          classes.filter((c) => c.class === 'trip' || c.class === 'received').map((c) => c.country),
        ).size,
      },
      notes: [
        `Counted: ${records.length} China Vitae rows classified: ${counts.join(', ')}.`,
        `Counted: unclassified ${unclassified.length} (${byRule(unclassified)}): kept in china_engagements, not counted as visits.`,
        `Rules (docs/methods/visits.md): ${byRule(classes)}.`,
        `Trips and visitors received join the US record in one shape (leader_visits, src/store/diplomacy.ts); both records exist for ${Math.min(...years)}-${Math.max(...years)} only.`,
        'China Vitae files one text once per country it names: a trip row filed under another country than the host is a meeting elsewhere, not a visit to it.',
      ],
    };
  },
};
