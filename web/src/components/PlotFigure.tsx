import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, hasEndpoint, NeedsLiveApi } from '../api';
import type { ChartContext, ChartSpec, Drawable } from '../charts/types';
import { loadPlot } from '../plot';
import { href } from '../route';
import { Figure } from './Figure';

type State =
  | { status: 'loading' }
  | { status: 'unavailable'; message: string }
  | { status: 'empty'; message?: string }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: Drawable };

function useWidth(ref: { current: HTMLElement | null }): number {
  const [w, setW] = useState(0);
  useEffect(() => {
    const el = ref.current?.parentElement;
    if (!el) return;
    const ro = new ResizeObserver(() => setW(Math.floor(el.clientWidth)));
    ro.observe(el);
    setW(Math.floor(el.clientWidth));
    return () => ro.disconnect();
  }, []);
  return w;
}

export function PlotFigure({
  spec,
  ctx,
  embedded,
  noEmbed,
}: {
  spec: ChartSpec;
  ctx: ChartContext;
  embedded?: boolean;
  /** No embed link (a chart that is not a country's, such as the methods page's). */
  noEmbed?: boolean;
}) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const chartRef = useRef<HTMLDivElement>(null);
  const width = useWidth(chartRef);
  const key = `${spec.id}|${ctx.country}|${ctx.year}|${ctx.poles.join(',')}|${ctx.multilaterals ?? ''}|${ctx.caps.size}`;

  useEffect(() => {
    const missing = spec.needs.filter((n) => !hasEndpoint(ctx.caps, n));
    if (missing.length > 0) {
      setState({
        status: 'unavailable',
        message: `This server has no /api/v1/${missing.join(', /api/v1/')} endpoint yet.`,
      });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    spec
      .load(ctx)
      .then((data) => {
        if (!live) return;
        setState(data && data.rows.length > 0 ? { status: 'ready', data } : { status: 'empty' });
      })
      .catch((e: unknown) => {
        if (!live) return;
        if (e instanceof NeedsLiveApi) setState({ status: 'unavailable', message: e.message });
        else if (e instanceof ApiError && e.status === 404)
          setState({ status: 'empty', message: e.message || 'No data for this selection.' });
        else setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      live = false;
    };
  }, [key]);

  useEffect(() => {
    if (state.status !== 'ready' || !chartRef.current || width === 0) return;
    let live = true;
    const host = chartRef.current;
    void loadPlot().then((Plot) => {
      if (!live) return;
      const el = state.data.draw(Plot, Math.min(width, 1100));
      host.replaceChildren(el);
      host.dataset.rendered = 'true';
    });
    return () => {
      live = false;
    };
  }, [state, width]);

  const data = state.status === 'ready' ? state.data : undefined;
  const year = ctx.year;
  return (
    <Figure
      id={`chart-${spec.id}`}
      title={spec.title(ctx)}
      subtitle={data?.subtitle}
      source={spec.source}
      summary={data?.summary}
      coverageNote={data?.coverageNote}
      rows={data?.rows}
      columns={data?.columns}
      filename={`bearing-${spec.id}${ctx.country ? `-${ctx.country}` : ''}${year ? `-${year}` : ''}`}
      embedHref={
        noEmbed
          ? undefined
          : href(`/embed/${spec.id}/${ctx.country}`, {
              year,
              poles: ctx.poles.join(','),
              multilaterals: ctx.multilaterals,
            })
      }
      chartRef={chartRef}
      status={state.status}
      message={'message' in state ? state.message : undefined}
      embedded={embedded}
    >
      <div ref={chartRef} class="plot" />
    </Figure>
  );
}
