import { chartById } from '../charts';
import type { ChartContext } from '../charts/types';
import { PlotFigure } from '../components/PlotFigure';
import type { Countries, Meta } from '../data';
import { href, multilateralsOf, polesOf, type Route, yearOf } from '../route';
import { MapPage } from './MapPage';

/** One chart alone, for an <iframe>: #/embed/<chart>/<country>?year=&poles= or #/embed/map?... */
export function EmbedPage({
  route,
  caps,
  countries,
  meta,
}: {
  route: Route;
  caps: Set<string>;
  countries: Countries;
  meta: Meta | undefined;
}) {
  if (route.chart === 'map')
    return <MapPage route={route} caps={caps} countries={countries} meta={meta} embedded />;
  const spec = route.chart ? chartById(route.chart) : undefined;
  const country = route.country ? countries.byId.get(route.country) : undefined;
  if (!spec || !country)
    return (
      <main id="main" class="embed">
        <p>Unknown chart or country.</p>
      </main>
    );
  const poles = polesOf(route.params);
  const year = yearOf(route.params);
  const ctx: ChartContext = {
    country: country.id,
    countryName: country.name,
    year,
    poles,
    poleNames: [countries.name(poles[0]), countries.name(poles[1])],
    caps,
    multilaterals: multilateralsOf(route.params),
  };
  return (
    <main id="main" class="embed">
      <PlotFigure spec={spec} ctx={ctx} embedded />
      <p class="embed-credit">
        <a
          href={href(`/country/${country.id}`, { year, poles: poles.join(',') })}
          target="_blank"
          rel="noopener"
        >
          bearing · {country.name}
        </a>
      </p>
    </main>
  );
}
