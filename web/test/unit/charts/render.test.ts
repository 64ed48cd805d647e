// SVG snapshots of every chart: hand-made answer -> shape -> render in Node (fake DOM, fixed width),
// compared with web/test/snapshots/<chart>.svg (.html when Plot wraps a legend in a figure).
// After a deliberate change: UPDATE_SNAPSHOTS=1 node scripts/test.mjs web/test/unit/charts/render
// and review the diff.
import { describe, it } from 'node:test';
import { renderAgreement } from '../../../src/charts/agreement/render';
import { shapeAgreement } from '../../../src/charts/agreement/shape';
import { renderAid } from '../../../src/charts/aid/render';
import { shapeAid } from '../../../src/charts/aid/shape';
import { renderAlliances } from '../../../src/charts/alliances/render';
import { shapeAlliances } from '../../../src/charts/alliances/shape';
import { renderArms } from '../../../src/charts/arms/render';
import { shapeArms } from '../../../src/charts/arms/shape';
import { renderBearing } from '../../../src/charts/bearing/render';
import { shapeBearing } from '../../../src/charts/bearing/shape';
import { renderBearingSeries } from '../../../src/charts/bearingSeries/render';
import { shapeBearingSeries } from '../../../src/charts/bearingSeries/shape';
import { renderCreditors } from '../../../src/charts/creditors/render';
import { shapeCreditors } from '../../../src/charts/creditors/shape';
import { renderDebtService } from '../../../src/charts/debtService/render';
import { shapeDebtService } from '../../../src/charts/debtService/shape';
import { renderFinanceDistribution } from '../../../src/charts/financeDistribution/render';
import { shapeFinanceDistribution } from '../../../src/charts/financeDistribution/shape';
import { renderIdealPoints } from '../../../src/charts/idealPoints/render';
import { shapeIdealPoints } from '../../../src/charts/idealPoints/shape';
import { renderInvestment } from '../../../src/charts/investment/render';
import { shapeInvestment } from '../../../src/charts/investment/shape';
import { renderLeaderVisits } from '../../../src/charts/leaderVisits/render';
import { shapeLeaderVisits } from '../../../src/charts/leaderVisits/shape';
import { renderSponsorship } from '../../../src/charts/sponsorship/render';
import { shapeSponsorship } from '../../../src/charts/sponsorship/shape';
import { renderTradePartners } from '../../../src/charts/tradePartners/render';
import { shapeTradePartners } from '../../../src/charts/tradePartners/shape';
import { renderTradeRank } from '../../../src/charts/tradeRank/render';
import { shapeTradeRank } from '../../../src/charts/tradeRank/shape';
import { renderTradeTilt } from '../../../src/charts/tradeTilt/render';
import { shapeTradeTilt } from '../../../src/charts/tradeTilt/shape';
import type { ChartData, ChartView } from '../../../src/charts/types';
import { renderValues } from '../../../src/charts/values/render';
import { shapeValues } from '../../../src/charts/values/shape';
import { renderVisits } from '../../../src/charts/visits/render';
import { shapeVisits } from '../../../src/charts/visits/shape';
import type { PlotModule } from '../../../src/plot';
import { assertSnapshot, nodePlot } from '../../support/snapshot';
import * as f from './fixtures';

const width = 640;

function snapshot<A, D extends ChartData>(
  name: string,
  answer: A,
  shape: (a: A, v: ChartView) => D | null,
  render: (Plot: PlotModule, d: D, v: ChartView, w: number) => Element,
) {
  it(name, () => {
    const data = shape(answer, f.view);
    if (!data) throw new Error(`${name}: the fixture shapes to nothing`);
    const { Plot } = nodePlot();
    assertSnapshot(name, render(Plot, data, f.view, width));
  });
}

describe('chart snapshots', () => {
  snapshot('bearing', f.profile, shapeBearing, renderBearing);
  snapshot('bearing-series', f.profile, shapeBearingSeries, renderBearingSeries);
  snapshot('agreement', f.agreement, shapeAgreement, renderAgreement);
  snapshot('sponsorship', f.sponsorship, shapeSponsorship, renderSponsorship);
  snapshot('idealpoints', f.idealPoints, shapeIdealPoints, renderIdealPoints);
  snapshot('trade', f.tradePartners, shapeTradePartners, renderTradePartners);
  snapshot('trade-rank', f.tradeRank, shapeTradeRank, renderTradeRank);
  snapshot('trade-tilt', f.tradeSeries, shapeTradeTilt, renderTradeTilt);
  snapshot('creditors', f.debtExposure, shapeCreditors, renderCreditors);
  snapshot('creditors-service', f.debtService, shapeCreditors, renderCreditors);
  snapshot('debt-service', f.debtSeries, shapeDebtService, renderDebtService);
  snapshot('values', f.valuesSeries, shapeValues, renderValues);
  snapshot('investment', f.investment, shapeInvestment, renderInvestment);
  snapshot('aid', f.aid, shapeAid, renderAid);
  snapshot('arms', f.armsImports, shapeArms, renderArms);
  snapshot('alliances', f.securitySeries, shapeAlliances, renderAlliances);
  snapshot('visits', { visits: f.visits, travels: f.travels }, shapeVisits, renderVisits);
  snapshot('leader-visits', f.leaderVisitCounts, shapeLeaderVisits, renderLeaderVisits);
  snapshot(
    'finance-distribution',
    f.financeDistributions,
    shapeFinanceDistribution,
    renderFinanceDistribution,
  );
});
