import { defineConfig } from 'vitest/config';

// The machine's zone must never hide a bug: every date test names its zone.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC', LOG_LEVEL: 'silent' },
  },
});
