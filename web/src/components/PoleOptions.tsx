// The <option>s of a pole picker, grouped: countries, then blocs (EU, G7, BRICS, NATO, SCO).
import { poleMenu } from '../poleMenu';

export function PoleOptions({
  current,
  other,
  name,
}: {
  current: string;
  other: string;
  name: (id: string) => string;
}) {
  return (
    <>
      {poleMenu(current, name).map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.options.map((o) => (
            <option key={o.id} value={o.id} disabled={o.id === other}>
              {o.name}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
