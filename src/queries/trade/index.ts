// Trade queries (IMF DOTS, and IMTS files a user adds): one file per question, exported here.
export { type TradeGroupRow, tradeGroupPartners } from './groups.js';
export { tradeIndicators } from './indicators.js';
export { type PartnerSeriesResult, type PartnerYearRow, tradePartnerSeries } from './partnerSeries.js';
export { type TradePartnerRow, type TradePartnersResult, tradePartners } from './partners.js';
export { type TradeSeriesResult, type TradeSeriesRow, tradeSeries } from './series.js';
