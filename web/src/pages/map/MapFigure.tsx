// The map inside its figure: title, legend, the map, source line and downloads.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Figure } from '../../components/Figure';
import { Legend } from '../../components/Legend';
import type { Countries } from '../../data';
import type { MapValue } from '../../map/shape';
import { WorldMap } from '../../map/WorldMap';
import { colourFor } from '../../palette';
import { href } from '../../route';
import type { FigureStatus, MapState } from './state';

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

export function MapFigure({
  state,
  countries,
  values,
  rows,
  summary,
  status,
  message,
  keepChildren,
  embedded,
  open,
}: {
  state: MapState;
  countries: Countries;
  values: Map<string, MapValue>;
  rows: Record<string, unknown>[];
  summary: string | undefined;
  status: FigureStatus;
  message: string | undefined;
  keepChildren: boolean;
  embedded?: boolean;
  open: (id: string) => void;
}) {
  const { metric, poles, poleNames, year } = state;
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  // PNG/SVG export takes the legend with the map: both SVGs inside this element.
  const exportRef = useRef<HTMLDivElement>(null);
  const width = useWidth(wrapRef);
  const kind = metric?.kind ?? 'sequential';
  const title = metric ? metric.title(poleNames, year) : 'No measure available';
  return (
    <Figure
      id="chart-map"
      title={title}
      subtitle={[
        metric?.subtitle(poleNames, year),
        state.lacking.length
          ? `${year}: no data for ${state.lacking.join(', ')}; the position rests on the other dimensions.`
          : '',
      ]
        .filter(Boolean)
        .join('. ')}
      source={metric?.source ?? ''}
      summary={summary}
      rows={rows}
      filename={`bearing-map-${metric?.id}-${poles.join('-')}-${year}`}
      embedHref={href('/embed/map', { year, poles: poles.join(','), metric: metric?.id })}
      chartRef={exportRef}
      embedded={embedded}
      status={status}
      keepChildren={keepChildren}
      message={message}
    >
      <div ref={exportRef} class="map-export">
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
            colour={(v) => colourFor(kind, v)}
            highlight={poles}
            onOpen={open}
            svgRef={svgRef}
            label={`${title}. Each country is a link to its page.`}
          />
        </div>
      </div>
    </Figure>
  );
}
