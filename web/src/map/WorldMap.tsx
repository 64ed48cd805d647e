// The world map: offline geometry (world-atlas, Natural Earth 1:110m) projected with d3-geo,
// drawn as plain SVG paths. Each country is a link: click, or Tab to it and press Enter.
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { RefObject } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-110m.json?url';
import { missingColour } from '../palette';

export interface MapValue {
  id: string;
  name: string;
  value: number | null;
  label: string;
}

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

let worldPromise: Promise<{ countries: CountryFeature[]; borders: ReturnType<typeof mesh> }> | undefined;

export function loadWorld() {
  worldPromise ??= fetch(worldUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`world map geometry: ${r.status}`);
      return r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>;
    })
    .then((topo) => {
      const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
      return {
        countries: (fc.features as CountryFeature[]).filter((f) => f.properties.name !== 'Antarctica'),
        borders: mesh(topo, topo.objects.countries, (a, b) => a !== b),
      };
    });
  worldPromise.catch(() => {
    worldPromise = undefined;
  });
  return worldPromise;
}

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
  const [world, setWorld] = useState<Awaited<ReturnType<typeof loadWorld>>>();
  const [hover, setHover] = useState<{ v: MapValue; x: number; y: number }>();
  useEffect(() => {
    void loadWorld().then(setWorld);
  }, []);

  const height = Math.round(width * 0.49);
  const { path } = useMemo(() => {
    const projection = geoEqualEarth().fitExtent(
      [
        [2, 2],
        [width - 2, height - 2],
      ],
      { type: 'Sphere' },
    );
    return { path: geoPath(projection) };
  }, [width, height]);

  // Path strings are computed once per width, not on every render (hover, focus, new colours).
  const shapes = useMemo(
    () =>
      world && width > 0
        ? {
            sphere: path({ type: 'Sphere' }) ?? '',
            borders: path(world.borders) ?? '',
            countries: world.countries.map((f) => path(f) ?? ''),
          }
        : undefined,
    [world, path],
  );

  if (!world || !shapes) return <div class="map-placeholder" style={{ height }} />;

  const show = (v: MapValue, el: SVGPathElement) => {
    const b = el.getBBox();
    setHover({ v, x: b.x + b.width / 2, y: b.y });
  };

  return (
    <div class="map-wrap" style={{ position: 'relative' }}>
      <svg
        ref={svgRef}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-label={label}
        class="world-map"
        font-family="Inter, system-ui, sans-serif"
      >
        <path d={shapes.sphere} fill="#f7f6f2" stroke="#d8d5cc" />
        {world.countries.map((f, i) => {
          const id = m49ToId.get(Number(f.id));
          const v = id ? values.get(id) : undefined;
          const d = shapes.countries[i];
          const name = v?.name ?? f.properties.name;
          const fill = v ? colour(v.value) : missingColour;
          const strong = id !== undefined && highlight.includes(id);
          if (!id) return <path key={`${f.properties.name}`} d={d} fill={missingColour} stroke="none" />;
          const item: MapValue = v ?? { id, name, value: null, label: 'no data' };
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be an <a>, so it takes the link role
            <path
              key={id}
              d={d}
              fill={fill}
              stroke={strong ? '#111' : 'none'}
              stroke-width={strong ? 1.5 : 0}
              class="country"
              data-id={id}
              role="link"
              tabIndex={0}
              aria-label={`${name}: ${item.label}`}
              onMouseEnter={(e) => show(item, e.currentTarget)}
              onMouseLeave={() => setHover(undefined)}
              onFocus={(e) => show(item, e.currentTarget)}
              onBlur={() => setHover(undefined)}
              onClick={() => onOpen(id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onOpen(id);
                }
              }}
            >
              <title>{`${name}: ${item.label}`}</title>
            </path>
          );
        })}
        <path d={shapes.borders} fill="none" stroke="#fff" stroke-width={0.5} pointer-events="none" />
      </svg>
      {hover && (
        <div
          class="map-tip"
          style={{
            left: `${Math.min(Math.max(hover.x, 80), width - 80)}px`,
            top: `${Math.max(hover.y - 8, 0)}px`,
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
