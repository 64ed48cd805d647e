import { defineChart } from '../types';
import { loadLeaderVisits } from './load';
import { renderLeaderVisits } from './render';
import { shapeLeaderVisits } from './shape';

// Visits both ways with both poles: the US record (Historian) and China's (China Vitae, 2003-2018).
export const leaderVisitsChart = defineChart({
  id: 'leader-visits',
  needs: ['leader-visits'],
  title: (v) => `Leaders' visits between ${v.countryName} and the US and China`,
  source:
    'US Department of State, Office of the Historian (visits to the US; trips of the president and secretary of state); China Vitae via G. B. Walker (trips and visitors of China’s president, premier and foreign minister, 2003-2018, classified by rule: docs/methods/visits.md).',
  load: loadLeaderVisits,
  shape: shapeLeaderVisits,
  render: renderLeaderVisits,
});
