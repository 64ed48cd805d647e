// Tooltips format figures in one place (web/src/charts/tips.ts, web/src/format.ts): a year as a year, an
// amount with its currency and scale, a date as a date. The browser test (web/test/chartText.test.ts)
// reads the tips themselves; this one holds the formatters and every chart's use of them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tipFormat } from '../../../src/charts/tips';
import { dateText, money, positionText, yearText } from '../../../src/format';

test('years without separators, amounts with currency and scale, dates as dates', () => {
  assert.equal(yearText(2014), '2014');
  assert.equal(tipFormat.year(2014), '2014');
  assert.equal(money(834_759_000), 'US$ 834.8m');
  assert.equal(tipFormat.usdMillions(834.759), 'US$ 834.8m');
  assert.equal(tipFormat.usdMillions(27_700.112), 'US$ 27.70bn');
  assert.equal(money(1_234_567_890), 'US$ 1.23bn');
  assert.equal(money(56_000), 'US$ 56.0k');
  assert.equal(money(12), 'US$ 12');
  assert.equal(money(-5_200_000), '−US$ 5.2m');
  assert.equal(money(null), '–');
  assert.equal(money(3e6, { currency: 'KES' }), 'KES 3.0m');
  assert.equal(dateText('2014-08-05'), '2014-08-05');
  assert.equal(dateText(new Date(Date.UTC(2024, 4, 23))), '2024-05-23');
  assert.equal(dateText('not a date'), '–');
  assert.equal(tipFormat.share(0.1534), '15.3%');
  assert.equal(positionText(0.844), '+0.84');
  assert.equal(positionText(-0.46), '−0.46');
  assert.equal(positionText(0), '0.00');
});

test("every chart's tooltip takes its formats from tipFormat, years through tipFormat.year", () => {
  const dir = join(import.meta.dirname, '..', '..', '..', 'src', 'charts');
  for (const chart of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const src = readFileSync(join(dir, chart.name, 'render.ts'), 'utf8');
    const tip = src.search(/Plot\.tip\(|\btip: [{t]/);
    if (tip < 0) continue;
    const rest = src.slice(tip);
    // `tip: true` only beside a title channel (the tip then shows the title, written with format.ts).
    if (!/title: \(d/.test(rest))
      assert.doesNotMatch(rest, /\btip: true/, `${chart.name}: a tip with Plot's default formats`);
    if (/(x|Year): 'year'|x: 'year'/.test(src)) {
      assert.match(rest, /(x|Year): tipFormat\.year/, `${chart.name}: the tooltip's year format`);
    }
  }
});
