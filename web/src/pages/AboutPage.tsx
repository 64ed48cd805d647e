// #/about: what bearing is, the data it rests on (from the snapshot's manifest), where the methods
// are written down (served beside the dashboard, relative links), the distribution of finance positions,
// and how to get the data out (API, downloads).
import { isStaticSite } from '../api';
import { financeDistributionChart } from '../charts/financeDistribution';
import type { ChartContext } from '../charts/types';
import { PlotFigure } from '../components/PlotFigure';
import type { Meta } from '../data';
import { defaultPoles } from '../route';
import { aboutSources, apiLinks, methodsHref, methodsTopics } from './about';

export function AboutPage({ meta, caps }: { meta: Meta | undefined; caps: Set<string> | undefined }) {
  const links = apiLinks(isStaticSite());
  const ctx: ChartContext = {
    country: '',
    countryName: '',
    year: undefined,
    poles: defaultPoles,
    poleNames: ['United States', 'China'],
    caps: caps ?? new Set(),
  };
  return (
    <main id="main" class="page about-page">
      <section class="intro">
        <h1>About bearing</h1>
        <p class="lede">
          bearing measures, from public data, which way a country faces between two powers (by default the
          United States and China): how it votes at the UN, whom it trades with, owes money to and takes
          investment and aid from, who arms it and allies with it, who visits whom, and (shown, not counted)
          whose values it shares. Every figure names the publisher's file and row it comes from, and a missing
          figure is shown as missing, never as zero.
        </p>
      </section>
      <section aria-labelledby="about-data">
        <h2 id="about-data">The data</h2>
        {meta ? (
          <table class="about-sources">
            <thead>
              <tr>
                <th scope="col">Dataset</th>
                <th scope="col">Publisher</th>
                <th scope="col">Version</th>
                <th scope="col">Years</th>
                <th scope="col">Licence</th>
              </tr>
            </thead>
            <tbody>
              {aboutSources(meta).map((s) => (
                <tr key={s.id} data-dataset={s.id}>
                  <td>{s.title}</td>
                  <td>{s.publisher}</td>
                  <td>{s.version}</td>
                  <td>{s.years}</td>
                  <td>{s.license}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">Loading the snapshot's contents…</p>
        )}
        <p>
          Every table can be downloaded as Parquet or CSV with its provenance:{' '}
          <a href={links.tables}>the list of tables</a>.{' '}
          {links.docs ? (
            <>
              The <a href={links.docs}>API documentation</a> lists every question the dashboard asks (the{' '}
              <a href={links.index}>API index</a> in one page).
            </>
          ) : (
            <>
              The API documentation and index need the live API (<code>bearing serve</code>); this copy of the
              site has precomputed answers only.
            </>
          )}
        </p>
      </section>
      <section aria-labelledby="about-methods">
        <h2 id="about-methods">Methods</h2>
        <p>
          Each measure is written down, with its formula, conventions and references (the source repository's{' '}
          <code>docs/methods/</code>, served with this site):
        </p>
        <ul class="about-methods">
          {methodsTopics.map((m) => (
            <li key={m.file}>
              <a href={methodsHref(m.file)}>{m.topic}</a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="about-finance">
        <h2 id="about-finance">Finance positions across all debtors</h2>
        <p>
          How the finance dimension's positions spread over every World Bank IDS debtor, counting lending
          through IDA and IBRD toward each pole by its votes (the default) or counting country creditors only.
          Without the attribution most debtors sit at an end ("saturated"); see{' '}
          <a href={methodsHref('finance.md')}>the finance methods</a>.
        </p>
        {caps ? (
          <PlotFigure spec={financeDistributionChart} ctx={ctx} noEmbed />
        ) : (
          <p class="muted">Loading…</p>
        )}
      </section>
    </main>
  );
}
