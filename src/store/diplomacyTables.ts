import type { Classification, EngagementRecord } from '../visits/engagements.js';
import type { CellValue, TableSpec } from './table.js';

export const chinaEngagementsTable: TableSpec = {
  name: 'china_engagements',
  description:
    'Appearances of China’s president, premier and foreign-policy leads (China Vitae, 2003-2018), one row per published row, with the class read by the rules (trip, received, not-visit, unclassified)',
  columns: [
    { name: 'date', type: 'DATE' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'filed_country', type: 'VARCHAR' },
    { name: 'filed_country_name', type: 'VARCHAR' },
    { name: 'leader', type: 'VARCHAR' },
    { name: 'class', type: 'VARCHAR' },
    { name: 'rule', type: 'VARCHAR' },
    { name: 'country', type: 'VARCHAR' },
    { name: 'city', type: 'VARCHAR', nullable: true },
    { name: 'chinese_leader', type: 'VARCHAR' },
    { name: 'chinese_office', type: 'VARCHAR' },
    { name: 'visitor', type: 'VARCHAR', nullable: true },
    { name: 'visitor_title', type: 'VARCHAR', nullable: true },
    { name: 'visitor_level', type: 'VARCHAR', nullable: true },
    { name: 'text', type: 'VARCHAR' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};

export function* engagementRows(
  records: readonly EngagementRecord[],
  classes: readonly Classification[],
): Generator<readonly CellValue[]> {
  for (const [i, r] of records.entries()) {
    const c = classes[i];
    yield [
      r.date,
      r.year,
      r.country,
      r.countryName,
      r.leader,
      c.class,
      c.rule,
      c.country,
      c.city,
      c.chineseLeader,
      c.chineseOffice,
      c.visitor,
      c.visitorTitle,
      c.visitorLevel,
      r.text,
      r.sourceFile,
      r.sourceLine,
    ];
  }
}

/**
 * One row of leader_visits: both poles' leader-level contacts in one shape. The US record (Historian:
 * visits to the US, trips of the president and the secretary of state) and China's (China Vitae: trips
 * abroad, visitors received), with the level of the pole's participant and of the counterpart.
 */
export interface LeaderVisit {
  pole: 'USA' | 'CHN';
  direction: 'out' | 'in';
  date: string;
  endDate: string | null;
  year: number;
  country: string;
  city: string | null;
  polePerson: string;
  poleLevel: 'head' | 'foreign-minister';
  counterpart: string | null;
  counterpartTitle: string | null;
  counterpartLevel: 'head' | 'foreign-minister' | 'other' | null;
  kind: string;
  sourceTable: string;
  sourceFile: string;
  sourceLine: number;
}
