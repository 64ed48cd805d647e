// Claim checks that concern the country, from /api/v1/check: each statement, its verdict (in words
// and a shape, never colour alone), the summary a journalist could quote, and the evidence.
import type { Verdict } from '../../../src/api/types';
import { getJson, hasEndpoint, NeedsLiveApi, type OpenApiDoc, openApi, postJson } from '../api';
import type { ChartContext } from '../charts/types';
import { Figure } from '../components/Figure';
import { useAsync } from '../data';
import { cell } from '../format';

/** The page's model: the verdicts, and the text they were drawn from when the server names it. */
interface CheckAnswer {
  source?: string;
  verdicts: Verdict[];
}

const marks: Record<Verdict['verdict'], string> = {
  supported: '✓',
  'partly supported': '◐',
  'not supported': '✗',
  'not checkable': '?',
};

/** The bundled example claims (the seed article's statements), checked by the server. */
async function loadChecks(doc: OpenApiDoc): Promise<CheckAnswer> {
  const paths = Object.keys(doc.paths).map((p) => p.replace(/^\/api\/v1/, ''));
  const example = paths.find((p) => /^\/check\/examples\/\{\w+\}$/.test(p));
  const answer = example
    ? await getJson<Verdict[]>(example.replace(/\{\w+\}/, 'seed'))
    : await postJson<Verdict[]>('/check', { example: 'seed' });
  return { verdicts: answer };
}

function concerns(v: Verdict, source: string | undefined, ctx: ChartContext): boolean {
  const text = `${source ?? ''} ${JSON.stringify(v)}`;
  return text.includes(`"${ctx.country}"`) || text.includes(ctx.countryName);
}

function claimItem(v: Verdict) {
  return (
    <li key={v.id} class={`claim verdict-${v.verdict.replace(' ', '-')}`}>
      <blockquote>“{v.statement}”</blockquote>
      <p class="verdict">
        <span class="badge" aria-hidden="true">
          {marks[v.verdict]}
        </span>
        <strong>{v.verdict[0].toUpperCase() + v.verdict.slice(1)}.</strong>{' '}
        {v.summary.replace(/^(supported|partly supported|not supported|not checkable):\s*/i, '')}
      </p>
      <details>
        <summary>Evidence</summary>
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
                (s) =>
                  `${s.file}${s.rows.length ? ` (rows ${s.rows.slice(0, 5).join(', ')}${s.rows.length > 5 ? ', …' : ''})` : ''}`,
              )
              .join('; ')}
          </p>
        )}
      </details>
    </li>
  );
}

export function Claims({ ctx }: { ctx: ChartContext }) {
  const available = hasEndpoint(ctx.caps, 'check');
  const answer = useAsync(async () => (available ? loadChecks(await openApi()) : undefined), [available]);
  const all = answer.value?.verdicts ?? [];
  const mine = all.filter((v) => concerns(v, answer.value?.source, ctx));
  const others = mine.length > 0 ? all.filter((v) => !mine.includes(v)) : [];
  const rows = mine.map((v) => ({
    id: v.id,
    type: v.type,
    statement: v.statement,
    verdict: v.verdict,
    summary: v.summary,
    comparedWith: v.evidence?.comparedWith,
    coverage: v.evidence?.coverage,
    sources: v.evidence?.sources?.map((s) => s.file).join('; '),
  }));
  const status =
    !available || answer.error instanceof NeedsLiveApi
      ? 'unavailable'
      : answer.error
        ? 'error'
        : !answer.value
          ? 'loading'
          : mine.length === 0
            ? 'empty'
            : 'ready';
  return (
    <Figure
      id="chart-claims"
      title={`Claims about ${ctx.countryName}, checked against the data`}
      subtitle={
        answer.value?.source ??
        'Statements of the bundled example (the seed article: President William Ruto, 2024) that name the country'
      }
      source="bearing claim checks (docs/methods/claims.md) over the data sets named in each verdict's evidence."
      summary={`${mine.length} claims: ${mine.map((v) => `“${v.statement}” ${v.verdict}`).join('; ')}.`}
      rows={rows}
      filename={`bearing-claims-${ctx.country}`}
      textual
      status={status}
      message={
        status === 'unavailable'
          ? 'This server has no /api/v1/check endpoint yet.'
          : status === 'empty'
            ? `No bundled claim concerns ${ctx.countryName}.`
            : answer.error?.message
      }
    >
      <ol class="claims">{mine.map(claimItem)}</ol>
      {others.length > 0 && (
        <details class="other-claims">
          <summary>
            {others.length} more statements from the same source that do not name {ctx.countryName}
          </summary>
          <ol class="claims">{others.map(claimItem)}</ol>
        </details>
      )}
    </Figure>
  );
}
