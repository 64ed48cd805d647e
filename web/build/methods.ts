// The methods notes (docs/methods/*.md) as plain HTML pages beside the dashboard: web/dist/methods/<note>.html
// plus their images, so the About page links to them relatively and a static copy of the site (export-site)
// carries them to any host and folder. A small Markdown subset, the one the notes use: headings,
// paragraphs, lists, tables, fenced code, images, links, `code`, **bold**, *italic*.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Inline Markdown: code spans first (their content is literal), then images, links, bold, italic. */
export function inline(text: string): string {
  const parts = text.split(/(`[^`]+`)/);
  return parts
    .map((p) => {
      if (/^`[^`]+`$/.test(p)) return `<code>${escapeHtml(p.slice(1, -1))}</code>`;
      let s = escapeHtml(p.replace(/\\\|/g, '|'));
      s = s.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (_, alt: string, src: string) => {
        const t = target(src);
        return t ? `<img src="${t}" alt="${alt}">` : alt;
      });
      s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, words: string, href: string) => {
        const t = target(href);
        return t ? `<a href="${t}">${words}</a>` : `${words} (<code>${href}</code>)`;
      });
      s = s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
      s = s.replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
      return s;
    })
    .join('');
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

/** Markdown (the notes' subset) to an HTML fragment. */
export function markdownToHtml(md: string): string {
  const lines = md.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
    } else if (line.startsWith('```')) {
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].startsWith('```'); i++) code.push(lines[i]);
      i++;
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
    } else if (/^#{1,6} /.test(line)) {
      const level = /^#+/.exec(line)?.[0].length ?? 1;
      const text = line.slice(level + 1).trim();
      const id = text
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, '')
        .trim()
        .replace(/ +/g, '-');
      out.push(`<h${level} id="${id}">${inline(text)}</h${level}>`);
      i++;
    } else if (line.trim().startsWith('|') && /^\s*\|?[\s:|-]+\|?\s*$/.test(lines[i + 1] ?? '')) {
      const head = cells(line);
      const body: string[][] = [];
      for (i += 2; i < lines.length && lines[i].trim().startsWith('|'); i++) body.push(cells(lines[i]));
      out.push(
        `<table><thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>${body
          .map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      );
    } else if (/^\s*([-*]|\d+\.) /.test(line)) {
      const ordered = /^\s*\d+\. /.test(line);
      const items: string[] = [];
      while (i < lines.length && lines[i].trim() !== '' && !lines[i].startsWith('#')) {
        if (/^\s*([-*]|\d+\.) /.test(lines[i])) items.push(lines[i].replace(/^\s*([-*]|\d+\.) /, ''));
        else items[items.length - 1] += ` ${lines[i].trim()}`;
        i++;
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${items.map((it) => `<li>${inline(it)}</li>`).join('')}</${tag}>`);
    } else if (line.startsWith('>')) {
      const quote: string[] = [];
      for (; i < lines.length && lines[i].startsWith('>'); i++) quote.push(lines[i].replace(/^>\s?/, ''));
      out.push(`<blockquote><p>${inline(quote.join(' '))}</p></blockquote>`);
    } else {
      const para: string[] = [];
      for (
        ;
        i < lines.length && lines[i].trim() !== '' && !/^(#|```|\s*([-*]|\d+\.) |\|)/.test(lines[i]);
        i++
      )
        para.push(lines[i].trim());
      if (para.length === 0) para.push(lines[i++].trim());
      out.push(`<p>${inline(para.join(' '))}</p>`);
    }
  }
  return out.join('\n');
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
