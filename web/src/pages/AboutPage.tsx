// #/about: what bearing is, the data it rests on (from the snapshot's manifest), where the methods
// are written down, and how to get the data out (API, downloads).
import type { Meta } from '../data';
import { aboutSources, methodsTopics } from './about';

export function AboutPage({ meta }: { meta: Meta | undefined }) {
  return (
    <main id="main" class="page about-page">
      <section class="intro">
        <h1>About bearing</h1>
        <p class="lede">
          bearing measures, from public data, which way a country faces between two powers (by default the
          United States and China): how it votes at the UN, whom it trades with and owes money to, who visits
          whom. Every figure names the publisher's file and row it comes from, and a missing figure is shown
          as missing, never as zero.
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
          <a href="/api/v1/tables">/api/v1/tables</a>. The <a href="/api/docs/">API documentation</a> lists
          every question the dashboard asks (the <a href="/api/v1/">API index</a> in one page).
        </p>
      </section>
      <section aria-labelledby="about-methods">
        <h2 id="about-methods">Methods</h2>
        <p>
          Each measure is written down, with its formula, conventions and references, in the source
          repository's <code>docs/methods/</code> folder (Markdown files, not served by this site):
        </p>
        <ul class="about-methods">
          {methodsTopics.map((m) => (
            <li key={m.file}>
              {m.topic}: <code>docs/methods/{m.file}</code>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
