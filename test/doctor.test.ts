import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLACK_BOT_SCOPES } from '../src/doctor/checks.ts';
import { preparedDataDir } from './support/database-templates.ts';
import { runCli } from './support/run-cli.ts';
import { startSlackStandIn } from './support/slack-stand-in.ts';

describe('schakel doctor', () => {
  // What a new folder holds after initdb (no migrations yet), copied instead of made by initdb in
  // each doctor process, which takes seconds.
  const dataDir = () => preparedDataDir('schakel-doctor-', 'blank');

  it('says which migrations are missing and how to fix it, then that all is well', async () => {
    const env = { SCHAKEL_DATA_DIR: await dataDir() };
    const before = await runCli(['doctor'], env);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain(`✔ Database bereikbaar (ingebouwd, in de map ${env.SCHAKEL_DATA_DIR})`);
    expect(before.stdout).toMatch(/✖ Databasemigraties nog niet toegepast: 001, 002/);
    expect(before.stdout).toContain('→ Voer npx schakel migrate uit');
    expect((await runCli(['migrate'], env)).code).toBe(0);
    const after = await runCli(['doctor'], env);
    expect(after.stdout).toContain('Alles in orde.');
    expect(after.code).toBe(0);
  });

  describe('with Slack', () => {
    let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
    beforeAll(async () => {
      slack = await startSlackStandIn({ scopes: SLACK_BOT_SCOPES.filter((s) => s !== 'im:write') });
    });
    afterAll(async () => slack?.close());

    const env = async (token: string) => ({
      SCHAKEL_DATA_DIR: await dataDir(),
      SLACK_BOT_TOKEN: token,
      SLACK_SIGNING_SECRET: 'geheim',
      SLACK_API_URL: slack.apiUrl,
    });

    it('names the scope the token lacks and how to get it', async () => {
      const r = await runCli(['doctor'], await env('xoxb-werkt'));
      expect(r.stdout).toContain('✖ Slack: rechten ontbreken: im:write');
      expect(r.stdout).toContain('manifest/slack/manifest.yml');
      expect(r.code).toBe(1);
    });

    it('says plainly when the token no longer works', async () => {
      const r = await runCli(['doctor'], await env('xoxb-ingetrokken'));
      expect(r.stdout).toContain('✖ Slack: het bot-token werkt');
      expect(r.stdout).toContain('invalid_auth');
    });
  });

  it('knows exactly the scopes the Slack manifest asks for', () => {
    const manifest = parse(
      readFileSync(join(import.meta.dirname, '..', 'manifest', 'slack', 'manifest.yml'), 'utf8'),
    );
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...SLACK_BOT_SCOPES].sort());
  });

  it('in production without a platform: says what to set', async () => {
    const r = await runCli(['doctor'], {
      // It stops at the configuration, before the database: a new, empty folder.
      SCHAKEL_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'schakel-doctor-')), 'data'),
      NODE_ENV: 'production',
      SLACK_BOT_TOKEN: '',
    });
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('SLACK_BOT_TOKEN');
  });
});
