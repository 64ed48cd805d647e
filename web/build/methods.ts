// The methods notes (docs/methods/*.md) as plain HTML pages beside the dashboard: web/dist/methods/<note>.html
// plus their images, so the About page links to them relatively and a static copy of the site (export-site)
// carries them to any host and folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Plugin } from 'vite';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A link target inside the site: a sibling note `x.md` becomes `x.html`; other repository paths stay text. */
function target(href: string): string | null {
  if (/^(https?:|mailto:|#)/.test(href)) return href;
  const m = /^([A-Za-z0-9_-]+)\.md(#.*)?$/.exec(href);
  if (m) return `${m[1]}.html${m[2] ?? ''}`;
  if (/^[A-Za-z0-9_-]+\.svg$/.test(href)) return href;
  return null;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .trim()
    .replace(/ +/g, '-');

// CommonMark with tables (markdown-it); raw HTML in the notes is escaped, not passed through.
const md = new MarkdownIt({ html: false });

// The site's own link rules: notes link to notes, images are the notes' SVGs, anything else (a repository
// path the static site does not carry) stays as words followed by the path, so nothing links to a 404.
md.core.ruler.push('bearing_links', (state) => {
  const Token = state.Token;
  for (const [i, block] of state.tokens.entries()) {
    if (block.type === 'heading_open') {
      block.attrSet('id', slug(state.tokens[i + 1]?.content ?? ''));
      continue;
    }
    if (block.type !== 'inline' || !block.children) continue;
    const out: InstanceType<typeof Token>[] = [];
    let dropClose = 0;
    let pendingPath: string | null = null;
    for (const t of block.children) {
      if (t.type === 'link_open') {
        const href = String(t.attrGet('href') ?? '');
        const to = target(href);
        if (to) t.attrSet('href', to);
        else {
          dropClose++;
          pendingPath = href;
          continue;
        }
      } else if (t.type === 'link_close' && dropClose > 0) {
        dropClose--;
        const open = new Token('text', '', 0);
        open.content = ' (';
        const code = new Token('code_inline', 'code', 0);
        code.content = pendingPath ?? '';
        const close = new Token('text', '', 0);
        close.content = ')';
        out.push(open, code, close);
        continue;
      } else if (t.type === 'image') {
        const to = target(String(t.attrGet('src') ?? ''));
        if (to) t.attrSet('src', to);
        else {
          const alt = new Token('text', '', 0);
          alt.content = t.content;
          out.push(alt);
          continue;
        }
      }
      out.push(t);
    }
    block.children = out;
  }
});

/** Markdown (CommonMark and tables) to an HTML fragment, with the site's link rules. */
export function markdownToHtml(text: string): string {
  return md.render(text);
}

/** A whole page: the note, a link back to the dashboard's About page (relative: any folder, any host). */
export function methodsPage(md: string): string {
  const title = /^# (.+)$/m.exec(md)?.[1] ?? 'Methods';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — bearing methods</title>
<style>
body{font:16px/1.55 system-ui,sans-serif;max-width:860px;margin:2rem auto;padding:0 1rem;color:#16150f}
table{border-collapse:collapse;margin:1rem 0;font-size:14px;display:block;overflow-x:auto}
th,td{border:1px solid #d6d2c8;padding:4px 8px;text-align:left}
code{background:#f3f1ec;padding:0 3px;border-radius:3px}
pre{background:#f3f1ec;padding:8px;overflow-x:auto}
img{max-width:100%}
</style>
</head>
<body>
<p><a href="../#/about">← bearing: About and methods</a></p>
<main>
${markdownToHtml(md)}
</main>
</body>
</html>
`;
}

/** Vite plugin: emits methods/<note>.html for every docs/methods/*.md, and the notes' SVG images. */
export function methodsPlugin(docsDir: string): Plugin {
  return {
    name: 'bearing-methods',
    apply: 'build',
    generateBundle() {
      for (const file of readdirSync(docsDir).sort()) {
        const path = join(docsDir, file);
        if (file.endsWith('.md')) {
          this.emitFile({
            type: 'asset',
            fileName: `methods/${file.replace(/\.md$/, '.html')}`,
            source: methodsPage(readFileSync(path, 'utf8')),
          });
        } else if (file.endsWith('.svg')) {
          this.emitFile({ type: 'asset', fileName: `methods/${file}`, source: readFileSync(path) });
        }
      }
    },
  };
}
