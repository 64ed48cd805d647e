// "Check an article": paste or drop a text, see its checkable statements highlighted in place with
// verdict badges (a shape and a word, never colour alone), the evidence of the one selected, each
// claim editable as JSON and re-checkable, and a link that carries a short text.
import { useEffect, useState } from 'preact/hooks';
import type { TextReport, TextStatement, Verdict } from '../../../../src/api/types';
import { ApiError, needsLiveMessage, postJson } from '../../api';
import { cell } from '../../format';
import { type Route, updateParams } from '../../route';
import { segments, sharedText, shareParam } from './model';

const marks: Record<Verdict['verdict'], string> = {
  supported: '✓',
  'partly supported': '◐',
  'not supported': '✗',
  'not checkable': '?',
};

function Evidence({ s, onVerdict }: { s: TextStatement; onVerdict: (v: Verdict, claim: unknown) => void }) {
  const [json, setJson] = useState(JSON.stringify(s.claim, null, 2));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setJson(JSON.stringify(s.claim, null, 2)), [s.id]);
  const v = s.verdict;
  const recheck = async () => {
    setError(null);
    try {
      const claim = JSON.parse(json);
      const [verdict] = await postJson<Verdict[]>('/check', claim);
      onVerdict(verdict, claim);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : `not valid JSON: ${(e as Error).message}`);
    }
  };
  return (
    <section
      class={`claim evidence verdict-${v.verdict.replace(' ', '-')}`}
      aria-live="polite"
      data-statement={s.id}
    >
      <h2>
        <span class="badge" aria-hidden="true">
          {marks[v.verdict]}
        </span>{' '}
        {v.verdict[0].toUpperCase() + v.verdict.slice(1)} <span class="muted small">({s.type})</span>
      </h2>
      <blockquote>“{s.sentence.text}”</blockquote>
      <p class="summary">{v.summary}</p>
      <p>
        <strong>Compared with:</strong> {v.evidence.comparedWith}
      </p>
      <p>
        <strong>Coverage:</strong> {v.evidence.coverage}
      </p>
      <dl class="figures">
        {Object.entries(v.evidence.figures).map(([k, x]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{cell(x)}</dd>
          </div>
        ))}
      </dl>
      {v.evidence.sources.length > 0 && (
        <p class="small muted">
          Sources:{' '}
          {v.evidence.sources
            .map(
              (src) =>
                `${src.file}${src.rows.length ? ` (rows ${src.rows.slice(0, 5).join(', ')}${src.rows.length > 5 ? ', …' : ''})` : ''}`,
            )
            .join('; ')}
        </p>
      )}
      {s.assumptions.length > 0 && (
        <ul class="small assumptions">
          {s.assumptions.map((a) => (
            <li key={a}>Assumed: {a}</li>
          ))}
        </ul>
      )}
      <label class="claim-json">
        The claim (edit and re-check)
        <textarea
          rows={8}
          value={json}
          onInput={(e) => setJson((e.target as HTMLTextAreaElement).value)}
          spellcheck={false}
        />
      </label>
      <button type="button" onClick={recheck}>
        Re-check
      </button>
      {error && <p class={error === needsLiveMessage ? 'muted' : 'error'}>{error}</p>}
    </section>
  );
}

