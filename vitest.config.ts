import { defineConfig } from 'vitest/config';

// The machine's zone must never hide a bug: every date test names its zone.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Each worker process runs file after file and keeps what they loaded (Bolt, the Teams SDK,
    // PGlite, pdfkit, the core): isolated, every file paid for loading all of it again in a new
    // process, more than half of the suite's time on a two-core machine. It stays correct because
    // every file builds its own state: its own database, app, stand-ins and ports, closed in
    // afterAll; no test changes a module's state, process.env (vi.stubEnv is undone) or a global.
    isolate: false,
    // Bounds for a hung test, never a pace: every test waits for events (test/support/wait-for.ts),
    // so a passing one ends long before these. Generous, because on a busy two-core machine a test
    // that starts whole Schakel processes (the CLI, shutdown) can need a minute.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC', LOG_LEVEL: 'silent' },
  },
});
