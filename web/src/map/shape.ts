// The map's pure part: Natural Earth features (world-atlas TopoJSON) to projected SVG paths, each
// country with its fill, outline and label. The view (MapSvg) only draws what this returns.
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { missingColour } from '../palette';

export interface MapValue {
  id: string;
  name: string;
  value: number | null;
  label: string;
}

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };
export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export interface World {
  countries: CountryFeature[];
  borders: ReturnType<typeof mesh>;
}

/** The countries (Antarctica left out: it has no data and takes a fifth of the picture) and inner borders. */
export function worldFeatures(topo: WorldTopology): World {
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return {
    countries: (fc.features as CountryFeature[]).filter((f) => f.properties.name !== 'Antarctica'),
    borders: mesh(topo, topo.objects.countries, (a, b) => a !== b),
  };
}

export const mapHeight = (width: number) => Math.round(width * 0.49);

/** The projected outlines, computed once per width (not on every hover or new colours). */
export interface MapPaths {
  width: number;
  height: number;
  sphere: string;
  borders: string;
  countries: string[];
}

export function projectWorld(world: World, width: number): MapPaths {
  const height = mapHeight(width);
  const projection = geoEqualEarth().fitExtent(
    [
      [2, 2],
      [width - 2, height - 2],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath(projection);
  return {
    width,
    height,
    sphere: path({ type: 'Sphere' }) ?? '',
    borders: path(world.borders) ?? '',
    countries: world.countries.map((f) => path(f) ?? ''),
  };
}

/** One country as drawn: a link when the snapshot knows it (`item`), plain grey when not. */
export interface CountryShape {
  key: string;
  d: string;
  fill: string;
  /** Poles get a heavy outline. */
  strong: boolean;
  item?: MapValue;
}

/**
 * Colours and labels for each outline. A country without a value is "no data" in the missing
 * colour, never a zero; a feature with no M49 code in the snapshot is drawn but not a link.
 */
export function colourWorld(
  world: World,
  paths: MapPaths,
  values: Map<string, MapValue>,
  m49ToId: Map<number, string>,
  colour: (v: number | null) => string,
  highlight: string[],
): CountryShape[] {
  return world.countries.map((f, i) => {
    const id = m49ToId.get(Number(f.id));
    const d = paths.countries[i];
    if (!id) return { key: f.properties.name, d, fill: missingColour, strong: false };
    const v = values.get(id);
    const name = v?.name ?? f.properties.name;
    return {
      key: id,
      d,
      fill: v ? colour(v.value) : missingColour,
      strong: highlight.includes(id),
      item: v ?? { id, name, value: null, label: 'no data' },
    };
  });
}