export function ArticlePage({ route }: { route: Route }) {
  const [text, setText] = useState(() => sharedText(route.params.get('t')) ?? '');
  const [date, setDate] = useState(route.params.get('date') ?? '');
  const [report, setReport] = useState<{ text: string; value: TextReport } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const check = async (t = text) => {
    setBusy(true);
    setError(null);
    try {
      const value = await postJson<TextReport>('/check/text', { text: t, ...(date ? { date } : {}) });
      // Offsets refer to the text the server read (HTML stripped): show that text.
      const shown = value.notes.some((n) => /HTML/.test(n)) ? null : t;
      setReport({ text: shown ?? t, value });
      setSelected(value.statements[0]?.id ?? null);
      updateParams({ t: shareParam(t) ?? undefined, date: date || undefined });
    } catch (e) {
      setError((e as Error).message);
      setReport(null);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    if (text) void check(text);
  }, []);

  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer?.files?.[0];
    if (file) setText(await file.text());
  };
  const r = report?.value;
  const statement = r?.statements.find((s) => s.id === selected);
  const replaceVerdict = (v: Verdict, claim: unknown) => {
    if (!report || !statement) return;
    const statements = report.value.statements.map((s) =>
      s.id === statement.id
        ? { ...s, verdict: { ...v, id: s.id }, claim: claim as TextStatement['claim'] }
        : s,
    );
    setReport({ ...report, value: { ...report.value, statements } });
  };
  const link = shareParam(text);
  return (
    <main id="main" class="page article-page">
      <h1>Check an article</h1>
      <p class="muted">
        Paste or drop an English news text. bearing finds the statements it can check (largest trading
        partner, first visit in N years, project amounts, stances, concessional loans), checks each against
        the data and lists the rest with the reason. Nothing is stored.
      </p>
      <div class="article-input">
        <label>
          Text
          <textarea
            onDragOver={(e) => e.preventDefault()}
            onDrop={onDrop}
            rows={10}
            value={text}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
            placeholder="Paste an article here, or drop a text file"
          />
        </label>
        <label>
          Date of the text (optional)
          <input type="date" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
        </label>
        <div class="actions">
          <button type="button" onClick={() => check()} disabled={busy || text.trim() === ''}>
            {busy ? 'Checking…' : 'Check'}
          </button>
          {r &&
            (link ? (
              <span class="small muted">This page's link now carries the text: share it.</span>
            ) : (
              <span class="small muted">Texts over 2,000 characters are not put in the link.</span>
            ))}
        </div>
      </div>
      {error && (
        <p class={error === needsLiveMessage ? 'muted' : 'error'} role="alert">
          {error}
        </p>
      )}
      {r && report && (
        <div class="article-result" data-statements={r.statements.length}>
          <p class="article-counts">
            {r.message ??
              `${r.statements.length} checkable statement${r.statements.length === 1 ? '' : 's'}, ${r.unchecked.length} more not checked, in ${r.sentences} sentences.`}
          </p>
          {r.notes.map((n) => (
            <p key={n} class="small muted">
              Note: {n}
            </p>
          ))}
          <div class="article-columns">
            <article class="article-text">
              {segments(report.text, r).map((seg) =>
                seg.statement ? (
                  <button
                    type="button"
                    key={seg.start}
                    class={`statement verdict-${seg.verdict?.replace(' ', '-')}${seg.statement === selected ? ' selected' : ''}`}
                    aria-pressed={seg.statement === selected}
                    onClick={() => setSelected(seg.statement ?? null)}
                  >
                    <span class="badge">
                      {marks[seg.verdict as Verdict['verdict']]} {seg.verdict}
                    </span>{' '}
                    {seg.text}
                  </button>
                ) : seg.unchecked !== undefined ? (
                  <mark key={seg.start} class="unchecked" title={r.unchecked[seg.unchecked].reason}>
                    {seg.text}
                  </mark>
                ) : (
                  <span key={seg.start}>{seg.text}</span>
                ),
              )}
            </article>
            <aside class="article-evidence">
              {statement ? (
                <Evidence s={statement} onVerdict={replaceVerdict} />
              ) : (
                <p class="muted">Select a highlighted statement to see its evidence.</p>
              )}
              {r.unchecked.length > 0 && (
                <details class="unchecked-list">
                  <summary>{r.unchecked.length} not checked, with the reason</summary>
                  <ul>
                    {r.unchecked.map((u) => (
                      <li key={`${u.sentence.start}-${u.type}`}>
                        <strong>{u.type}</strong> “{u.cue.text}”: {u.reason}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </aside>
          </div>
        </div>
      )}
    </main>
  );
}
