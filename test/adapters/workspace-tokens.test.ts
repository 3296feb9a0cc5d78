import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenResolver } from '../../adapters/slack/workspace-tokens.ts';
import { loadConfig } from '../../src/config.ts';
import type { SlackInstallations } from '../../src/installations/slack-installations.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';

describe('which bot token a workspace is reached with', () => {
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  beforeAll(async () => {
    slack = await startSlackStandIn();
  });
  afterAll(async () => slack?.close());

  const stored: Record<string, string> = { T0GGZ: 'xoxb-ggz-opgeslagen' };
  const installations = {
    botTokenFor: async (team: string) => stored[team],
  } as unknown as SlackInstallations;
  const settings = (env: Record<string, string>) => {
    const c = loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slack.apiUrl, ...env });
    if (!c.slack) throw new Error('no Slack');
    return c.slack;
  };
  const oauth = {
    SLACK_CLIENT_ID: '1.2',
    SLACK_CLIENT_SECRET: 'c',
    SLACK_STATE_SECRET: 'status-geheim-van-de-test',
    SCHAKEL_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
  };

  it('single workspace: always the configured token', async () => {
    const tokenFor = tokenResolver(settings({ SLACK_BOT_TOKEN: 'xoxb-enig' }), undefined);
    expect(await tokenFor('T0WAT-DAN-OOK')).toBe('xoxb-enig');
  });

  it('many workspaces: the stored token; none for a workspace that did not install', async () => {
    const tokenFor = tokenResolver(settings(oauth), installations);
    expect(await tokenFor('T0GGZ')).toBe('xoxb-ggz-opgeslagen');
    expect(await tokenFor(STAND_IN_TEAM)).toBeUndefined();
    expect(slack.callsTo('auth.test')).toHaveLength(0);
  });

  it('with SLACK_BOT_TOKEN too: that token serves only its own workspace (asked once)', async () => {
    const tokenFor = tokenResolver(settings({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-eigen' }), installations);
    expect(await tokenFor(STAND_IN_TEAM)).toBe('xoxb-eigen');
    expect(await tokenFor('T0ANDERS')).toBeUndefined();
    expect(await tokenFor('T0GGZ')).toBe('xoxb-ggz-opgeslagen');
    expect(slack.authorizationsOf('auth.test')).toEqual(['Bearer xoxb-eigen']);
  });
});
