#!/usr/bin/env node
// Thin launcher: the CLI (composed in src/app/main.ts) is compiled to dist/ by `npm run build` (run by `prepare` on install).
import { main } from '../dist/app/main.js';

process.exitCode = await main(process.argv.slice(2));
