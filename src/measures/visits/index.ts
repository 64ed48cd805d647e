export { type Level, levelWeights, stayGapDays } from './levels.js';
export { type ContactEvent, mergeStays, type Stay, type YearlyIntensity, yearlyIntensity } from './stays.js';
export { type TwoWayInput, type TwoWayReading, twoWayVisits, visitWindowYears } from './twoWay.js';
