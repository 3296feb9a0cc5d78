/**
 * The dependency rules of Schakel, checked by dependency-cruiser in `npm run deps` (and so in
 * `npm run validate`). Each rule names the layer it protects; docs/architecture.md explains the
 * layers. test/dependency-rules.test.ts runs these rules on a fixture with bad imports.
 *
 * A KNOWN_* list below is an explicit allowlist of today's exceptions, each to be removed when
 * that file moves behind a port (issue 15). Adding to a list needs a reason in the commit.
 */

/** Adapters that still reach into src/store/ directly (the next step gives them a port). */
const KNOWN_ADAPTERS_INTO_STORE = [
  // Composition root: opens the database, runs the migrations, seeds the demo, builds the ticker.
  'adapters/main.ts',
  // Every request once: the handled-requests table is read and written at the HTTP edge.
  'adapters/http/replay-answers.ts',
  'adapters/http/health-routes.ts',
  'adapters/slack/request-gate.ts',
  'adapters/slack/slack-app.ts',
  'adapters/teams/replays.ts',
  'adapters/teams/teams-app.ts',
];

/**
 * Files outside src/store/ that hold the database handle (`Database`, `Queryable`: pg's pool or a
 * transaction's client) and pass it to repositories, or write SQL themselves (marked SQL). Today's
 * 10 (from 40; deliver-due.ts was split in two): composition roots that build the repositories, and use cases not yet given
 * repositories (issue 15, step 5). A converted use case takes a repository or a unit of work
 * (src/store/unit-of-work.ts) instead, and leaves this list; none may be added but a split of a listed file.
 */
const KNOWN_DATABASE_HANDLE_USERS = [
  'adapters/http/health-routes.ts',
  'adapters/main.ts',
  'src/checkin/checkin-deliveries.ts',
  'src/checkin/open-round.ts',
  'src/cli/commands/doctor.ts', // opens the database (a composition root of its own)
  'src/cli/context.ts', // opens the database for the CLI commands (a composition root)
  'src/core.ts', // the composition: builds the stores the use cases receive
  'src/jobs/deliver-due.ts',
  'src/jobs/meeting-deliveries.ts', // split from deliver-due.ts, same reads
  'src/jobs/ticker.ts',
];

/** Only the command line's `start`, `cards`, `doctor` and `members import` load the adapters, lazily. */
const KNOWN_CORE_INTO_ADAPTERS = [
  'src/cli/commands/start.ts',
  'src/cli/commands/cards.ts',
  'src/cli/commands/doctor.ts',
  'src/cli/commands/members-import.ts',
];

const exactly = (paths) => `^(${paths.map((p) => p.replaceAll('.', '\\.')).join('|')})$`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-no-platform-sdk',
      comment: 'src/ knows no platform: Slack and Teams SDKs belong in adapters/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '(^|/)node_modules/(@slack/|@microsoft/teams\\.)' },
    },
    {
      name: 'core-no-http',
      comment: 'src/ serves no HTTP: no framework, no node:http server; the HTTP edge is adapters/http/.',
      severity: 'error',
      from: { path: '^src/' },
      to: {
        path: [
          '^(http|https|http2)$',
          '(^|/)node_modules/(express|fastify|koa|restify|hono|connect|body-parser|polka)/',
          '(^|/)node_modules/(@koa|@hapi|@hono|@nestjs|@fastify)/',
        ],
      },
    },
    {
      name: 'pg-only-in-store',
      comment:
        'The database driver (pg, PGlite) is used in src/store/ only; the rest goes through repositories.',
      severity: 'error',
      from: { path: '^(src|adapters)/', pathNot: '^src/store/' },
      to: { path: '(^|/)node_modules/(pg|pg-[^/]+|@electric-sql/[^/]+)/' },
    },
    {
      name: 'database-handle-only-in-store',
      comment:
        'The pool and transaction clients stay behind repositories in src/store/ (known exceptions listed at the top).',
      severity: 'error',
      from: { pathNot: ['^src/store/', exactly(KNOWN_DATABASE_HANDLE_USERS)] },
      to: { path: '^src/store/database\\.ts$' },
    },
    {
      name: 'commands-not-into-store',
      comment:
        'A text command and the router reach the data through CommandUses (src/commands/uses.ts), never the store itself; long-commands.ts only names the queue type of slow answers.',
      severity: 'error',
      from: { path: '^src/commands/', pathNot: '^src/commands/(uses|long-commands)\\.ts$' },
      to: { path: '^src/store/' },
    },
    {
      name: 'domain-is-pure',
      comment: 'src/domain/ imports nothing outside itself: no store, no messages, no packages.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: '^src/domain/' },
    },
    {
      name: 'adapters-not-into-store',
      comment:
        'Adapters reach the core through its ports, not its tables (known exceptions listed at the top).',
      severity: 'error',
      from: { path: '^adapters/', pathNot: exactly(KNOWN_ADAPTERS_INTO_STORE) },
      to: { path: '^src/store/' },
    },
    {
      name: 'core-not-into-adapters',
      comment: 'The core does not load adapters; only the listed CLI commands do, lazily.',
      severity: 'error',
      from: { path: '^src/', pathNot: exactly(KNOWN_CORE_INTO_ADAPTERS) },
      to: { path: '^adapters/' },
    },
    {
      name: 'resolvable',
      comment: 'Every import resolves, so no rule above can be passed by an import it could not see.',
      severity: 'error',
      from: { path: '^(src|adapters)/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    // Absolute, so the rules can also be run from a fixture folder (test/dependency-rules.test.ts).
    tsConfig: { fileName: require('node:path').join(__dirname, 'tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
