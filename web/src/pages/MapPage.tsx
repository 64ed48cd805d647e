import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Figure } from '../components/Figure';
import { Legend } from '../components/Legend';
import { type Countries, type Meta, poleChoices, useAsync, voteYears } from '../data';
import { type MapValue, WorldMap } from '../map/WorldMap';
import { colourFor, type ScaleKind } from '../palette';
import { href, polesOf, type Route, updateParams, yearOf } from '../route';
import { type MapMetric, mapMetrics } from './mapMetrics';

function useWidth(ref: { current: HTMLElement | null }): number {
  const [w, setW] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setW(Math.floor(el.clientWidth)));
    ro.observe(el);
    setW(Math.floor(el.clientWidth));
    return () => ro.disconnect();
  }, []);
  return w;
}

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
  const poles = polesOf(route.params);
  const poleNames: [string, string] = [countries.name(poles[0]), countries.name(poles[1])];
  const metrics = mapMetrics(caps);
  const metric: MapMetric = metrics.find((m) => m.id === route.params.get('metric')) ?? metrics[0];

  // The years of the vote record: the span of the slider.
  const span = voteYears(meta);
  const yearList = span ? Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i) : [];
  const lastYear = span?.to;
  const year = yearOf(route.params) ?? lastYear;

  const data = useAsync(async () => {
    if (!metric || year === undefined) return undefined;
    return metric.load({ caps, poles, year, countries });
  }, [metric?.id, poles.join(','), year]);

  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useWidth(wrapRef);

  const values = data.value ?? new Map<string, MapValue>();
  const rows = useMemo(
    () =>
      [...values.values()]
        .filter((v) => v.value !== null)
        .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
        .map((v) => ({ country: v.id, name: v.name, year, [metric?.column ?? 'value']: v.value })),
    [values],
  );
  const kind: ScaleKind = metric?.kind ?? 'sequential';
  const colour = (v: number | null) => colourFor(kind, v);
  const title = metric ? metric.title(poleNames, year) : 'No measure available';
  const open = (id: string) => {
    location.hash = href(`/country/${id}`, { year, poles: poles.join(',') });
  };
  const [query, setQuery] = useState('');
  const go = (q: string) => {
    const s = q.trim().toLowerCase();
    const hit =
      countries.list.find(
        (c) =>
          !c.historical &&
          (c.id.toLowerCase() === s || c.name.toLowerCase() === s || c.iso2?.toLowerCase() === s),
      ) ?? countries.list.find((c) => !c.historical && c.name.toLowerCase().startsWith(s));
    if (hit) open(hit.id);
  };

  const top = rows.slice(0, 5);
  const bottom = rows.slice(-5).reverse();
  const figure = (
    <Figure
      id="chart-map"
      title={title}
      subtitle={metric?.subtitle(poleNames, year)}
      source={metric?.source ?? ''}
      summary={
        rows.length
          ? `World map of ${rows.length} countries. Highest: ${top.map((r) => r.name).join(', ')}. Lowest: ${bottom.map((r) => r.name).join(', ')}.`
          : undefined
      }
      rows={rows}
      filename={`bearing-map-${metric?.id}-${poles.join('-')}-${year}`}
      embedHref={href('/embed/map', { year, poles: poles.join(','), metric: metric?.id })}
      chartRef={svgRef as unknown as { current: HTMLElement }}
      embedded={embedded}
      status={
        !metric ? 'unavailable' : data.error ? 'error' : data.value && !data.pending ? 'ready' : 'loading'
      }
      keepChildren={data.value !== undefined}
      message={data.error?.message}
    >
      <div class="map-legend">
        {metric && (
          <Legend
            id="map"
            colour={(v) => colourFor(kind, v)}
            domain={kind === 'diverging' ? [-1, 1] : [0, 1]}
            ticks={metric.ticks}
            left={metric.ends(poleNames)[0]}
            right={metric.ends(poleNames)[1]}
          />
        )}
        <span class="legend-missing">
          <i /> no data
        </span>
        <span class="legend-pole">
          <i /> pole
        </span>
      </div>
      <div ref={wrapRef} class="map-host">
        <WorldMap
          width={width}
          values={values}
          m49ToId={countries.m49ToId}
          colour={colour}
          highlight={poles}
          onOpen={open}
          svgRef={svgRef}
          label={`${title}. Each country is a link to its page.`}
        />
      </div>
    </Figure>
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
          Between {poleNames[0]} and {poleNames[1]}, measured from public records: how states vote at the UN,
          whom they trade with, whom they owe and who visits. Pick a country to test what its leaders say.
        </p>
      </section>
      <section class="controls" aria-label="Map settings">
        <label>
          <span>Measure</span>
          <select value={metric?.id} onChange={(e) => updateParams({ metric: e.currentTarget.value })}>
            {metrics.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label(poleNames)}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="poles">
          <legend>Poles</legend>
          {[0, 1].map((i) => (
            <select
              key={i}
              aria-label={i === 0 ? 'First pole' : 'Second pole'}
              value={poles[i]}
              onChange={(e) => {
                const next: [string, string] = [...poles];
                next[i] = e.currentTarget.value;
                if (next[0] !== next[1]) updateParams({ poles: next.join(',') });
              }}
            >
              {[...new Set([...poleChoices, poles[i]])].map((p) => (
                <option key={p} value={p} disabled={p === poles[1 - i]}>
                  {countries.name(p)}
                </option>
              ))}
            </select>
          ))}
          <button
            type="button"
            class="swap"
            aria-label="Swap the poles"
            title="Swap the poles"
            onClick={() => updateParams({ poles: `${poles[1]},${poles[0]}` })}
          >
            ⇄
          </button>
        </fieldset>
        <label class="year">
          <span>
            Year <output>{year ?? '…'}</output>
          </span>
          <input
            type="range"
            min={yearList[0] ?? 1946}
            max={lastYear ?? 2024}
            step={1}
            value={year ?? lastYear ?? 2024}
            disabled={yearList.length === 0}
            aria-valuetext={String(year ?? '')}
            onInput={(e) => updateParams({ year: e.currentTarget.value })}
          />
        </label>
        <form
          class="search"
          aria-label="Find a country"
          onSubmit={(e) => {
            e.preventDefault();
            go(query);
          }}
        >
          <label>
            <span>Find a country</span>
            <input
              type="search"
              list="country-names"
              placeholder="Kenya, KEN…"
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
          </label>
          <datalist id="country-names">
            {countries.list
              .filter((c) => !c.historical)
              .map((c) => (
                <option key={c.id} value={c.name} />
              ))}
          </datalist>
          <button type="submit">Open</button>
        </form>
      </section>

      {figure}

      {rows.length > 0 && (
        <section class="extremes" aria-label="Extremes">
          <div>
            <h2>Highest</h2>
            <ol>
              {top.map((r) => (
                <li key={r.country}>
                  <a href={href(`/country/${r.country}`, { year, poles: poles.join(',') })}>{r.name}</a>{' '}
                  <span class="muted">{metric?.format(r[metric.column] as number)}</span>
                </li>
              ))}
            </ol>
          </div>
          <div>
            <h2>Lowest</h2>
            <ol>
              {bottom.map((r) => (
                <li key={r.country}>
                  <a href={href(`/country/${r.country}`, { year, poles: poles.join(',') })}>{r.name}</a>{' '}
                  <span class="muted">{metric?.format(r[metric.column] as number)}</span>
                </li>
              ))}
            </ol>
          </div>
          <div class="note">
            <h2>Reading the map</h2>
            <p>
              {metric?.note(poleNames) ??
                'Colours use a palette that stays readable with the common colour-vision deficiencies.'}
            </p>
          </div>
        </section>
      )}
    </main>
  );
}
