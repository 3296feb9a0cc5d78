import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

const MIGRATIONS = readdirSync(join(import.meta.dirname, '..', '..', 'src', 'store', 'migrations')).filter(
  (f) => f.endsWith('.sql'),
).length;

describe('schakel migrate', () => {
  it('on an empty database says how many migrations it applied; a second run that none were needed', async () => {
    const env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-migrate-', 'blank') };
    const first = await runCli(['migrate'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`${MIGRATIONS} migraties toegepast`);
    expect(first.stdout).not.toContain('geen migraties meer nodig');
    const second = await runCli(['migrate'], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('De database is bij: geen migraties meer nodig.\n');
  });
});
