import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli, runCliInProcess } from '../support/run-cli.ts';

// Settings that pass one by one but cannot work are a configuration problem, said at once by
// doctor and by start (both load the same configuration), naming the variable.

const doctor = (env: Record<string, string>) =>
  runCliInProcess(['doctor'], { SCHAKEL_DATA_DIR: '/nonexistent/schakel-config-rules', ...env });

describe('configuration that would fail later is refused at once', () => {
  it.each([
    [
      { PORT: '4278', LOCAL_CHAT_PORT: '4278' },
      'Configuratiefout: LOCAL_CHAT_PORT is dezelfde poort als PORT (4278); de lokale chat heeft een eigen poort nodig. Laat LOCAL_CHAT_PORT leeg (dan PORT+1) of kies een andere',
    ],
    [
      {
        NODE_ENV: 'production',
        PUBLIC_URL: 'http://schakel.example.org',
        SLACK_BOT_TOKEN: 'xoxb-fictief',
        SLACK_SIGNING_SECRET: 'geheim',
      },
      'Configuratiefout: PUBLIC_URL verwacht in productie een https-adres: Slack en Teams sturen niets naar http (nu: "http://schakel.example.org")',
    ],
    [
      {
        TEAMS_TENANT_ID: 'nope',
        TEAMS_CLIENT_ID: '00000000-0000-4000-8000-000000000001',
        TEAMS_CLIENT_SECRET: 'x',
      },
      'Configuratiefout: TEAMS_TENANT_ID verwacht de tenant-id (een GUID als 72f988bf-86f1-41af-91ab-2d7cd011db47) van uw Microsoft 365-organisatie (nu: "nope")',
    ],
    [
      { DATABASE_URL: 'postgres://schakel:geheim@127.0.0.1:99999/schakel' },
      'Configuratiefout: DATABASE_URL verwacht een URL als postgres://gebruiker@host:5432/database (nu: "postgres://schakel:***@127.0.0.1:99999/schakel")',
    ],
    [
      // No password given: shown without one, not as a masked password that is not there.
      { DATABASE_URL: 'postgres://schakel@127.0.0.1:99999/schakel' },
      'Configuratiefout: DATABASE_URL verwacht een URL als postgres://gebruiker@host:5432/database (nu: "postgres://schakel@127.0.0.1:99999/schakel")',
    ],
    [
      { DATABASE_URL: 'postgres://127.0.0.1:99999/schakel?sslmode=require' },
      'Configuratiefout: DATABASE_URL verwacht een URL als postgres://gebruiker@host:5432/database (nu: "postgres://127.0.0.1:99999/schakel?sslmode=require")',
    ],
    [
      { SLACK_API_URL: 'ftp:x' },
      'Configuratiefout: SLACK_API_URL verwacht een volledige URL (https://…) (nu: "ftp:x")',
    ],
  ])('%o', async (env, said) => {
    const r = await doctor(env);
    expect(r.stderr).toContain(said);
    expect(r.code).toBe(78);
  });

  it('TEAMS_SKIP_AUTH outside production: doctor notes that anyone can post to /api/messages', async () => {
    const r = await doctor({ TEAMS_SKIP_AUTH: 'yes', LOCAL_CHAT: 'off' });
    expect(r.stdout).toContain('Teams: TEAMS_SKIP_AUTH staat aan; Schakel controleert Teams-verzoeken niet');
    expect(r.stdout).toContain('Alleen voor ontwikkeling: iedereen die /api/messages bereikt');
  });
});

describe('configuration errors in the language asked for', () => {
  const DUTCH = /Configuratiefout|verwacht|ontbreekt|productie|\(nu:|verborgen/;

  it.each([
    [{ PORT: 'abc' }, 'Configuration error: PORT expects a port number (now: "abc").'],
    [
      { SCHAKEL_RETENTION_MONTHS: '0' },
      'Configuration error: SCHAKEL_RETENTION_MONTHS expects a whole number from 1 to 120 (months) (now: "0").',
    ],
    [
      { NODE_ENV: 'production' },
      'Configuration error: SLACK_BOT_TOKEN or TEAMS_CLIENT_ID is needed in production: no platform is set.',
    ],
    [
      { SLACK_CLIENT_ID: 'id', SLACK_CLIENT_SECRET: 'geheim-fictief', SLACK_STATE_SECRET: 'x'.repeat(16) },
      'Configuration error: SCHAKEL_ENCRYPTION_KEY is missing; with SLACK_CLIENT_ID Schakel stores bot tokens encrypted',
    ],
    [
      { SLACK_BOT_TOKEN: 'xoxp-fictief' },
      'Configuration error: SLACK_BOT_TOKEN expects a bot token that starts with xoxb- (now: hidden).',
    ],
  ])('doctor --en: %o', async (env, said) => {
    const r = await runCliInProcess(['doctor', '--en'], {
      SCHAKEL_DATA_DIR: '/nonexistent/schakel-config-rules',
      ...env,
    });
    expect(r.stderr).toContain(said);
    expect(r.stderr).not.toMatch(DUTCH);
    expect(r.code).toBe(78);
  });

  it('start, migrate and export with English asked for (--en or LANG=en) say it in English only', async () => {
    const env = { PORT: 'abc', SCHAKEL_DATA_DIR: '/nonexistent/schakel-config-rules' };
    for (const [args, extra] of [
      [['start', '--en'], {}],
      [['start'], { LANG: 'en_GB.UTF-8' }],
      [['migrate', '--en'], {}],
      [['export', '--en'], {}],
    ] as const) {
      const r = await runCli([...args], { ...env, ...extra });
      expect(r.stderr.trim(), args.join(' ')).toBe(
        'Configuration error: PORT expects a port number (now: "abc").',
      );
      expect(r.code, args.join(' ')).toBe(78);
    }
    // Without English asked for: Dutch, as before.
    const dutch = await runCli(['start'], env);
    expect(dutch.stderr.trim()).toBe('Configuratiefout: PORT verwacht een poortnummer (nu: "abc").');
  });
});

describe('a port already in use is named by its own variable', () => {
  let other: Server | undefined;
  afterAll(() => other?.close());

  it('LOCAL_CHAT_PORT taken by another program: start names LOCAL_CHAT_PORT, not PORT', async () => {
    other = createServer();
    await new Promise<void>((resolve) => other!.listen(0, '127.0.0.1', resolve));
    const taken = (other.address() as { port: number }).port;
    const env = {
      SCHAKEL_DATA_DIR: await preparedDataDir('schakel-config-port-', 'migrated'),
      PORT: '0',
      LOCAL_CHAT: 'on',
      LOCAL_CHAT_PORT: String(taken),
      SCHAKEL_SCHEDULER: 'false',
    };
    const r = await runCli(['start'], env);
    expect(r.stderr).toContain(
      `Poort ${taken} is al in gebruik. Stop het andere programma of kies een andere poort met LOCAL_CHAT_PORT.`,
    );
    expect(r.code).toBe(1);
  });
});
