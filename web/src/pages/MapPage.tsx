// The world map page: state from the URL (map/state.ts), the metric's values from the API, and the
// views: settings (map/Controls), the map figure (map/MapFigure) and the extremes (map/Extremes).
import { useMemo } from 'preact/hooks';
import { type Countries, type Meta, useAsync } from '../data';
import type { MapValue } from '../map/shape';
import { href, type Route } from '../route';
import { Controls } from './map/Controls';
import { Extremes } from './map/Extremes';
import { MapFigure } from './map/MapFigure';
import { extremes, figureStatus, mapRows, mapState, mapSummary, ranked } from './map/state';

export function MapPage({
  route,
  caps,
  countries,
  meta,
  embedded,
}: {
  route: Route;
  caps: Set<string>;
  countries: Countries;
  meta: Meta | undefined;
  embedded?: boolean;
}) {
  const state = mapState(route.params, caps, countries, meta);
  const { metric, poles, year } = state;

  const data = useAsync(async () => {
    if (!metric || year === undefined) return undefined;
    return metric.load({ caps, poles, year, countries });
  }, [metric?.id, poles.join(','), year]);

  const values = data.value ?? new Map<string, MapValue>();
  const list = useMemo(() => ranked(values), [values]);
  const rows = useMemo(() => mapRows(list, metric?.column ?? 'value', year), [list]);
  const { top, bottom } = extremes(list);
  const open = (id: string) => {
    location.hash = href(`/country/${id}`, { year, poles: poles.join(',') });
  };

  const figure = (
    <MapFigure
      state={state}
      countries={countries}
      values={values}
      rows={rows}
      summary={mapSummary(list)}
      status={figureStatus(metric, data)}
      message={data.error?.message}
      keepChildren={data.value !== undefined}
      embedded={embedded}
      open={open}
    />
  );
  if (embedded)
    return (
      <main id="main" class="embed">
        {figure}
        <p class="embed-credit">
          <a
            href={href('/', { year, poles: poles.join(','), metric: metric?.id })}
            target="_blank"
            rel="noopener"
          >
            bearing · world map
          </a>
        </p>
      </main>
    );

  return (
    <main id="main" class="page map-page">
      <section class="intro">
        <h1>Which way does each country face?</h1>
        <p class="lede">
          Between {state.poleNames[0]} and {state.poleNames[1]}, measured from public records: how states vote
          at the UN, whom they trade with, whom they owe and who visits. Pick a country to test what its
          leaders say.
        </p>
      </section>
      <Controls state={state} countries={countries} open={open} />
      {figure}
      {rows.length > 0 && (
        <Extremes
          top={top}
          bottom={bottom}
          metric={metric}
          poleNames={state.poleNames}
          poles={poles}
          year={year}
        />
      )}
    </main>
  );
}
