// Runs the CLI from source (`npx tsx src/app/dev.ts ...`), without a build; bin/bearing.js runs dist/.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
