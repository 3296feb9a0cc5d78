import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../src/store/embedded.ts';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

/**
 * While the server holds the embedded database's folder (here: this test process holds it, as
 * `schakel start` does), the commands say that Schakel is running and what to do, every line in
 * the language asked for; doctor says what it could not check, not that the database is broken.
 */
let env: Record<string, string>;
let holder: EmbeddedPostgres;
beforeAll(async () => {
  const dir = await preparedDataDir('schakel-held-', 'migrated');
  env = { SCHAKEL_DATA_DIR: dir };
  holder = await startEmbeddedPostgres(dir);
}, 60_000);
afterAll(() => holder?.stop());

const DUTCH = ['datamap', 'gebruik', 'proces ', 'niets', 'Stop de server'];

describe('a command while the server holds the data folder', () => {
  it.each([['migrate'], ['export'], ['export', '--region', 'zwaluwdorp']])(
    '%s --en: one English answer that says Schakel is running and what to do',
    async (...args) => {
      const r = await runCli([...args, '--en'], env);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Schakel is running (process ${process.pid})`);
      expect(r.stderr).toContain('Stop the server first');
      for (const word of DUTCH) expect(r.stderr).not.toContain(word);
    },
  );

  it('migrate in Dutch says the same in Dutch', async () => {
    const r = await runCli(['migrate'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Schakel draait al (proces ${process.pid})`);
    expect(r.stderr).toContain('Stop de server eerst');
    expect(r.stderr).not.toContain('cannot');
  });

  it('doctor says plainly that Schakel is running, that this is no fault, and how to check the database', async () => {
    const r = await runCli(['doctor'], env);
    expect(r.stdout).toContain(`Database niet nagekeken: Schakel draait (proces ${process.pid})`);
    expect(r.stdout).toContain('Dat is geen fout');
    expect(r.stdout).toContain('stop de server');
    expect(r.stdout).not.toContain('✖');
    expect(r.stdout).toContain('de database is niet nagekeken omdat Schakel draait');
    expect(r.code).toBe(0);
  });

  it('doctor --en says it in English only', async () => {
    const r = await runCli(['doctor', '--en'], env);
    expect(r.stdout).toContain(`Database not checked: Schakel is running (process ${process.pid})`);
    expect(r.stdout).toContain('That is no fault');
    for (const word of DUTCH) expect(r.stdout).not.toContain(word);
    expect(r.stdout).not.toContain('✖');
  });
});
