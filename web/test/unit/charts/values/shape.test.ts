import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeValues } from '../../../../src/charts/values/shape';
import { valuesSeries, view } from '../fixtures';

describe('shapeValues', () => {
  it('names every row, labels the index, and drops the source line from the table', () => {
    const d = shapeValues(valuesSeries, view);
    assert.ok(d);
    assert.equal(d.rows.length, 12);
    assert.deepEqual(
      d.rows.slice(0, 4).map((r) => [r.year, r.country, r.name, r.indexLabel]),
      [
        [2019, 'USA', 'United States', 'Electoral democracy'],
        [2019, 'KEN', 'Kenya', 'Electoral democracy'],
        [2019, 'CHN', 'China', 'Electoral democracy'],
        [2019, 'USA', 'United States', 'Liberal democracy'],
      ],
    );
    assert.ok(d.rows.every((r) => !('sourceLine' in r)));
    assert.deepEqual(d.names, ['United States', 'Kenya', 'China']);
    assert.deepEqual(d.indices, ['Electoral democracy', 'Liberal democracy']);
    assert.equal(d.span, 1);
    assert.equal(
      d.summary,
      "Line charts with interval bands, 2019–2020. In 2020, Kenya's electoral democracy index was 0.55 (interval 0.49 to 0.61).",
    );
  });

  it("speaks of the country's last year when the chosen one is missing", () => {
    const d = shapeValues(valuesSeries, { ...view, year: 1990 });
    assert.match(d?.summary ?? '', /In 2020, Kenya's electoral democracy index was 0\.55/);
  });

  it('leaves out a pole with no rows (a bloc) from the colour domain', () => {
    const d = shapeValues(
      valuesSeries.filter((r) => r.country !== 'USA'),
      { ...view, poles: ['EU', 'CHN'], poleNames: ['European Union', 'China'] },
    );
    assert.deepEqual(d?.names, ['Kenya', 'China']);
  });

  it('is null when V-Dem has no figures for the country', () => {
    assert.equal(
      shapeValues(
        valuesSeries.filter((r) => r.country !== 'KEN'),
        view,
      ),
      null,
    );
  });
});
