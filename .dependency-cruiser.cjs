// The layer rules of bearing, checked by `npm run lint` (depcruise) and by
// test/architecture/depcruise.test.ts. ARCHITECTURE.md ("Layer rules") explains each one.
//
// Tiers, lowest first; a module may import its own tier and the tiers below it, never above:
//   domain    errors, dates, packageRoot, countries, poles, currencies, finance, votes, visits, values, security,
//             format (tabular output), params (request parameters): vocabulary, no I/O layers
//   sources   publisher formats -> typed records (imported only by the snapshot build)
//   store     reading a built snapshot: manifest, checksums, DuckDB, SQL
//   measures  pure functions over arrays
//   queries   store + measures -> rows
//   snapshot  building a snapshot: dataset builders (parse sources, write store tables; a derived
//             dataset such as the ideal points runs a query), the transactional build, update, status
//   claims    checks over queries
//   faces     cli, api (each imports the tiers below, never the other face)
//   app       the composition root (src/app): the only place that wires the faces (`serve`)
//   web/src   the dashboard: its own modules, and type-only imports of the API's schemas
//
// Tests (*.test.ts) and test support (testing/ folders, testing.ts, fixtures) are exempt from the
// layer rules (an integration test may run the whole CLI) but not from the cycle rule.

const testSupport = '(\\.test\\.tsx?$)|(/testing(/|\\.ts$))|(/fixtures/)|(^src/sources/financeFixtures\\.ts$)';

const tiers = {
  domain:
    '^src/(errors|dates|packageRoot)\\.ts$|^src/(countries|poles|currencies|finance|votes|visits|values|security|format|params)/',
  sources: '^src/sources/',
  store: '^src/store/',
  measures: '^src/measures/',
  queries: '^src/queries/',
  snapshot: '^src/snapshot/',
  claims: '^src/claims/',
  cli: '^src/cli/',
  api: '^src/api/',
  app: '^src/app/',
  web: '^web/src/',
};

/** Forbids `from` importing any of the named tiers. */
function cannotImport(name, from, targets, comment) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: tiers[from], pathNot: testSupport },
    to: { path: targets.map((t) => tiers[t]).join('|') },
  };
}

const above = {
  domain: ['sources', 'store', 'measures', 'queries', 'snapshot', 'claims', 'cli', 'api', 'app', 'web'],
  sources: ['store', 'measures', 'queries', 'snapshot', 'claims', 'cli', 'api', 'app', 'web'],
  store: ['measures', 'queries', 'snapshot', 'claims', 'cli', 'api', 'app', 'web'],
  measures: ['store', 'queries', 'snapshot', 'claims', 'cli', 'api', 'app', 'web'],
  queries: ['snapshot', 'claims', 'cli', 'api', 'app', 'web'],
  snapshot: ['claims', 'cli', 'api', 'app', 'web'],
  claims: ['snapshot', 'cli', 'api', 'app', 'web'],
};

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...Object.entries(above).map(([from, targets]) =>
      cannotImport(
        `no-upward-from-${from}`,
        from,
        targets,
        `${from} imports only its own tier and the tiers below it (ARCHITECTURE.md, Layer rules)`,
      ),
    ),
    {
      name: 'every-module-in-a-tier',
      comment:
        'every production module under src/ belongs to a tier (a new domain folder is added to `tiers.domain`), so no folder escapes the layer rules',
      severity: 'error',
      from: { path: '^src/', pathNot: `${Object.values(tiers).join('|')}|${testSupport}` },
      to: {},
    },
    {
      name: 'sources-only-to-snapshot',
      comment: 'only the snapshot build imports publisher parsers (src/sources); the record types they produce live in domain folders',
      severity: 'error',
      from: {
        path: [tiers.store, tiers.measures, tiers.queries, tiers.claims, tiers.cli, tiers.api, tiers.app].join('|'),
        pathNot: testSupport,
      },
      to: { path: tiers.sources },
    },
    cannotImport('no-face-to-face-cli', 'cli', ['api', 'app', 'web'], 'the CLI never imports the API or the dashboard; src/app composes them'),
    cannotImport('no-face-to-face-api', 'api', ['cli', 'app', 'web'], 'the API never imports the CLI or the dashboard; shared formatting lives in src/format, parameters in src/params'),
    {
      name: 'web-only-api-schema-types',
      comment:
        'the dashboard reaches data only through the API: from src/ it may import only TYPES of the API schemas (src/api/schemas*, src/api/routes/*), erased at build time',
      severity: 'error',
      from: { path: tiers.web, pathNot: testSupport },
      to: { path: '^src/', pathNot: '^src/api/(schemas|routes/|types\.ts$)' },
    },
    {
      name: 'web-schemas-type-only',
      comment: 'the dashboard imports API schemas as types only (`import type`), never their runtime code',
      severity: 'error',
      from: { path: tiers.web, pathNot: testSupport },
      to: { path: '^src/api/(schemas|routes/|types\.ts$)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-test-code-in-production',
      comment: 'production modules never import tests or test support',
      severity: 'error',
      from: { path: '^(src|web/src)/', pathNot: testSupport },
      to: { path: testSupport },
    },
    {
      name: 'no-circular',
      comment: 'no import cycles (share a type through a third module instead, as src/api/context.ts does)',
      severity: 'error',
      from: { path: '^(src|web/src)/' },
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'a module nothing imports is dead code (entry points and tests excepted)',
      severity: 'error',
      from: {
        orphan: true,
        pathNot: [
          testSupport,
          '\\.d\\.ts$',
          // entry points: bin/bearing.js runs dist/app/main.js; dev.ts runs the CLI from source
          '^src/app/(main|dev)\\.ts$',
          '^web/src/main\\.tsx$',
          // the dimension contract other engineers are about to implement (see knip.json)
          '^src/queries/dimensions/provider\\.ts$',
        ],
      },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that resolves to nothing',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
