// A colour ramp with its ends named: the poles for a position, low/high for a magnitude.
export function Legend({
  colour,
  domain,
  ticks,
  left,
  right,
  id,
}: {
  colour: (v: number) => string;
  domain: [number, number];
  ticks: { value: number; label: string }[];
  left: string;
  right: string;
  id: string;
}) {
  const w = 280;
  const stops = Array.from({ length: 11 }, (_, i) => domain[0] + ((domain[1] - domain[0]) * i) / 10);
  const x = (v: number) => ((v - domain[0]) / (domain[1] - domain[0])) * w;
  return (
    <svg
      width={w + 40}
      height={46}
      class="legend"
      role="img"
      aria-label={`Colour scale from ${left} to ${right}`}
    >
      <defs>
        <linearGradient id={`grad-${id}`} x1="0" x2="1" y1="0" y2="0">
          {stops.map((s, i) => (
            <stop key={s} offset={`${i * 10}%`} stop-color={colour(s)} />
          ))}
        </linearGradient>
      </defs>
      <g transform="translate(12,4)" font-size="11" fill="#333">
        <text x={0} y={9} font-weight="600">
          {left}
        </text>
        <text x={w} y={9} text-anchor="end" font-weight="600">
          {right}
        </text>
        <rect y={14} width={w} height={10} fill={`url(#grad-${id})`} />
        {ticks.map((t) => (
          <g key={t.value} transform={`translate(${x(t.value)},24)`}>
            <line y2={4} stroke="#333" />
            <text y={15} text-anchor="middle">
              {t.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
