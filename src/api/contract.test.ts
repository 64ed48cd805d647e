import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { dimensionIds } from '../queries/bearing.js';
import { pointer, testServer } from './testing/server.js';

/**
 * Contract tests: every path of the OpenAPI document is exercised, and every answer (data and
 * problems alike) is validated against the schema the document declares for its status and media
 * type. A path in the document without samples here fails the test, so a new endpoint brings its own.
 */
interface Sample {
  url: string;
  status: number;
  method?: 'GET' | 'POST';
  body?: unknown;
}

const samples: Record<string, Sample[]> = {
  '/api/v1/trade/{country}/partner/{partner}': [
    { url: '/api/v1/trade/KEN/partner/CHN?from=2010', status: 200 },
    { url: '/api/v1/trade/KEN/partner/CHN?from=2019&format=csv', status: 200 },
    { url: '/api/v1/trade/KEN/partner/Narnia', status: 404 },
    { url: '/api/v1/trade/KEN/partner/KEN', status: 400 },
    { url: '/api/v1/trade/KEN/partner/CHN?from=2030', status: 400 },
  ],
  '/api/v1/tables': [
    { url: '/api/v1/tables', status: 200 },
    { url: '/api/v1/tables?format=csv', status: 200 },
    { url: '/api/v1/tables?format=xml', status: 400 },
  ],
  '/api/v1/tables/{table}.{ext}': [
    { url: '/api/v1/tables/countries.json', status: 200 },
    { url: '/api/v1/tables/countries.parquet', status: 200 },
    { url: '/api/v1/tables/nosuchtable.csv', status: 404 },
    { url: '/api/v1/tables/countries.xlsx', status: 400 },
  ],
  '/api/v1/health': [{ url: '/api/v1/health', status: 200 }],
  '/api/v1/meta': [{ url: '/api/v1/meta', status: 200 }],
  '/api/v1/countries': [
    { url: '/api/v1/countries', status: 200 },
    { url: '/api/v1/countries?q=congo', status: 200 },
    { url: '/api/v1/countries?q=soviet', status: 200 },
    { url: '/api/v1/countries?q=congo&format=csv', status: 200 },
    { url: '/api/v1/countries?q=zzqx', status: 404 },
    { url: '/api/v1/countries?format=xml', status: 400 },
    { url: '/api/v1/countries?bogus=1', status: 400 },
  ],
  '/api/v1/countries/{country}': [
    { url: '/api/v1/countries/KEN', status: 200 },
    { url: '/api/v1/countries/cow:501', status: 200 },
    { url: '/api/v1/countries/Soviet%20Union', status: 200 },
    { url: '/api/v1/countries/KEN?format=csv', status: 200 },
    { url: '/api/v1/countries/Narnia', status: 404 },
    { url: '/api/v1/countries/404', status: 404 },
  ],
  '/api/v1/agreement/{country}': [
    { url: '/api/v1/agreement/KEN?with=USA,CHN', status: 200 },
    { url: '/api/v1/agreement/KEN?with=USA,CHN&from=2010&to=2021&issue=hr,me&important=false', status: 200 },
    { url: '/api/v1/agreement/Kenya?with=RUS&from=2000&to=2005&format=csv', status: 200 },
    { url: '/api/v1/agreement/SUN?with=USA&from=1960&to=1961&wholeOnly=true', status: 200 },
    { url: '/api/v1/agreement/CHN?with=USA&from=2010&to=2010&yearBasis=session', status: 200 },
    { url: '/api/v1/agreement/KEN?with=USA&yearBasis=fiscal', status: 400 },
    { url: '/api/v1/agreement/KEN?with=RUS&from=1975&to=1976', status: 404 },
    { url: '/api/v1/agreement/KEN?with=USA&from=2020&to=2010', status: 400 },
    { url: '/api/v1/agreement/KEN?with=USA&from=1800', status: 400 },
    { url: '/api/v1/agreement/KEN?with=USA&issue=xx', status: 400 },
    { url: '/api/v1/agreement/KEN', status: 400 },
    { url: '/api/v1/agreement/KEN?with=Atlantis', status: 404 },
    { url: '/api/v1/agreement/Atlantis?with=USA', status: 404 },
  ],
  '/api/v1/values/{country}': [
    { url: '/api/v1/values/KEN?year=2024', status: 200 },
    { url: '/api/v1/values/KEN?poles=EU,CHN', status: 200 },
    { url: '/api/v1/values/Kenya?year=2023&format=csv', status: 200 },
    { url: '/api/v1/values/KEN?year=2030', status: 400 },
    { url: '/api/v1/values/KEN?poles=USA', status: 400 },
    { url: '/api/v1/values/Atlantis', status: 404 },
  ],
  '/api/v1/values/{country}/series': [
    { url: '/api/v1/values/KEN/series?from=2000&to=2024', status: 200 },
    { url: '/api/v1/values/KEN/series?poles=NATO,CHN&format=csv', status: 200 },
    { url: '/api/v1/values/KEN/series?from=2024&to=2000', status: 400 },
  ],
  '/api/v1/similar/{country}': [
    { url: '/api/v1/similar/KEN?year=2019', status: 200 },
    { url: '/api/v1/similar/KEN?year=2019&measure=kappa&top=5&issue=hr', status: 200 },
    { url: '/api/v1/similar/KEN?year=2019&format=csv', status: 200 },
    { url: '/api/v1/similar/KEN?year=2024&yearBasis=session', status: 200 },
    { url: '/api/v1/similar/KEN?year=2030', status: 400 },
    { url: '/api/v1/similar/KEN', status: 400 },
    { url: '/api/v1/similar/KEN?year=2019&measure=best', status: 400 },
    { url: '/api/v1/similar/KEN?year=2019&top=0', status: 400 },
    { url: '/api/v1/similar/KEN?year=2021&issue=hr&wholeOnly=true', status: 400 },
    { url: '/api/v1/similar/KEN?year=1950', status: 404 },
  ],
  '/api/v1/arms/{country}': [
    { url: '/api/v1/arms/KEN?from=1995&to=2024', status: 200 },
    { url: '/api/v1/arms/KEN?from=1995&to=2024&format=csv', status: 200 },
    { url: '/api/v1/arms/KEN?from=1964&to=1970&by=year&format=csv', status: 200 },
    { url: '/api/v1/arms/EGY?from=1965&to=1980&poles=USA,SUN', status: 200 },
    { url: '/api/v1/arms/KEN?from=2024&to=1995', status: 400 },
    { url: '/api/v1/arms/KEN?by=colour', status: 400 },
    { url: '/api/v1/arms/Wakanda', status: 404 },
  ],
  '/api/v1/security/{country}': [
    { url: '/api/v1/security/KEN?year=2024', status: 200 },
    { url: '/api/v1/security/KEN?year=2023&poles=CHN,USA', status: 200 },
    { url: '/api/v1/security/KEN?year=2024&format=csv', status: 200 },
    { url: '/api/v1/security/KEN?poles=USA', status: 400 },
    { url: '/api/v1/security/KEN?year=2031', status: 404 },
    { url: '/api/v1/security/Wakanda', status: 404 },
  ],
  '/api/v1/security/{country}/series': [
    { url: '/api/v1/security/KEN/series?from=2015', status: 200 },
    { url: '/api/v1/security/PAK/series?poles=NATO,CHN&from=2016&to=2020&format=csv', status: 200 },
    { url: '/api/v1/security/KEN/series?from=2020&to=2010', status: 400 },
  ],
  '/api/v1/sponsorship/{country}': [
    { url: '/api/v1/sponsorship/KEN', status: 200 },
    { url: '/api/v1/sponsorship/KEN?with=EU,CHN&from=2022&to=2024&yearBasis=session', status: 200 },
    { url: '/api/v1/sponsorship/KEN?format=csv', status: 200 },
    { url: '/api/v1/sponsorship/KEN?from=2010&to=2012', status: 400 },
    { url: '/api/v1/sponsorship/KEN?with=USA,USA', status: 400 },
    { url: '/api/v1/sponsorship/KEN?yearBasis=fiscal', status: 400 },
    { url: '/api/v1/sponsorship/KEN?with=USA,Oz', status: 404 },
    { url: '/api/v1/sponsorship/Oz', status: 404 },
  ],
  '/api/v1/profile/{country}': [
    { url: '/api/v1/profile/KEN', status: 200 },
    { url: '/api/v1/profile/KEN?year=2019&weights=votes=1,trade=1,finance=1,visits=1', status: 200 },
    { url: '/api/v1/profile/USA?year=2019', status: 200 },
    { url: '/api/v1/profile/KEN?format=csv', status: 200 },
    { url: '/api/v1/profile/KEN?poles=USA,USA', status: 400 },
    { url: '/api/v1/profile/KEN?year=2024&carryForward=3', status: 200 },
    { url: '/api/v1/profile/KEN?year=2019&precision=full', status: 200 },
    { url: '/api/v1/profile/KEN?precision=exact', status: 400 },
    { url: '/api/v1/profile/KEN?year=2019&format=csv', status: 200 },
    { url: '/api/v1/profile/KEN?year=2019&include=none', status: 200 },
    { url: '/api/v1/profile/KEN?year=2019&include=none&format=csv', status: 200 },
    { url: '/api/v1/profile/KEN?include=everything', status: 400 },
    { url: '/api/v1/profile/KEN?weights=mood=1', status: 400 },
    { url: '/api/v1/profile/KEN?carryForward=99', status: 400 },
    { url: `/api/v1/profile/KEN?weights=${dimensionIds.map((d) => `${d}=0`).join(',')}`, status: 400 },
    { url: '/api/v1/profile/KEN?year=1900', status: 400 },
    { url: '/api/v1/profile/KEN?poles=USA,Oz', status: 404 },
    { url: '/api/v1/profile/Oz', status: 404 },
  ],
  '/api/v1/rank': [
    { url: '/api/v1/rank?year=2019', status: 200 },
    { url: '/api/v1/rank?year=2019&by=balance&top=5', status: 200 },
    { url: '/api/v1/rank?year=2019&format=csv', status: 200 },
    {
      url: '/api/v1/rank?year=2019&continent=Africa&includePoles=true&includePartial=true&top=0',
      status: 200,
    },
    { url: '/api/v1/rank?year=2019&continent=Atlantis', status: 400 },
    { url: '/api/v1/rank', status: 400 },
    { url: '/api/v1/rank?year=2019&by=size', status: 400 },
    { url: '/api/v1/rank?year=1900', status: 400 },
  ],
  '/api/v1/visits': [
    { url: '/api/v1/visits?country=KEN', status: 200 },
    { url: '/api/v1/visits?continent=Africa&type=state&from=2000&to=2024-12-31', status: 200 },
    { url: '/api/v1/visits?region=Sub-Saharan%20Africa&format=csv', status: 200 },
    { url: '/api/v1/visits?type=royal', status: 400 },
    { url: '/api/v1/visits?from=2019-02-30', status: 400 },
    { url: '/api/v1/visits?from=2020&to=2010', status: 400 },
    { url: '/api/v1/visits?continent=Atlantis', status: 404 },
    { url: '/api/v1/visits?country=Narnia', status: 404 },
  ],
  '/api/v1/leader-visits': [
    { url: '/api/v1/leader-visits?pole=CHN&country=KEN&level=all', status: 200 },
    { url: '/api/v1/leader-visits?pole=USA&direction=in&continent=Africa&from=2015&format=csv', status: 200 },
    { url: '/api/v1/leader-visits?pole=RUS', status: 400 },
    { url: '/api/v1/leader-visits?pole=CHN&country=Wakanda', status: 404 },
  ],
  '/api/v1/leader-visits/last': [
    { url: '/api/v1/leader-visits/last?pole=CHN&country=KEN', status: 200 },
    { url: '/api/v1/leader-visits/last?pole=CHN&country=KEN&before=2000', status: 200 },
    { url: '/api/v1/leader-visits/last?pole=CHN&level=nobody', status: 400 },
  ],
  '/api/v1/leader-visits/counts': [
    { url: '/api/v1/leader-visits/counts?country=KEN', status: 200 },
    { url: '/api/v1/leader-visits/counts?country=KEN&format=csv', status: 200 },
    { url: '/api/v1/leader-visits/counts', status: 400 },
    { url: '/api/v1/leader-visits/counts?country=Wakanda', status: 404 },
  ],
  '/api/v1/visits/last': [
    { url: '/api/v1/visits/last?type=state&continent=Africa&before=2024-05-23', status: 200 },
    { url: '/api/v1/visits/last?country=KEN&before=1900', status: 200 },
    { url: '/api/v1/visits/last?type=state&continent=Africa&before=2024-05-23&format=csv', status: 200 },
    { url: '/api/v1/visits/last?before=yesterday', status: 400 },
    { url: '/api/v1/visits/last?region=Atlantis', status: 404 },
  ],
  '/api/v1/visits/counts': [
    { url: '/api/v1/visits/counts?country=KEN', status: 200 },
    { url: '/api/v1/visits/counts?continent=Africa&by=country&format=csv', status: 200 },
    { url: '/api/v1/visits/counts?by=decade', status: 400 },
    { url: '/api/v1/visits/counts?country=Narnia', status: 404 },
  ],
  '/api/v1/visits/intensity': [
    { url: '/api/v1/visits/intensity?country=KEN&from=2010', status: 200 },
    { url: '/api/v1/visits/intensity?from=2020&to=2021', status: 200 },
    { url: '/api/v1/visits/intensity?country=KEN&format=csv', status: 200 },
    { url: '/api/v1/visits/intensity?from=1700', status: 400 },
    { url: '/api/v1/visits/intensity?country=Narnia', status: 404 },
    { url: '/api/v1/visits/intensity?country=USA', status: 404 },
  ],
  '/api/v1/travels': [
    { url: '/api/v1/travels?country=KEN', status: 200 },
    { url: '/api/v1/travels?continent=Africa&role=president&from=2000', status: 200 },
    { url: '/api/v1/travels?country=KEN&format=csv', status: 200 },
    { url: '/api/v1/travels?role=king', status: 400 },
    { url: '/api/v1/travels?country=Narnia', status: 404 },
  ],
  '/api/v1/travels/last': [
    { url: '/api/v1/travels/last?country=KEN&role=president&before=2024-01-01', status: 200 },
    { url: '/api/v1/travels/last?country=KEN&format=csv', status: 200 },
    { url: '/api/v1/travels/last?before=2024-13-01', status: 400 },
    { url: '/api/v1/travels/last?continent=Atlantis', status: 404 },
  ],
  '/api/v1/travels/counts': [
    { url: '/api/v1/travels/counts?country=KEN', status: 200 },
    { url: '/api/v1/travels/counts?continent=Africa&by=country&format=csv', status: 200 },
    { url: '/api/v1/travels/counts?by=month', status: 400 },
    { url: '/api/v1/travels/counts?country=Narnia', status: 404 },
  ],
  '/api/v1/idealpoints': [
    { url: '/api/v1/idealpoints?country=KEN,USA,CHN&from=2015', status: 200 },
    { url: '/api/v1/idealpoints?from=2021', status: 200 },
    { url: '/api/v1/idealpoints?country=SUN&to=1960&format=csv', status: 200 },
    { url: '/api/v1/idealpoints?from=2021&to=2001', status: 400 },
    { url: '/api/v1/idealpoints?issue=hr', status: 400 },
    { url: '/api/v1/idealpoints?country=RUS&to=1980', status: 404 },
    { url: '/api/v1/idealpoints?country=Narnia', status: 404 },
  ],
  '/api/v1/trade/{country}': [
    { url: '/api/v1/trade/KEN?year=2020', status: 200 },
    { url: '/api/v1/trade/KEN?top=0&flow=exports', status: 200 },
    { url: '/api/v1/trade/KEN?series=true&poles=EU,CHN&from=2010', status: 200 },
    { url: '/api/v1/trade/KEN?series=true&from=2015&format=csv', status: 200 },
    { url: '/api/v1/trade/KEN?year=2020&format=csv', status: 200 },
    { url: '/api/v1/trade/KEN?year=1950', status: 400 },
    { url: '/api/v1/trade/KEN?series=true&year=2020', status: 400 },
    { url: '/api/v1/trade/KEN?flow=services', status: 400 },
    { url: '/api/v1/trade/Narnia', status: 404 },
  ],
  '/api/v1/investment/{country}': [
    { url: '/api/v1/investment/KEN', status: 200 },
    { url: '/api/v1/investment/KEN?year=2020&poles=USA,DEU', status: 200 },
    { url: '/api/v1/investment/KEN?poles=EU,CHN', status: 200 },
    { url: '/api/v1/investment/KEN?format=csv', status: 200 },
    { url: '/api/v1/investment/KEN?year=2013', status: 400 },
    { url: '/api/v1/investment/KEN?colour=red', status: 400 },
    { url: '/api/v1/investment/WAKANDA', status: 404 },
  ],
  '/api/v1/aid/{country}': [
    { url: '/api/v1/aid/KEN', status: 200 },
    { url: '/api/v1/aid/KEN?from=2015&to=2021&poles=CHN,USA', status: 200 },
    { url: '/api/v1/aid/KEN?format=csv', status: 200 },
    { url: '/api/v1/aid/KEN?from=2021&to=2015', status: 400 },
    { url: '/api/v1/aid/KEN?poles=USA', status: 400 },
    { url: '/api/v1/aid/WAKANDA', status: 404 },
  ],
  '/api/v1/finance-distribution': [
    { url: '/api/v1/finance-distribution?year=2019', status: 200 },
    { url: '/api/v1/finance-distribution?year=2024&multilaterals=none&poles=USA,CHN', status: 200 },
    { url: '/api/v1/finance-distribution?year=2019&format=csv', status: 200 },
    { url: '/api/v1/finance-distribution?year=1990', status: 400 },
    { url: '/api/v1/finance-distribution', status: 400 },
    { url: '/api/v1/finance-distribution?year=2019&poles=USA', status: 400 },
  ],
  '/api/v1/debt/{country}': [
    { url: '/api/v1/debt/KEN?year=2024&poles=USA,CHN', status: 200 },
    { url: '/api/v1/debt/KEN', status: 200 },
    { url: '/api/v1/debt/KEN?series=true&poles=USA,CHN', status: 200 },
    { url: '/api/v1/debt/KEN?series=true&format=csv', status: 200 },
    { url: '/api/v1/debt/KEN?year=2024&format=csv', status: 200 },
    { url: '/api/v1/debt/KEN?from=2010', status: 400 },
    { url: '/api/v1/debt/KEN?poles=USA', status: 400 },
    { url: '/api/v1/debt/USA', status: 404 },
    { url: '/api/v1/debt/IDN?year=2022&measure=service&poles=USA,CHN', status: 200 },
    { url: '/api/v1/debt/IDN?measure=service&poles=USA,CHN&multilaterals=none', status: 200 },
    { url: '/api/v1/debt/IDN?series=true&poles=USA,CHN', status: 200 },
    { url: '/api/v1/debt/IDN?series=true&format=csv', status: 200 },
    { url: '/api/v1/debt/IDN?year=2022&format=csv', status: 200 },
    { url: '/api/v1/debt/KEN?measure=service&year=2024', status: 200 },
    { url: '/api/v1/debt/IDN?measure=stock', status: 404 },
    { url: '/api/v1/debt/KEN?multilaterals=all', status: 400 },
    { url: '/api/v1/debt/KEN?measure=flows', status: 400 },
  ],
  '/api/v1/loans': [
    { url: '/api/v1/loans?country=KEN&search=sgr', status: 200 },
    { url: '/api/v1/loans?country=KEN&lenderCountry=CHN&source=cla', status: 200 },
    { url: '/api/v1/loans?country=KEN&search=railway&format=csv', status: 200 },
    { url: '/api/v1/loans?source=imf', status: 400 },
    { url: '/api/v1/loans?country=Narnia', status: 404 },
  ],
  '/api/v1/loan': [
    { url: '/api/v1/loan?amount=1600&rate=2&maturity=20&grace=7', status: 200 },
    { url: '/api/v1/loan?amount=1600&rate=2&maturity=20&grace=7&discount=7&schedule=true', status: 200 },
    {
      url: '/api/v1/loan?amount=1000&reference=4/4.5/5&margin=2.5&maturity=10&profile=annuity&group=LIC',
      status: 200,
    },
    { url: '/api/v1/loan?amount=1600&rate=2&maturity=20&grace=7&schedule=true&format=csv', status: 200 },
    { url: '/api/v1/loan?amount=1600&rate=2&maturity=5&grace=7', status: 400 },
    { url: '/api/v1/loan?amount=-5&rate=2&maturity=20', status: 400 },
    { url: '/api/v1/loan?rate=2&maturity=20', status: 400 },
    { url: '/api/v1/loan?amount=1600&rate=2&maturity=20&currency=XYZ', status: 400 },
  ],
  '/api/v1/refinance': [
    {
      url: '/api/v1/refinance?from=amount=1500,rate=9.75,maturity=7,profile=bullet&to=rate=2,maturity=20,grace=7',
      status: 200,
    },
    {
      url: '/api/v1/refinance?from=amount=1500,rate=9.75,maturity=7,profile=bullet&to=rate=2,maturity=20,grace=7&format=csv',
      status: 200,
    },
    { url: '/api/v1/refinance?from=amount=1500,rate=x&to=rate=2,maturity=5', status: 400 },
    { url: '/api/v1/refinance?from=amount=1500,rate=5,maturity=7', status: 400 },
  ],
  '/api/v1/check': [
    {
      url: '/api/v1/check',
      method: 'POST',
      body: { claims: [{ type: 'largest-partner', country: 'KEN', partner: 'CHN', measure: 'total' }] },
      status: 200,
    },
    {
      url: '/api/v1/check?format=csv',
      method: 'POST',
      body: [{ type: 'largest-partner', country: 'KEN', partner: 'USA', measure: 'total' }],
      status: 200,
    },
    { url: '/api/v1/check', method: 'POST', body: { claims: [{ type: 'nope' }] }, status: 400 },
    { url: '/api/v1/check', method: 'POST', body: { claims: [] }, status: 400 },
  ],
  '/api/v1/check/text': [
    {
      url: '/api/v1/check/text',
      method: 'POST',
      body: { text: 'China remains Kenya’s largest trading partner. The weather was fine.' },
      status: 200,
    },
    { url: '/api/v1/check/text', method: 'POST', body: { text: '' }, status: 200 },
    { url: '/api/v1/check/text', method: 'POST', body: { text: 'abc\u0000\u0001def' }, status: 400 },
    { url: '/api/v1/check/text', method: 'POST', body: { txt: 'China' }, status: 400 },
    { url: '/api/v1/check/text', method: 'POST', body: { text: 'x'.repeat(300 * 1024) }, status: 413 },
  ],
  '/api/v1/check/examples/{name}': [
    { url: '/api/v1/check/examples/seed', status: 200 },
    { url: '/api/v1/check/examples/seed?format=csv', status: 200 },
    { url: '/api/v1/check/examples/other', status: 400 },
  ],
};

