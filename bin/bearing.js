#!/usr/bin/env node
// Thin launcher: the CLI (composed in src/app/main.ts) is compiled to dist/ by `npm run build` (run by `prepare` on install).
import { main } from '../dist/app/main.js';

// `bearing data status | head`: a reader that stops early is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
