export { type ContactEvent, mergeStays, yearlyIntensity } from './stays.js';
export { twoWayVisits, visitWindowYears } from './twoWay.js';