let app: FastifyInstance;
let close: () => Promise<void>;
let doc: {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });

before(async () => {
  ({ app, close } = await testServer());
  const res = await app.inject('/api/v1/openapi.json');
  assert.equal(res.statusCode, 200);
  doc = JSON.parse(res.body);
  ajv.addSchema(doc, 'openapi');
});
after(() => close());

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with every route under /api/v1 and named component schemas', () => {
    const d = doc as unknown as { openapi: string; components: { schemas: Record<string, unknown> } };
    assert.equal(d.openapi, '3.1.0');
    for (const p of Object.keys(doc.paths)) assert.ok(p.startsWith('/api/v1/'), p);
    assert.ok(d.components.schemas.Problem);
    assert.ok(d.components.schemas.Country);
  });

  it('every documented path has contract samples, and every sample a documented path', () => {
    assert.deepEqual(Object.keys(doc.paths).sort(), Object.keys(samples).sort());
  });

  it('every data route declares JSON and CSV answers and problem details for 400 and 404', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (path === '/api/v1/health' || path === '/api/v1/meta') continue;
      for (const op of Object.values(ops)) {
        assert.ok(op.responses['200'].content?.['application/json'], path);
        assert.ok(op.responses['200'].content?.['text/csv'], path);
        assert.ok(op.responses['400'].content?.['application/problem+json'], path);
        assert.ok(op.responses['404'].content?.['application/problem+json'], path);
      }
    }
  });
});

