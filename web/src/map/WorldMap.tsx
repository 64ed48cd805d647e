// The world map: geometry loaded once (load.ts), projected and coloured (shape.ts), drawn as SVG
// (MapSvg.tsx); this component holds only the geometry and the hover tip.
import type { RefObject } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadWorld } from './load';
import { MapSvg } from './MapSvg';
import { colourWorld, type MapValue, mapHeight, projectWorld, type World } from './shape';

/** The tooltip's greatest width in px (its max-width in styles.css). */
const tipWidth = 260;

export function WorldMap({
  width,
  values,
  m49ToId,
  colour,
  highlight,
  onOpen,
  svgRef,
  label,
}: {
  width: number;
  /** Values by country id. */
  values: Map<string, MapValue>;
  /** Natural Earth features carry ISO 3166 numeric (M49) codes. */
  m49ToId: Map<number, string>;
  colour: (v: number | null) => string;
  /** Ids drawn with a heavy outline (the poles). */
  highlight: string[];
  onOpen: (id: string) => void;
  svgRef?: RefObject<SVGSVGElement>;
  label: string;
}) {
  const [world, setWorld] = useState<World>();
  const [hover, setHover] = useState<{ v: MapValue; x: number; top: number; bottom: number }>();
  useEffect(() => {
    void loadWorld().then(setWorld);
  }, []);

  // Path strings are computed once per width, not on every render (hover, focus, new colours).
  const paths = useMemo(() => (world && width > 0 ? projectWorld(world, width) : undefined), [world, width]);

  if (!world || !paths) return <div class="map-placeholder" style={{ height: mapHeight(width) }} />;

  const countries = colourWorld(world, paths, values, m49ToId, colour, highlight);
  const show = (v: MapValue, el: SVGPathElement) => {
    const b = el.getBBox();
    setHover({ v, x: b.x + b.width / 2, top: b.y, bottom: b.y + b.height });
  };

  return (
    <div class="map-wrap" style={{ position: 'relative' }}>
      <MapSvg
        paths={paths}
        countries={countries}
        label={label}
        onOpen={onOpen}
        onShow={show}
        onHide={() => setHover(undefined)}
        svgRef={svgRef}
      />
      {hover && (
        <div
          class="map-tip"
          // Above the country, or below it near the top edge; kept inside the map sideways (at most
          // tipWidth wide, styles.css).
          style={{
            left: `${Math.min(Math.max(hover.x, tipWidth / 2), width - tipWidth / 2)}px`,
            ...(hover.top < 64
              ? { top: `${hover.bottom + 8}px`, transform: 'translate(-50%, 0)' }
              : { top: `${hover.top - 8}px` }),
          }}
          aria-hidden="true"
        >
          <strong>{hover.v.name}</strong>
          <span>{hover.v.label}</span>
        </div>
      )}
    </div>
  );
}
