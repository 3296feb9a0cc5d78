import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from '../../src/store/data-dir-lock.ts';
import { startEmbeddedPostgres } from '../../src/store/embedded.ts';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

describe('the embedded data folder', () => {
  it('refuses a second Schakel process on the same folder with a clear message', async () => {
    // A folder that already holds a cluster: the first process opens it without initdb.
    const dir = await preparedDataDir('schakel-lock-', 'blank');
    const first = await startEmbeddedPostgres(dir);
    try {
      const second = await runCli(['migrate'], { SCHAKEL_DATA_DIR: dir });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain('Schakel draait al');
      expect(second.stderr).toContain(String(process.pid));
    } finally {
      await first.stop();
    }
  });

  it('keeps its data across a restart and takes over a lock left by a process that died', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'schakel-lock-')), 'data');
    const seeded = await runCli(['seed-demo'], { SCHAKEL_DATA_DIR: dir });
    expect(seeded.stdout).toContain('aangemaakt');
    writeFileSync(`${dir}.lock`, '999999'); // no such process
    const again = await runCli(['seed-demo'], { SCHAKEL_DATA_DIR: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('bestonden al');
  });

  it('starts although a probe file of a process with its pid was left behind (a container restarted)', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'schakel-lock-')), 'data');
    mkdirSync(dir);
    writeFileSync(join(dir, `.schakel-probe-${process.pid}`), '');
    const lock = lockDataDir(dir);
    try {
      expect(existsSync(`${dir}.lock`)).toBe(true);
      expect(existsSync(join(dir, `.schakel-probe-${process.pid}`))).toBe(false);
    } finally {
      lock.release();
    }
  });
});
