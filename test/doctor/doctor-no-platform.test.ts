import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { configurationChecks } from '../../src/doctor/checks.ts';

const DATABASE_URL = 'postgres://schakel@127.0.0.1:5432/schakel';

function platformLine(env: Record<string, string>) {
  return configurationChecks(loadConfig(env), env).find((c) => c.what.startsWith('Geen Slack of Teams'));
}

describe('schakel doctor with neither Slack nor Teams', () => {
  it('without DATABASE_URL: the local chat in the browser, as `schakel start` runs it', () => {
    const line = platformLine({});
    expect(line?.what).toContain('de chat in de browser');
    expect(line?.ok).toBe(true);
  });

  it('with DATABASE_URL, where the local chat stays off: says no message goes in or out, and what to set', () => {
    const line = platformLine({ DATABASE_URL });
    expect(line?.what).not.toContain('chat in de browser');
    expect(line?.what).toContain('geen berichten');
    expect(line?.note).toBe(true);
    expect(line?.fix).toContain('SLACK_BOT_TOKEN of TEAMS_CLIENT_ID');
    expect(line?.fix).toContain('LOCAL_CHAT=on');
  });

  it('with DATABASE_URL and LOCAL_CHAT=on: the chat in the browser again', () => {
    expect(platformLine({ DATABASE_URL, LOCAL_CHAT: 'on' })?.what).toContain('de chat in de browser');
  });
});
