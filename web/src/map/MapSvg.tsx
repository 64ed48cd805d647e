/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The map as SVG: outlines from shape.ts, each known country a link (click, or Tab to it and press
// Enter). Stateless, so it renders the same in the browser and in the snapshot test.
import type { RefObject } from 'preact';
import type { CountryShape, MapPaths, MapValue } from './shape';

export function MapSvg({
  paths,
  countries,
  label,
  onOpen,
  onShow,
  onHide,
  svgRef,
}: {
  paths: MapPaths;
  countries: CountryShape[];
  label: string;
  onOpen: (id: string) => void;
  onShow?: (item: MapValue, el: SVGPathElement) => void;
  onHide?: () => void;
  svgRef?: RefObject<SVGSVGElement>;
}) {
  const { width, height } = paths;
  return (
    <svg
      ref={svgRef}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-label={label}
      class="world-map"
      font-family="Inter, system-ui, sans-serif"
    >
      <path d={paths.sphere} fill="#f7f6f2" stroke="#d8d5cc" />
      {countries.map(({ key, d, fill, strong, item }) => {
        if (!item) return <path key={key} d={d} fill={fill} stroke="none" />;
        const text = `${item.name}: ${item.label}`;
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be an <a>, so it takes the link role
          <path
            key={key}
            d={d}
            fill={fill}
            stroke={strong ? '#111' : 'none'}
            stroke-width={strong ? 1.5 : 0}
            class="country"
            data-id={item.id}
            role="link"
            tabIndex={0}
            aria-label={text}
            onMouseEnter={(e) => onShow?.(item, e.currentTarget)}
            onMouseLeave={() => onHide?.()}
            onFocus={(e) => onShow?.(item, e.currentTarget)}
            onBlur={() => onHide?.()}
            onClick={() => onOpen(item.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onOpen(item.id);
              }
            }}
          >
            <title>{text}</title>
          </path>
        );
      })}
      <path d={paths.borders} fill="none" stroke="#fff" stroke-width={0.5} pointer-events="none" />
    </svg>
  );
}
