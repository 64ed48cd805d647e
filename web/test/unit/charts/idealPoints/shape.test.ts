import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeIdealPoints } from '../../../../src/charts/idealPoints/shape';
import { idealPoints, view } from '../fixtures';

describe('shapeIdealPoints', () => {
  it("keeps the country's and the poles' rows, named", () => {
    const d = shapeIdealPoints(idealPoints, view);
    assert.ok(d);
    assert.deepEqual(
      d.rows.map((r) => [r.year, r.country, r.name]),
      [
        [2019, 'USA', 'United States'],
        [2019, 'KEN', 'Kenya'],
        [2019, 'CHN', 'China'],
        [2020, 'USA', 'United States'],
        [2020, 'KEN', 'Kenya'],
        [2020, 'CHN', 'China'],
      ],
    );
    assert.deepEqual(d.names, ['United States', 'Kenya', 'China']);
    assert.equal(
      d.summary,
      "Line chart with interval bands, 2019–2020. In 2020, Kenya's ideal point was -0.40 (90% interval -0.60 to -0.20).",
    );
  });

  it("speaks of the country's last year when the chosen one is missing", () => {
    const d = shapeIdealPoints(idealPoints, { ...view, year: 1990 });
    assert.match(d?.summary ?? '', /In 2020, Kenya's ideal point was -0\.40/);
  });

  it('is null when the country has no ideal point', () => {
    assert.equal(
      shapeIdealPoints(
        idealPoints.filter((r) => r.country !== 'KEN'),
        view,
      ),
      null,
    );
  });
});
