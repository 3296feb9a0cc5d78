import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { cliWords } from '../support/run-cli.ts';

describe('a reader that stops early', () => {
  it('`schakel doctor | head -1`: the closed output ends the command quietly, no EPIPE stack', async () => {
    const child = spawn(process.execPath, cliWords('doctor'), {
      env: {
        PATH: process.env.PATH ?? '',
        LOG_LEVEL: 'warn',
        SCHAKEL_DATA_DIR: await preparedDataDir('schakel-closed-output-', 'migrated'),
      },
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    // As `head -1` does: read the first line, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
