import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('loadConfig accepted the configuration');
}

describe('loadConfig', () => {
  it('starts with nothing set: embedded database, local chat, demo data', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3978);
    expect(c.database).toEqual({ kind: 'embedded', dataDir: './.schakel/data' });
    expect(c.localChat).toEqual({ enabled: true, port: 3979 });
    expect(c.seedDemo).toBe(true);
    expect(c.teams?.skipAuth).toBe(true);
    expect(c.slack).toBeUndefined();
    expect(c.timeZone).toBe('Europe/Amsterdam');
  });

  it('uses the real server when DATABASE_URL is set', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/schakel',
      DATABASE_POOL_MAX: '4',
    });
    expect(c.database).toEqual({
      kind: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/schakel',
      poolMax: 4,
    });
  });

  it('is frozen', () => {
    const c = loadConfig({});
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.localChat)).toBe(true);
  });

  it('treats empty values as not set', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3978);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT', 'poortnummer'],
    [{ PORT: '70000' }, 'PORT', '65535'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL', 'postgres://'],
    [{ SLACK_BOT_TOKEN: 'xoxp-user' }, 'SLACK_BOT_TOKEN', 'xoxb-'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET', 'ontbreekt'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SOCKET_MODE: 'true' }, 'SLACK_APP_TOKEN', 'xapp-'],
    [{ SLACK_API_URL: 'niet-een-url' }, 'SLACK_API_URL', 'URL'],
    [{ SCHAKEL_TIMEZONE: 'Europe/Atlantis' }, 'SCHAKEL_TIMEZONE', 'IANA'],
    [{ LOG_LEVEL: 'luid' }, 'LOG_LEVEL', 'verwacht'],
    [{ TEAMS_CLIENT_ID: 'abc' }, 'TEAMS_CLIENT_SECRET', 'ontbreekt'],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV', 'production'],
  ])('names the variable in one Dutch line: %j', (env, variable, expectation) => {
    const err = errorOf(env);
    expect(err.variable).toBe(variable);
    expect(err.message).toContain(variable);
    expect(err.message).toContain(expectation);
    expect(err.message.split('\n')).toHaveLength(1);
  });

  describe('production refuses unsafe settings', () => {
    const slack = { NODE_ENV: 'production', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
    it('accepts a complete production configuration', () => {
      const c = loadConfig(slack);
      expect(c.localChat.enabled).toBe(false);
      expect(c.host).toBe('0.0.0.0');
    });
    it('refuses unauthenticated Teams requests', () => {
      expect(errorOf({ ...slack, TEAMS_SKIP_AUTH: 'true' }).variable).toBe('TEAMS_SKIP_AUTH');
    });
    it('refuses the local chat', () => {
      expect(errorOf({ ...slack, LOCAL_CHAT: 'on' }).variable).toBe('LOCAL_CHAT');
    });
    it('refuses a missing signing secret', () => {
      expect(errorOf({ NODE_ENV: 'production', SLACK_BOT_TOKEN: 'xoxb-1' }).variable).toBe(
        'SLACK_SIGNING_SECRET',
      );
    });
    it('refuses to run with no platform at all', () => {
      expect(errorOf({ NODE_ENV: 'production' }).variable).toBe('SLACK_BOT_TOKEN');
    });
  });
});

describe('.env.example', () => {
  it('documents every variable Schakel reads, and no other', async () => {
    const { readFileSync } = await import('node:fs');
    const { CONFIG_VARIABLES } = await import('../src/config.ts');
    const text = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const documented = [...text.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
