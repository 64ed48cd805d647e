import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openStore, type Store } from '../../../store/open.js';
import type { EngagementRecord } from '../parseEngagements.js';
import { classifyAll } from './index.js';

let store: Store;
before(async () => {
  store = await openStore();
});
after(async () => {
  await store.close();
});

const row = (country: string, leader: string, text: string, date = '2014-05-10'): EngagementRecord => ({
  date,
  year: Number(date.slice(0, 4)),
  countryName: country,
  country,
  leader,
  text,
  sourceFile: 't.csv',
  sourceLine: 2,
});
const one = (r: EngagementRecord) => classifyAll([r], store.concordance)[0];

test('trip abroad: the host is the row’s country, with the city', () => {
  const c = one(
    row(
      'KEN',
      'Li Keqiang',
      'Li Keqiang travelled to Kenya, Nairobi and met with the following: Uhuru Kenyatta (President of Kenya)',
    ),
  );
  assert.deepEqual(
    [c.class, c.rule, c.country, c.city, c.chineseOffice],
    ['trip', 'trip-host', 'KEN', 'Nairobi', 'premier'],
  );
  // The subject of the text travelled, whichever leader's page lists it.
  const hu = one(
    row(
      'KEN',
      'Li Zhaoxing',
      'Hu Jintao travelled to Kenya, Nairobi and met with the following: Mwai Kibaki (President of Kenya) Others Attending: Bo Xilai, Li Zhaoxing, Ma Kai',
    ),
  );
  assert.deepEqual([hu.class, hu.chineseLeader, hu.chineseOffice], ['trip', 'Hu Jintao', 'president']);
  const cz = one(
    row(
      'CZE',
      'Xi Jinping',
      'Xi Jinping travelled to Czechoslovakia, Prague and met with the following: Milos Zeman (Czech President)',
    ),
  );
  assert.deepEqual([cz.class, cz.country], ['trip', 'CZE']);
});

test('a meeting with another country’s leader during a trip is not a visit to that country', () => {
  const rows = [
    row(
      'ARG',
      'Xi Jinping',
      'Xi Jinping travelled to Argentina, Buenos Aires and met with the following: Donald Trump (U.S. President)',
    ),
    row(
      'USA',
      'Xi Jinping',
      'Xi Jinping travelled to Argentina, Buenos Aires and met with the following: Donald Trump (U.S. President)',
    ),
  ];
  const [arg, usa] = classifyAll(rows, store.concordance);
  assert.deepEqual([arg.class, arg.country], ['trip', 'ARG']);
  assert.deepEqual([usa.class, usa.rule], ['not-visit', 'meeting-elsewhere']);
});

test('received in China: the visitor’s country, title and level', () => {
  const k = one(
    row(
      'KEN',
      'Xi Jinping',
      'Xi Jinping was in Beijing Municipality and met with the following: Uhuru Kenyatta (Kenyan President)',
    ),
  );
  assert.deepEqual(
    [k.class, k.country, k.visitor, k.visitorLevel, k.city],
    ['received', 'KEN', 'Uhuru Kenyatta', 'head', 'Beijing Municipality'],
  );
  const fm = one(
    row(
      'PRK',
      'Xi Jinping',
      "Xi Jinping was in Beijing Municipality and met with the following:  Ri Yong Ho (Foreign Minister of the Democratic People's Republic of Korea (DPRK))",
    ),
  );
  assert.deepEqual([fm.class, fm.country, fm.visitorLevel], ['received', 'PRK', 'foreign-minister']);
  const army = one(
    row(
      'PAK',
      'Xi Jinping',
      'Xi Jinping was in Beijing Municipality and met with the following: Qamar Javed Bajwa (Pakistan Chief of Army Staff)',
    ),
  );
  assert.deepEqual([army.class, army.visitorLevel], ['received', 'other']);
  // Filed under Dominica by the scraper; the title says the Dominican Republic.
  const dom = one(
    row(
      'DMA',
      'Xi Jinping',
      'Xi Jinping was in Beijing Municipality and met with the following: Danilo Medina (Dominican Republic President)',
    ),
  );
  assert.deepEqual([dom.class, dom.country], ['received', 'DOM']);
  // A domestic trip: received in Shanghai.
  const sh = one(
    row(
      'JPN',
      'Wen Jiabao',
      'Wen Jiabao travelled to Shanghai Municipality and met with the following: Yasuo Fukuda (Prime Minister of Japan)',
    ),
  );
  assert.deepEqual([sh.class, sh.city], ['received', 'Shanghai Municipality']);
});

