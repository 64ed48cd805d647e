// The map's settings: measure, poles, year, and a country search. Each writes the URL.
import { useState } from 'preact/hooks';
import { PoleOptions } from '../../components/PoleOptions';
import { bestCountry, type CountryMatch, matchCountries } from '../../countrySearch';
import type { Countries } from '../../data';
import { updateParams } from '../../route';
import { type MapState, pickPole } from './state';

export function Controls({
  state,
  countries,
  open,
}: {
  state: MapState;
  countries: Countries;
  open: (id: string) => void;
}) {
  const { poles, poleNames, metrics, metric, years, lastYear, year } = state;
  const [query, setQuery] = useState('');
  const [suggestions, setSuggestions] = useState<CountryMatch[] | null>(null);
  return (
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
        {([0, 1] as const).map((i) => (
          <select
            key={i}
            aria-label={i === 0 ? 'First pole' : 'Second pole'}
            value={poles[i]}
            onChange={(e) => {
              const next = pickPole(poles, i, e.currentTarget.value);
              if (next) updateParams({ poles: next.join(',') });
            }}
          >
            <PoleOptions current={poles[i]} other={poles[1 - i]} name={(id) => countries.name(id)} />
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
          min={years[0] ?? 1946}
          max={lastYear ?? 2024}
          step={1}
          value={year ?? lastYear ?? 2024}
          disabled={years.length === 0}
          aria-valuetext={String(year ?? '')}
          onInput={(e) => updateParams({ year: e.currentTarget.value })}
        />
      </label>
      <form
        class="search"
        aria-label="Find a country"
        onSubmit={(e) => {
          e.preventDefault();
          const matches = matchCountries(countries.list, query);
          const hit = bestCountry(matches);
          if (hit) {
            setSuggestions(null);
            open(hit.id);
          } else setSuggestions(matches);
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
        {suggestions && (
          <p class="suggestions" role="status">
            {suggestions.length === 0 ? (
              <>No country matches “{query}”.</>
            ) : (
              <>
                Did you mean{' '}
                {suggestions.map((m, i) => (
                  <span key={m.country.id}>
                    {i > 0 && (i === suggestions.length - 1 ? ' or ' : ', ')}
                    <button type="button" class="link" onClick={() => open(m.country.id)}>
                      {m.country.name}
                    </button>
                  </span>
                ))}
                ?
              </>
            )}
          </p>
        )}
      </form>
    </section>
  );
}
