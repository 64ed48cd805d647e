import { useEffect } from 'preact/hooks';
import { useCaps, useCountries, useMeta } from './data';
import { AboutPage } from './pages/AboutPage';
import { ArticlePage } from './pages/article/ArticlePage';
import { CountryPage } from './pages/CountryPage';
import { EmbedPage } from './pages/EmbedPage';
import { LoanPage } from './pages/LoanPage';
import { MapPage } from './pages/MapPage';
import { useRoute } from './route';

export function App() {
  const route = useRoute();
  const caps = useCaps();
  const countries = useCountries();
  const meta = useMeta();
  useEffect(() => {
    document.documentElement.classList.toggle('is-embed', route.page === 'embed');
    if (route.page !== 'embed') window.scrollTo(0, 0);
  }, [route.page, route.country]);
  useEffect(() => {
    const t =
      route.page === 'country' && route.country && countries
        ? countries.name(route.country)
        : route.page === 'loan'
          ? 'Loan terms'
          : route.page === 'article'
            ? 'Check an article'
            : route.page === 'about'
              ? 'About'
              : 'Which way does each country face?';
    document.title = `${t} — bearing`;
  }, [route.page, route.country, countries]);

  const ready =
    caps &&
    countries &&
    (meta ||
      route.page === 'country' ||
      route.page === 'loan' ||
      route.page === 'article' ||
      route.page === 'about');
  const body = !ready ? (
    <main id="main" class="page" aria-busy="true">
      <p class="muted">Loading…</p>
    </main>
  ) : route.page === 'about' ? (
    <AboutPage meta={meta} caps={caps} />
  ) : route.page === 'article' ? (
    <ArticlePage route={route} />
  ) : route.page === 'country' ? (
    <CountryPage route={route} caps={caps} countries={countries} />
  ) : route.page === 'loan' ? (
    <LoanPage route={route} caps={caps} />
  ) : route.page === 'embed' ? (
    <EmbedPage route={route} caps={caps} countries={countries} meta={meta} />
  ) : (
    <MapPage route={route} caps={caps} countries={countries} meta={meta} />
  );
  if (route.page === 'embed') return body;
  return (
    <>
      <button
        type="button"
        class="skip"
        onClick={(e) => {
          e.preventDefault();
          const main = document.getElementById('main');
          main?.setAttribute('tabindex', '-1');
          main?.focus();
        }}
      >
        Skip to content
      </button>
      <header class="site-head">
        <a class="brand" href="#/">
          <svg width="22" height="22" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5" />
            <path d="M8 2l2 6-2 6-2-6z" fill="#c2610c" />
          </svg>
          bearing
        </a>
        <nav aria-label="Main">
          <a href="#/" aria-current={route.page === 'map' ? 'page' : undefined}>
            Map
          </a>
          <a href="#/country/KEN" aria-current={route.page === 'country' ? 'page' : undefined}>
            Countries
          </a>
          <a href="#/loan" aria-current={route.page === 'loan' ? 'page' : undefined}>
            Loans
          </a>
          <a href="#/article" aria-current={route.page === 'article' ? 'page' : undefined}>
            Check an article
          </a>
          <a href="#/about" aria-current={route.page === 'about' ? 'page' : undefined}>
            About
          </a>
          <a href="/api/docs/" class="ext">
            API
          </a>
        </nav>
      </header>
      {body}
      <footer class="site-foot">
        <p>
          bearing measures, from public data, which way a country faces between the powers it deals with.
          Every chart names its source; every number comes from the{' '}
          <a href="/api/v1/openapi.json">open API</a>.
        </p>
      </footer>
    </>
  );
}