describe('answers match the document', () => {
  for (const [path, list] of Object.entries(samples)) {
    for (const sample of list) {
      it(`${sample.method ?? 'GET'} ${sample.url} -> ${sample.status}`, async () => {
        const method = sample.method ?? 'GET';
        const res = await app.inject({
          method,
          url: sample.url,
          ...(sample.body !== undefined && { payload: sample.body as object }),
        });
        assert.equal(res.statusCode, sample.status, res.body);
        const op = doc.paths[path][method.toLowerCase()];
        assert.ok(op, `${method} ${path} is documented`);
        const declared = op.responses[String(sample.status)];
        assert.ok(declared, `status ${sample.status} is declared for ${path}`);
        const mediaType = String(res.headers['content-type']).split(';')[0].trim();
        assert.ok(declared.content?.[mediaType], `${mediaType} is declared for ${sample.status} on ${path}`);
        if (mediaType === 'application/vnd.apache.parquet') {
          assert.equal(res.rawPayload.subarray(0, 4).toString(), 'PAR1');
          return;
        }
        if (mediaType === 'text/csv') {
          // The CSV carries the JSON answer's fields, one line per record.
          const json = JSON.parse(
            (
              await app.inject({
                method,
                url: sample.url.replace(/[?&]format=csv/, ''),
                ...(sample.body !== undefined && { payload: sample.body as object }),
              })
            ).body,
          );
          const lines = res.body.trimEnd().split('\n');
          const header = lines[0].split(',');
          const keys = new Set<string>();
          const collect = (v: unknown): void => {
            if (Array.isArray(v)) v.forEach(collect);
            else if (v && typeof v === 'object')
              for (const [k, x] of Object.entries(v)) {
                keys.add(k);
                collect(x);
              }
          };
          collect(json);
          // first/second: the poles' ids beside their figures (TradeSeries names them in `poles`).
          const derived = new Set(['first', 'second']);
          for (const h of header) assert.ok(keys.has(h) || derived.has(h), `CSV column ${h} is a JSON field`);
          if (Array.isArray(json)) assert.equal(lines.length - 1, json.length);
          assert.ok(res.body.endsWith('\n'));
          return;
        }
        const ref = `openapi#/${pointer('paths', path, method.toLowerCase(), 'responses', String(sample.status), 'content', mediaType, 'schema')}`;
        const valid = ajv.validate({ $ref: ref }, JSON.parse(res.body));
        assert.ok(valid, `${sample.url}: ${ajv.errorsText(ajv.errors)}`);
        if (sample.status >= 400) {
          const problem = JSON.parse(res.body);
          assert.equal(problem.status, sample.status);
          if (sample.status === 400) assert.ok(problem.parameter, 'a 400 names the parameter');
        }
      });
    }
  }

  it('an unknown country answers 404 with suggestions', async () => {
    const res = await app.inject('/api/v1/countries/Kenia');
    assert.equal(res.statusCode, 404);
    const problem = JSON.parse(res.body);
    assert.equal(problem.parameter, 'country');
    assert.equal(problem.in, 'path');
    assert.ok(
      problem.suggestions.some((s: string) => s.startsWith('KEN')),
      res.body,
    );
  });

  it("the profile is the query's: same headline and dimensions as bearingProfile", async () => {
    const res = await app.inject('/api/v1/profile/KEN?year=2019');
    const p = JSON.parse(res.body);
    assert.equal(p.country, 'KEN');
    assert.equal(p.year, 2019);
    assert.deepEqual(p.poles, ['USA', 'CHN']);
    assert.match(p.headline, /^Kenya 2019: /);
    for (const d of ['votes', 'trade', 'finance', 'visits']) assert.ok(d in p.dimensions);
    // Numbers are rounded to 6 significant digits; precision=full gives the doubles unrounded.
    const numbers = (text: string) => [...text.matchAll(/[:[,](-?\d+\.\d+(?:e-?\d+)?)/g)].map((m) => m[1]);
    const digits = (n: string) => n.replace(/^-?0\.0*|[.-]|e.*$/g, '').length;
    assert.ok(numbers(res.body).length > 5);
    for (const n of numbers(res.body)) assert.ok(digits(n) <= 6, n);
    const full = await app.inject('/api/v1/profile/KEN?year=2019&precision=full');
    assert.ok(
      numbers(full.body).some((n) => digits(n) > 6),
      'full precision keeps the doubles',
    );
  });

  it('include=none: the same profile without its series (the series does not depend on the year)', async () => {
    const whole = JSON.parse((await app.inject('/api/v1/profile/KEN?year=2019')).body);
    const slim = JSON.parse((await app.inject('/api/v1/profile/KEN?year=2019&include=none')).body);
    assert.ok(whole.series.length > 20);
    assert.equal('series' in slim, false);
    const { series, ...rest } = whole;
    assert.deepEqual(slim, rest);
    const other = JSON.parse((await app.inject('/api/v1/profile/KEN?year=2010')).body);
    assert.deepEqual(other.series, series);
    // CSV is the series: include does not change it.
    const csv = (q: string) => app.inject(`/api/v1/profile/KEN?year=2019&format=csv${q}`);
    assert.equal((await csv('&include=none')).body, (await csv('')).body);
  });

  it("the seed article's gap: the last African state visit before 2024-05-23 is Ghana, 2008-09-14, 15.7 years", async () => {
    const res = await app.inject('/api/v1/visits/last?type=state&continent=Africa&before=2024-05-23');
    const [v] = JSON.parse(res.body);
    assert.equal(v.country, 'GHA');
    assert.equal(v.date, '2008-09-14');
    assert.equal(Math.round(v.gapYears * 10) / 10, 15.7);
  });

  it('the loan calculator gives the known case: grant element 28.6% at 5%, 42.0% at 7%', async () => {
    const at5 = JSON.parse((await app.inject('/api/v1/loan?amount=1600&rate=2&maturity=20&grace=7')).body);
    const at7 = JSON.parse(
      (await app.inject('/api/v1/loan?amount=1600&rate=2&maturity=20&grace=7&discount=7')).body,
    );
    assert.equal(at5.grantElement.toFixed(1), '28.6');
    assert.equal(at7.grantElement.toFixed(1), '42.0');
    assert.equal(at5.imf.concessional, false);
  });

  it("China is Kenya's largest trading partner in 2020 by total trade", async () => {
    const t = JSON.parse((await app.inject('/api/v1/trade/KEN?year=2020&top=1')).body);
    assert.equal(t.partners[0].partner, 'CHN');
  });

  it('the API agrees with the CLI query: Kenya votes with China far more than with the US', async () => {
    const res = await app.inject('/api/v1/agreement/KEN?with=USA,CHN&from=2019&to=2019');
    const rows = JSON.parse(res.body) as { partner: string; agreement: number }[];
    const by = Object.fromEntries(rows.map((r) => [r.partner, r.agreement]));
    assert.ok(by.CHN > 0.8 && by.USA < 0.4, res.body);
  });
});
