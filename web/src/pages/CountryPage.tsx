import { useEffect } from 'preact/hooks';
import { ApiError, getJson } from '../api';
import { countrySections } from '../charts';
import type { ChartContext } from '../charts/types';
import { PlotFigure } from '../components/PlotFigure';
import { PoleOptions } from '../components/PoleOptions';
import { type Countries, type Country, useAsync } from '../data';
import { href, multilateralsOf, polesOf, type Route, updateParams, yearOf } from '../route';
import { Claims } from './Claims';
import { Headline } from './Headline';

export function CountryPage({
  route,
  caps,
  countries,
}: {
  route: Route;
  caps: Set<string>;
  countries: Countries;
}) {
  const id = route.country!;
  const poles = polesOf(route.params);
  const year = yearOf(route.params);
  const known = countries.byId.get(id);
  const section = route.params.get('section');
  useEffect(() => {
    if (section) document.getElementById(`section-${section}`)?.scrollIntoView({ block: 'start' });
  }, [section]);
  const resolved = useAsync(
    async () => known ?? (await getJson<Country>(`/countries/${encodeURIComponent(id)}`)),
    [id],
  );
  if (resolved.error) {
    const sugg = resolved.error instanceof ApiError ? (resolved.error.problem?.suggestions ?? []) : [];
    return (
      <main id="main" class="page">
        <h1>No country called “{id}”</h1>
        <p>{resolved.error.message}</p>
        {sugg.length > 0 && (
          <p>
            Did you mean{' '}
            {sugg.map((s, i) => (
              <span key={s}>
                {i > 0 && ', '}
                <a href={href(`/country/${s}`)}>{s}</a>
              </span>
            ))}
            ?
          </p>
        )}
        <p>
          <a href="#/">Back to the map</a>
        </p>
      </main>
    );
  }
  const country = resolved.pending ? undefined : resolved.value;
  if (!country) return <main id="main" class="page" aria-busy="true" />;
  if (country.id !== id) {
    location.replace(href(`/country/${country.id}`, Object.fromEntries(route.params)));
  }
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
    <main id="main" class="page country-page">
      <nav class="crumbs" aria-label="Breadcrumb">
        <a href={href('/', { year, poles: poles.join(',') })}>World map</a> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">{country.name}</span>
      </nav>
      <header class="country-head">
        <div>
          <p class="kicker">{[country.region, country.continent].filter(Boolean).join(' · ')}</p>
          <h1>{country.name}</h1>
        </div>
        <div class="controls compact">
          <label>
            <span>Year</span>
            <input
              type="number"
              min={1946}
              max={2100}
              value={year ?? ''}
              placeholder="latest"
              onChange={(e) => updateParams({ year: e.currentTarget.value || undefined })}
            />
          </label>
          <label>
            <span>Between</span>
            <select
              value={poles[0]}
              onChange={(e) =>
                e.currentTarget.value !== poles[1] &&
                updateParams({ poles: `${e.currentTarget.value},${poles[1]}` })
              }
            >
              <PoleOptions current={poles[0]} other={poles[1]} name={(id) => countries.name(id)} />
            </select>
          </label>
          <label>
            <span>and</span>
            <select
              value={poles[1]}
              onChange={(e) =>
                e.currentTarget.value !== poles[0] &&
                updateParams({ poles: `${poles[0]},${e.currentTarget.value}` })
              }
            >
              <PoleOptions current={poles[1]} other={poles[0]} name={(id) => countries.name(id)} />
            </select>
          </label>
          <label title="How debt owed to IDA and IBRD counts toward the poles (docs/methods/finance.md)">
            <span>Multilateral lenders</span>
            <select
              value={ctx.multilaterals ?? 'shareholders'}
              onChange={(e) => updateParams({ multilaterals: e.currentTarget.value })}
            >
              <option value="shareholders">by shareholders’ votes</option>
              <option value="none">to no one</option>
            </select>
          </label>
        </div>
      </header>
      <Headline ctx={ctx} />
      <nav class="toc" aria-label="Sections">
        {[...countrySections, { id: 'claims', title: 'Claims' }].map((sec) => (
          <a
            key={sec.id}
            href={href(`/country/${country.id}`, { ...Object.fromEntries(route.params), section: sec.id })}
          >
            {sec.title}
          </a>
        ))}
      </nav>
      {countrySections.map((sec) => (
        <section
          key={sec.id}
          id={`section-${sec.id}`}
          class="section"
          aria-labelledby={`section-${sec.id}-h`}
        >
          <header class="section-head">
            <h2 id={`section-${sec.id}-h`}>{sec.title}</h2>
            <p class="section-intro">{sec.intro}</p>
          </header>
          {sec.charts.map((spec) => (
            <PlotFigure key={spec.id} spec={spec} ctx={ctx} />
          ))}
        </section>
      ))}
      <section id="section-claims" class="section" aria-labelledby="section-claims-h">
        <header class="section-head">
          <h2 id="section-claims-h">Claims checked</h2>
          <p class="section-intro">
            What has been said about the country’s alignment, and what the data say.
          </p>
        </header>
        <Claims ctx={ctx} />
      </section>
    </main>
  );
}
