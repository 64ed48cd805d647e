// Mutation testing of src/measures (`npm run mutation`; results in docs/quality.md). There is no node:test
// plugin for Stryker, so the command runner runs the measures' tests in one process
// (scripts/mutation-tests.ts). scripts/mutation.ts runs one area at a time (MUTATION_AREA) with only that
// area's tests, and merges the areas' JSON reports into one score.
// Not mutated: test helpers that no production code imports (idealPoints' synthetic.ts draws records from
// the model for the slow statistical tests, testing.ts holds fixtures and compares estimates; simulate.ts
// is production: the bootstrap draws its votes with it; visits' testing.ts builds contact events).
const helpers = [
  '!src/measures/idealPoints/synthetic.ts',
  '!src/measures/idealPoints/testing.ts',
  '!src/measures/visits/testing.ts',
];
const area = process.env.MUTATION_AREA ?? '';
const glob =
  area === '.' ? 'src/measures/*.ts' : area ? `src/measures/${area}/**/*.ts` : 'src/measures/**/*.ts';

export default {
  testRunner: 'command',
  commandRunner: { command: `node --import tsx scripts/mutation-tests.ts "${area}"` },
  mutate: [glob, '!src/measures/**/*.test.ts', ...helpers],
  coverageAnalysis: 'off',
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 1),
  timeoutMS: 5000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `reports/mutation/${area === '.' ? 'top' : area || 'all'}.json` },
  // Off unless MUTATION_INCREMENTAL=1: the command runner reports one test ("All tests") with no file, so
  // Stryker cannot see that tests changed and reuses every earlier result (a finance re-run after new
  // tests reported the old 75.0% in 2 s). Use it only to re-test mutants of changed source files.
  incremental: process.env.MUTATION_INCREMENTAL === '1',
  incrementalFile: `reports/mutation/${area === '.' ? 'top' : area || 'all'}.incremental.json`,
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['data', 'web', 'docs', 'bench', 'reports', '.cache', '.scratch', 'dist', 'test'],
  cleanTempDir: 'always',
  thresholds: { high: 85, low: 75, break: null },
};
