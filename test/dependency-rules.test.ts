import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

/** `npm run deps`, in a folder of choice: its exit code and the violations it lists. */
function cruise(cwd: string): { code: number | null; violations: string[] } {
  const run = spawnSync(
    process.execPath,
    [DEPCRUISE, 'src', 'adapters', '--config', CONFIG, '--output-type', 'err'],
    { cwd, encoding: 'utf8' },
  );
  const violations = run.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('error '))
    .map((l) => l.replace(/ → (\.\.\/)*node_modules\/((@[^/]+\/)?[^/]+).*$/, ' → $2'));
  return { code: run.status, violations };
}

describe('the dependency rules (.dependency-cruiser.cjs)', () => {
  it('hold for Schakel: no platform SDK or HTTP in src/, pg and the pool only in src/store/, a pure domain', () => {
    const { code, violations } = cruise(ROOT);
    expect(violations).toEqual([]);
    expect(code).toBe(0);
  });

  it('fail on a deliberately bad import, naming the rule and the import', () => {
    const { code, violations } = cruise(join(ROOT, 'test', 'fixtures', 'dependency-rules'));
    expect(code).not.toBe(0);
    expect(violations.sort()).toEqual([
      'error adapters-not-into-store: adapters/slack/reach.ts → src/store/database.ts',
      'error core-no-http: src/checkin/leak.ts → http',
      'error core-no-platform-sdk: src/checkin/leak.ts → @slack/bolt',
      'error core-not-into-adapters: src/checkin/loads-adapter.ts → adapters/slack/reach.ts',
      'error database-handle-only-in-store: adapters/slack/reach.ts → src/store/database.ts',
      'error database-handle-only-in-store: src/domain/impure.ts → src/store/database.ts',
      'error domain-is-pure: src/domain/impure.ts → src/store/database.ts',
      'error pg-only-in-store: src/checkin/leak.ts → pg',
    ]);
  });

  it('refuse a text command or the router that reads the store instead of CommandUses', () => {
    const { code, violations } = cruise(join(ROOT, 'test', 'fixtures', 'command-rules'));
    expect(code).not.toBe(0);
    expect(violations).toEqual([
      'error commands-not-into-store: src/commands/router.ts → src/store/members-repo.ts',
    ]);
  });
});
