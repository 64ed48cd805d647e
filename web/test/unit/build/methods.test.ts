import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToHtml, methodsPage } from '../../../build/methods';

test('headings, lists, tables, code, links between notes, images (whitespace between tags ignored)', () => {
  const raw = markdownToHtml(
    [
      '# Finance',
      '',
      'A *tilt* of **debt**, see [loans](loans.md#terms) and [data](../data/finance.md), `a|b <c>`.',
      '',
      '- one',
      '  continued',
      '- two',
      '',
      '| year | \\|position\\| |',
      '| --- | --- |',
      '| 2019 | 0.95 |',
      '',
      '![chart](finance-distribution.svg)',
      '',
      '```sh',
      'x < y',
      '```',
    ].join('\n'),
  );
  const html = raw.replace(/>\s+</g, '><').replace(/\s*\n\s*/g, ' ');
  assert.match(html, /<h1 id="finance">Finance<\/h1>/);
  assert.match(html, /A <em>tilt<\/em> of <strong>debt<\/strong>/);
  assert.match(html, /<a href="loans.html#terms">loans<\/a>/);
  // A repository path outside the served notes stays text, with the path shown.
  assert.match(html, /data \(<code>..\/data\/finance.md<\/code>\)/);
  assert.match(html, /<code>a\|b &lt;c&gt;<\/code>/);
  assert.match(html, /<ul><li>one continued<\/li><li>two<\/li><\/ul>/);
  assert.match(html, /<th>year<\/th><th>\|position\|<\/th>/);
  assert.match(html, /<td>2019<\/td><td>0.95<\/td>/);
  assert.match(html, /<img src="finance-distribution.svg" alt="chart">/);
  assert.match(html, /<pre><code class="language-sh">x &lt; y ?<\/code><\/pre>/);
});

test('raw HTML in a note is escaped; a repository image outside the notes stays its alt text', () => {
  const html = markdownToHtml('<script>x</script>\n\n![map](../../web/map.png)');
  assert.doesNotMatch(html, /<script>/);
  assert.match(html, /<p>map<\/p>/);
});

test('a methods page links back to the dashboard relatively (any folder, any host)', () => {
  const page = methodsPage('# Trade\n\nText.');
  assert.match(page, /<title>Trade — bearing methods<\/title>/);
  assert.match(page, /<a href="..\/#\/about">/);
  assert.doesNotMatch(page, /(href|src)="\//);
});
