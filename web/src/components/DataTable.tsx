import type { Row } from '../download';
import { cell } from '../format';

export function DataTable({
  rows,
  columns,
  caption,
  limit = 300,
}: {
  rows: readonly Row[];
  columns?: readonly string[];
  caption: string;
  limit?: number;
}) {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const shown = rows.slice(0, limit);
  return (
    <div class="table-wrap">
      <table>
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            {cols.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={i}>
              {cols.map((c) => (
                <td key={c} class={typeof r[c] === 'number' ? 'n' : undefined}>
                  {cell(r[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > limit && (
        <p class="muted small">
          First {limit} of {rows.length} rows; the CSV download has them all.
        </p>
      )}
    </div>
  );
}
