// The frame every chart sits in: title, the chart, its text alternative and data table, the
// source line, and CSV / PNG / SVG downloads plus an embed link.
import type { ComponentChildren, RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { type Row, saveBlob, savePng, saveSvg, toCsv } from '../download';
import { DataTable } from './DataTable';

export interface FigureProps {
  id: string;
  title: string;
  subtitle?: string;
  source: string;
  /** What the chart shows, in a sentence or two: the text alternative. */
  summary?: string;
  /** What the figures cover, shown under the chart. */
  coverageNote?: string;
  rows?: readonly Row[];
  columns?: readonly string[];
  /** Download file name without extension. */
  filename: string;
  /** Hash link showing this chart alone (for an iframe). */
  embedHref?: string;
  chartRef?: RefObject<Element>;
  status?: 'loading' | 'ready' | 'empty' | 'unavailable' | 'error';
  message?: string;
  embedded?: boolean;
  /** Keep showing the (previous) chart while loading, dimmed, instead of hiding it. */
  keepChildren?: boolean;
  /** Text content (a list, not a picture): no image role, no PNG/SVG download. */
  textual?: boolean;
  children?: ComponentChildren;
}

export function Figure(p: FigureProps) {
  const [showTable, setShowTable] = useState(false);
  const [copied, setCopied] = useState(false);
  const [showEmbed, setShowEmbed] = useState(false);
  const ready = p.status === undefined || p.status === 'ready';
  const chartEl = () => p.chartRef?.current ?? undefined;
  const embedCode = p.embedHref
    ? `<iframe src="${location.origin}${location.pathname}${p.embedHref}" width="720" height="520" style="border:0" title="${p.title.replace(/"/g, '&quot;')}"></iframe>`
    : '';
  return (
    <figure
      class={`figure${p.embedded ? ' embedded' : ''}`}
      id={p.id}
      data-chart={p.id}
      data-status={p.status ?? 'ready'}
      aria-labelledby={`${p.id}-title`}
    >
      <header class="figure-head">
        <h3 id={`${p.id}-title`}>{p.title}</h3>
        {p.subtitle && <p class="subtitle">{p.subtitle}</p>}
      </header>
      {p.status === 'loading' && !p.keepChildren && (
        <div class="placeholder" aria-busy="true">
          Loading…
        </div>
      )}
      {p.status === 'loading' && p.keepChildren && (
        <p class="updating" aria-live="polite">
          Updating…
        </p>
      )}
      {p.status === 'unavailable' && (
        <div class="placeholder unavailable" role="note">
          <strong>Not available in this build.</strong>{' '}
          {p.message ?? 'The server has no endpoint for this yet.'}
        </div>
      )}
      {p.status === 'empty' && (
        <div class="placeholder" role="note">
          {p.message ?? 'No data for this selection.'}
        </div>
      )}
      {p.status === 'error' && (
        <div class="placeholder error" role="alert">
          {p.message ?? 'The server could not answer.'}
        </div>
      )}
      <div
        class="chart"
        hidden={!ready}
        {...(p.textual ? {} : { role: 'img', 'aria-label': p.summary ?? p.title })}
      >
        {p.children}
      </div>
      {ready && p.summary && <p class="sr-only">{p.summary}</p>}
      {ready && p.coverageNote && <p class="coverage">{p.coverageNote}</p>}
      <figcaption class="figure-foot">
        <p class="source">
          <span class="label">Source:</span> {p.source}
        </p>
        {ready && p.rows && p.rows.length > 0 && (
          <div class="actions">
            <button type="button" onClick={() => setShowTable(!showTable)} aria-expanded={showTable}>
              {showTable ? 'Hide data' : 'Data'}
            </button>
            <button
              type="button"
              data-download="csv"
              onClick={() =>
                saveBlob(new Blob([toCsv(p.rows!, p.columns)], { type: 'text/csv' }), `${p.filename}.csv`)
              }
            >
              CSV
            </button>
            {!p.textual && (
              <>
                <button
                  type="button"
                  data-download="png"
                  onClick={() => {
                    const el = chartEl();
                    if (el) void savePng(el, p.title, `Source: ${p.source}`, `${p.filename}.png`);
                  }}
                >
                  PNG
                </button>
                <button
                  type="button"
                  data-download="svg"
                  onClick={() => {
                    const el = chartEl();
                    if (el) saveSvg(el, p.title, `Source: ${p.source}`, `${p.filename}.svg`);
                  }}
                >
                  SVG
                </button>
              </>
            )}
            {p.embedHref && !p.embedded && (
              <button
                type="button"
                aria-expanded={showEmbed}
                aria-controls={`${p.id}-embed`}
                onClick={() => {
                  setShowEmbed(!showEmbed);
                  if (!showEmbed) {
                    void navigator.clipboard?.writeText(embedCode).then(
                      () => setCopied(true),
                      () => setCopied(false),
                    );
                  }
                }}
              >
                Embed
              </button>
            )}
            {p.embedHref && !p.embedded && (
              <a class="button" href={p.embedHref} aria-label={`${p.title} on its own`}>
                Open alone
              </a>
            )}
          </div>
        )}
      </figcaption>
      {showEmbed && embedCode && (
        <div class="embed-code" id={`${p.id}-embed`}>
          <label>
            <span>
              Embed code{copied ? ' (copied to the clipboard)' : ': select it and copy'}; the page showing it
              must be allowed by the server's --embed list
            </span>
            <textarea readOnly rows={3} value={embedCode} onFocus={(e) => e.currentTarget.select()} />
          </label>
        </div>
      )}
      {showTable && p.rows && <DataTable rows={p.rows} columns={p.columns} caption={`Data for ${p.title}`} />}
    </figure>
  );
}
