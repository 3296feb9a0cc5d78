import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const GUARD = fileURLToPath(new URL('../../src/privacy/guard.ts', import.meta.url));

// In a fresh process: the test workers share what earlier files loaded (vitest.config.ts, isolate: false).
const SCRIPT = `
import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(GUARD)});
const path = require.resolve('@zxcvbn-ts/language-nl-be');
const { createGuard } = await import(${JSON.stringify(GUARD)});
const guard = createGuard({ now: () => new Date('2026-04-06T10:00:00+02:00') });
const before = require.cache[path] !== undefined;
const kinds = guard.scan('Robbe heeft een depressie').map((f) => f.kind);
console.log(JSON.stringify({ before, kinds, after: require.cache[path] !== undefined }));
`;

/** Idle memory: the package's word lists (about 6 MiB of a process) are read on the first question about a name. */
it('reads the name lexicon on the first scan that asks it, not when the guard is loaded', async () => {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', SCRIPT]);
  expect(JSON.parse(stdout)).toEqual({ before: false, kinds: ['name_health'], after: true });
});