test('not visits: multilateral meetings, ambassadors, messages, calls, credentials', () => {
  const cases: [string, string, string][] = [
    [
      'KEN',
      'Hu Jintao was in Beijing Municipality and met with the following: Mwai Kibaki (President of Kenya) Marc Ravalomanana (President of Madagascar)',
      'multilateral',
    ],
    [
      'MDG',
      "Li Keqiang was in Beijing Municipality and met with the following: Victor Sikonina (Deputy Dean of the Diplomatic Corps and Madagascar's Ambassador to China)",
      'ambassador',
    ],
    ['IRQ', 'Xi congratulates Salih on election as Iraqi president (Beijing Municipality)', 'message'],
    [
      'USA',
      'Hu Jintao and U.S. President Barack Obama exchanged views on bilateral ties and climate change during a phone conversation. (Beijing Municipality)',
      'message',
    ],
    [
      'NOR',
      'Hu Jintao accepted credentials from new ambassadors to China, Nalin Surie of India and Tor Christian Hildan of Norway. (Beijing Municipality)',
      'credentials',
    ],
    [
      'MYS',
      'Chinese State Councilor to visit Malaysia, Singapore, attend ASEAN-related meetings (Beijing Municipality)',
      'announcement',
    ],
    [
      'TWN',
      'Xi stresses cross-Strait peaceful development, urges vigilance against Taiwan independence (Beijing Municipality)',
      'statement',
    ],
    [
      'FRA',
      'Chinese, French FMs discuss Iraq situation #China-#French (Greece, Athens)',
      'meeting-elsewhere',
    ],
  ];
  for (const [country, text, rule] of cases) {
    const c = one(row(country, 'Hu Jintao', text));
    assert.deepEqual([c.class, c.rule], ['not-visit', rule], text);
  }
});

test('a row no rule decides is kept as unclassified', () => {
  const c = one(
    row(
      'IND',
      'Wen Jiabao',
      'Wen Jiabao travelled to and met with the following: Atal Bihari Vajpayee (Prime Minister of India)',
    ),
  );
  assert.deepEqual([c.class, c.rule, c.country], ['unclassified', 'no-place', 'IND']);
  const d = one(
    row('AFG', 'Wang Yi', 'China to host international meeting on Afghanistan (Beijing Municipality)'),
  );
  assert.equal(d.class, 'unclassified');
});

test('property: any text gets exactly one known class and keeps its row country when not a visit', async () => {
  const fc = (await import('fast-check')).default;
  const { engagementClasses } = await import('./index.js');
  const pieces = fc.constantFrom(
    'Xi Jinping',
    ' travelled to ',
    ' was in Beijing Municipality',
    ' and met with the following: ',
    'Kenya, Nairobi',
    'Uhuru Kenyatta (President of Kenya)',
    '(',
    ')',
    'Others Attending: Wang Yi',
    ' congratulates ',
    '(Beijing Municipality)',
    'Foreign Minister',
    'USA, New York',
    ' held talks with ',
    '',
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 8 }), (parts) => {
      const c = one(row('KEN', 'Xi Jinping', parts.join('')));
      assert.ok(engagementClasses.includes(c.class));
      if (c.class === 'not-visit' || c.class === 'unclassified') assert.equal(c.country, 'KEN');
    }),
    { numRuns: 500, seed: 18 },
  );
});
