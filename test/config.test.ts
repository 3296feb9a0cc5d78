import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { configSecrets } from '../src/config-secrets.ts';
import { createLogger } from '../src/logger.ts';
import { LogCapture } from './support/test-app.ts';

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
    // Calendar and digest links in the local chat open on this machine.
    expect(c.publicUrl).toBe('http://127.0.0.1:3978');
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

  it('never seeds the demo regions into a DATABASE_URL database unless SCHAKEL_SEED_DEMO asks for it', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/schakel';
    expect(loadConfig({ DATABASE_URL: url }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: url, LOCAL_CHAT: 'on' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: url, SCHAKEL_SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('does not open the local chat of itself against a DATABASE_URL database: only LOCAL_CHAT=on does', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/schakel';
    expect(loadConfig({ DATABASE_URL: url }).localChat.enabled).toBe(false);
    expect(loadConfig({ DATABASE_URL: url, LOCAL_CHAT: 'on' }).localChat.enabled).toBe(true);
    expect(loadConfig({}).localChat.enabled).toBe(true);
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
      expect(c.publicUrl).toBeUndefined();
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

describe('Slack in many workspaces (OAuth)', () => {
  const KEY = Buffer.alloc(32, 7).toString('base64');
  const oauth = {
    SLACK_CLIENT_ID: '1234.5678',
    SLACK_CLIENT_SECRET: 'client-geheim',
    SLACK_SIGNING_SECRET: 'onderteken-geheim',
    SLACK_STATE_SECRET: 'status-geheim-van-minstens-16',
    SCHAKEL_ENCRYPTION_KEY: KEY,
  };

  it('switches on with client id and secret; no bot token needed', () => {
    const c = loadConfig(oauth);
    expect(c.slack?.botToken).toBeUndefined();
    expect(c.slack?.oauth).toEqual({
      clientId: '1234.5678',
      clientSecret: 'client-geheim',
      stateSecret: 'status-geheim-van-minstens-16',
      encryptionKey: KEY,
    });
    expect(c.localChat.enabled).toBe(false);
  });

  it('takes the key as hex too, and keeps single-workspace mode as it was', () => {
    const hex = Buffer.alloc(32, 7).toString('hex');
    expect(loadConfig({ ...oauth, SCHAKEL_ENCRYPTION_KEY: hex }).slack?.oauth?.encryptionKey).toBe(KEY);
    const single = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
    expect(single.slack?.oauth).toBeUndefined();
    expect(single.slack?.botToken).toBe('xoxb-1');
  });

  it('starts in production with everything set', () => {
    expect(loadConfig({ ...oauth, NODE_ENV: 'production' }).slack?.oauth).toBeDefined();
  });

  const without = (name: keyof typeof oauth, extra: Record<string, string> = {}) => {
    const env: Record<string, string> = { ...oauth, ...extra };
    delete env[name];
    return env;
  };
  it.each([
    [without('SLACK_CLIENT_SECRET'), 'SLACK_CLIENT_SECRET', 'ontbreekt'],
    [without('SLACK_CLIENT_ID'), 'SLACK_CLIENT_ID', 'ontbreekt'],
    [without('SLACK_SIGNING_SECRET'), 'SLACK_SIGNING_SECRET', 'ontbreekt'],
    [without('SLACK_STATE_SECRET'), 'SLACK_STATE_SECRET', 'openssl rand -base64 32'],
    [without('SCHAKEL_ENCRYPTION_KEY'), 'SCHAKEL_ENCRYPTION_KEY', 'openssl rand -base64 32'],
    [without('SCHAKEL_ENCRYPTION_KEY', { NODE_ENV: 'production' }), 'SCHAKEL_ENCRYPTION_KEY', '32 bytes'],
    [{ ...oauth, SCHAKEL_ENCRYPTION_KEY: 'mijn-wachtwoord' }, 'SCHAKEL_ENCRYPTION_KEY', 'base64'],
    [{ ...oauth, SCHAKEL_ENCRYPTION_KEY: 'ab'.repeat(16) }, 'SCHAKEL_ENCRYPTION_KEY', 'hexadecimale'],
    [{ ...oauth, SLACK_STATE_SECRET: 'kort' }, 'SLACK_STATE_SECRET', '16 tekens'],
    [{ ...oauth, SLACK_SOCKET_MODE: 'true', SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_SOCKET_MODE', 'HTTP'],
  ])('names the variable in one Dutch line: %#', (env, variable, expectation) => {
    const err = errorOf(env);
    expect(err.variable).toBe(variable);
    expect(err.message).toContain(expectation);
    expect(err.message.split('\n')).toHaveLength(1);
  });

  it('never repeats a secret in the error', () => {
    const err = errorOf({ ...oauth, SCHAKEL_ENCRYPTION_KEY: 'mijn-wachtwoord' });
    expect(err.message).not.toContain('mijn-wachtwoord');
  });

  it.each([
    // A real token of the wrong kind pasted into the right place is still a secret.
    [{ SLACK_BOT_TOKEN: 'xoxp-1234-geheim-gebruikerstoken' }, 'xoxp-1234-geheim-gebruikerstoken'],
    [
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_APP_TOKEN: 'xoxb-geheim-app' },
      'xoxb-geheim-app',
    ],
    // A mistyped database URL still holds the password.
    [{ DATABASE_URL: 'postgres//schakel:Wachtwoord123@db.example/schakel' }, 'Wachtwoord123'],
    [{ DATABASE_URL: 'mysql://schakel:Wachtwoord123@db.example/schakel' }, 'Wachtwoord123'],
    // The password may stand in the query string too, as libpq and pg read it.
    [{ DATABASE_URL: 'postgres//schakel@db.example/schakel?password=Wachtwoord123' }, 'Wachtwoord123'],
    [
      { DATABASE_URL: 'mysql://schakel@db.example/schakel?sslmode=require&PASSWORD=Wachtwoord123' },
      'Wachtwoord123',
    ],
  ])('never repeats a token or a database password in the error: %j', (env, secret) => {
    const err = errorOf(env);
    expect(err.message).not.toContain(secret);
    expect(err.message.split('\n')).toHaveLength(1);
  });

  it('reads who answers questions about members’ data, for the privacy statement; unset, nobody is named', () => {
    expect(loadConfig({}).privacyController).toEqual({ name: undefined, contact: undefined });
    const c = loadConfig({
      SCHAKEL_PRIVACY_CONTROLLER: '  Gemeente Voorbeeldstad ',
      SCHAKEL_PRIVACY_CONTACT: 'privacy@voorbeeldstad.example',
    });
    expect(c.privacyController).toEqual({
      name: 'Gemeente Voorbeeldstad',
      contact: 'privacy@voorbeeldstad.example',
    });
  });

  it('refuses a privacy contact too long to be an address, in Dutch', () => {
    const err = errorOf({ SCHAKEL_PRIVACY_CONTACT: 'x'.repeat(201) });
    expect(err.variable).toBe('SCHAKEL_PRIVACY_CONTACT');
    expect(err.message).toMatch(/verwacht/);
    expect(err.message).not.toMatch(/Invalid|expected|received|Too big/);
  });

  it('keeps the rest of a mistyped database URL, so the mistake can be seen', () => {
    const err = errorOf({ DATABASE_URL: 'postgres//schakel:Wachtwoord123@db.example/schakel' });
    expect(err.message).toContain('postgres//schakel:***@db.example/schakel');
    const inQuery = errorOf({
      DATABASE_URL: 'postgres//schakel@db.example/schakel?password=Wachtwoord123&x=1',
    });
    expect(inQuery.message).toContain('postgres//schakel@db.example/schakel?password=***&x=1');
  });

  it.each([
    'postgres://schakel:Wacht%40woord123@db.example/schakel',
    'postgres://schakel@db.example/schakel?password=Wacht%40woord123',
    'postgres://schakel@db.example/schakel?sslmode=require&password=Wacht%40woord123',
  ])('tells the logger the database password, wherever the URL holds it: %s', (url) => {
    const logs = new LogCapture();
    const logger = createLogger('info', logs, configSecrets(loadConfig({ DATABASE_URL: url })));
    logger.warn('verbinding met Wacht@woord123 mislukt');
    expect(logs.text).not.toContain('Wacht@woord123');
    expect(logs.text).toContain('verbinding met');
  });

  it('hides a password with a bare "%" (not percent-encoding) rather than failing to start', () => {
    const url = 'postgres://schakel:50%korting@db.example/schakel';
    const logs = new LogCapture();
    const logger = createLogger('info', logs, configSecrets(loadConfig({ DATABASE_URL: url })));
    logger.warn('verbinding met 50%korting mislukt');
    expect(logs.text).not.toContain('50%korting');
  });

  it.each([
    ['DATABASE_POOL_MAX', 'veel'],
    ['DATABASE_POOL_MAX', '2.5'],
    ['DATABASE_POOL_MAX', '500'],
    ['SCHAKEL_RETENTION_MONTHS', 'twee jaar'],
    ['SCHAKEL_RETENTION_MONTHS', '1000'],
    ['SCHAKEL_DELIVERY_LEASE_MS', '1m'],
    ['AI_TIMEOUT_MS', '1e9'],
  ])('says in Dutch what a number setting expects: %s=%s', (variable, value) => {
    const err = errorOf({ [variable]: value });
    expect(err.variable).toBe(variable);
    expect(err.message).toMatch(/verwacht een geheel getal/);
    expect(err.message).not.toMatch(/Invalid|expected|received|Too big|Too small/);
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
