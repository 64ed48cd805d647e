import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { methodsPlugin } from './build/methods.ts';

// The dashboard is a static single-page app: `npm run build:web` writes web/dist/, which
// `bearing serve` serves at `/` beside the API under /api/v1.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // The methods notes as pages beside index.html (web/dist/methods/), linked relatively from #/about.
  plugins: [methodsPlugin(fileURLToPath(new URL('../docs/methods', import.meta.url)))],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev:web` against a running `bearing serve` on 8080.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
