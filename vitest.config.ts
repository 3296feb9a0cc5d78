import { defineConfig } from 'vitest/config';

// The machine's zone must never hide a bug: every date test names its zone.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Bounds for a hung test, never a pace: every test waits for events (test/support/wait-for.ts),
    // so a passing one ends long before these. Generous, because on a busy two-core machine a test
    // that starts whole Schakel processes (the CLI, shutdown) can need a minute.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC', LOG_LEVEL: 'silent' },
  },
});
