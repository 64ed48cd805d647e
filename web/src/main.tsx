import { render } from 'preact';
import { capabilities, hasEndpoint } from './api';
import { App } from './app';
import { loadCountries, loadMeta, voteYears } from './data';
import { loadWorld } from './map/load';
import { loadRank } from './pages/map/load';
import { loadPlot } from './plot';
import { parseRoute, polesOf, yearOf } from './route';
import './styles.css';

// Start every first-load request at once rather than one after another.
void capabilities();
void loadCountries();
void loadMeta().catch(() => undefined);
const route = parseRoute(location.hash);
if (route.page === 'map' || (route.page === 'embed' && route.chart === 'map')) {
  void loadWorld().catch(() => undefined);
  // The map's default colouring (the overall bearing) as soon as the year is known, before the first render.
  const metric = route.params.get('metric');
  if (!metric || metric === 'position' || metric === 'balance')
    void Promise.all([capabilities(), loadMeta()])
      .then(([caps, meta]) => {
        const year = yearOf(route.params) ?? voteYears(meta)?.to;
        if (year && hasEndpoint(caps, 'rank')) return loadRank({ caps, poles: polesOf(route.params), year });
      })
      .catch(() => undefined);
} else {
  // Every other page draws with Observable Plot: fetch it beside the data, not after.
  void loadPlot().catch(() => undefined);
}

render(<App />, document.getElementById('app')!);
