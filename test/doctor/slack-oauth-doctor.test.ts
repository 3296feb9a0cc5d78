import { describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

describe('schakel doctor with Slack in many workspaces', () => {
  // A data folder that already holds the cluster (no initdb in each process); no migrations yet.
  const env = async (extra: Record<string, string> = {}) => ({
    SCHAKEL_DATA_DIR: await preparedDataDir('schakel-doctor-oauth-', 'blank'),
    SLACK_CLIENT_ID: '1234.5678',
    SLACK_CLIENT_SECRET: 'client-geheim',
    SLACK_SIGNING_SECRET: 'onderteken-geheim',
    SLACK_STATE_SECRET: 'status-geheim-van-de-test',
    SCHAKEL_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
    ...extra,
  });

  it('counts the installed workspaces instead of testing one bot token', async () => {
    const e = await env({ PUBLIC_URL: 'https://schakel.example.nl' });
    expect((await runCli(['migrate'], e)).code).toBe(0);
    const r = await runCli(['doctor'], e);
    expect(r.stdout).toContain(
      '✔ Slack (meer werkruimtes): nog geen werkruimte heeft Schakel geïnstalleerd (via https://schakel.example.nl/slack/install)',
    );
    expect(r.stdout).not.toContain('bot-token');
    expect(r.code).toBe(0);
  });

  it('says PUBLIC_URL is needed for the install page', async () => {
    const r = await runCli(['doctor'], await env());
    expect(r.stdout).toContain('✖ Slack (meer werkruimtes): PUBLIC_URL');
    expect(r.stdout).toContain('PUBLIC_URL/slack/oauth_redirect');
  });
});
