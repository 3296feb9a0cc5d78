import { createRequire } from 'node:module';
import { expect, it } from 'vitest';

/** Idle memory: the package's word lists (about 6 MiB of a process) are read on the first question about a name. */
it('reads the name lexicon on the first scan that asks it, not when the guard is loaded', async () => {
  const require = createRequire(import.meta.url);
  const path = require.resolve('@zxcvbn-ts/language-nl-be');
  const { createGuard } = await import('../../src/privacy/guard.ts');
  const guard = createGuard({ now: () => new Date('2026-04-06T10:00:00+02:00') });
  expect(require.cache[path]).toBeUndefined();
  expect(guard.scan('Robbe heeft een depressie').map((f) => f.kind)).toEqual(['name_health']);
  expect(require.cache[path]).toBeDefined();
});
