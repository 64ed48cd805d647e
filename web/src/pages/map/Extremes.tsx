// The five highest and lowest countries beside the map, and how to read it.
import type { MapValue } from '../../map/shape';
import { href } from '../../route';
import type { MapMetric } from './metrics';

function List({
  title,
  items,
  link,
  metric,
}: {
  title: string;
  items: MapValue[];
  link: (id: string) => string;
  metric: MapMetric | undefined;
}) {
  return (
    <div>
      <h2>{title}</h2>
      <ol>
        {items.map((r) => (
          <li key={r.id}>
            <a href={link(r.id)}>{r.name}</a> <span class="muted">{metric?.format(r.value)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function Extremes({
  top,
  bottom,
  metric,
  poleNames,
  poles,
  year,
}: {
  top: MapValue[];
  bottom: MapValue[];
  metric: MapMetric | undefined;
  poleNames: [string, string];
  poles: [string, string];
  year: number | undefined;
}) {
  const link = (id: string) => href(`/country/${id}`, { year, poles: poles.join(',') });
  return (
    <section class="extremes" aria-label="Extremes">
      <List title="Highest" items={top} link={link} metric={metric} />
      <List title="Lowest" items={bottom} link={link} metric={metric} />
      <div class="note">
        <h2>Reading the map</h2>
        <p>
          {metric?.note(poleNames) ??
            'Colours use a palette that stays readable with the common colour-vision deficiencies.'}
        </p>
      </div>
    </section>
  );
}
