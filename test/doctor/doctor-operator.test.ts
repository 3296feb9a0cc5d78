import { describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { freePort } from '../support/free-port.ts';
import { runCli } from '../support/run-cli.ts';

describe('schakel doctor, as an operator meets it', () => {
  const dataDir = () => preparedDataDir('schakel-doctor-', 'blank');

  it('Slack out of reach: says Slack cannot be reached and to check the network, not to copy the token again', async () => {
    const r = await runCli(['doctor'], {
      SCHAKEL_DATA_DIR: await dataDir(),
      SLACK_BOT_TOKEN: 'xoxb-werkt',
      SLACK_SIGNING_SECRET: 'geheim',
      SLACK_API_URL: `http://127.0.0.1:${await freePort()}/api/`,
    });
    expect(r.stdout).toContain('✖ Slack: het bot-token werkt');
    expect(r.stdout).toContain('Slack is niet bereikbaar');
    expect(r.stdout).toContain('de verbinding werd geweigerd');
    expect(r.stdout).toContain('internetverbinding');
    expect(r.stdout).not.toContain('Kopieer het "Bot User OAuth Token"');
    expect(r.stdout).not.toContain('fetch failed');
    // No English line of the Slack SDK reaches the operator.
    expect(r.stderr).not.toMatch(/web-api|WARN/);
    expect(r.code).toBe(1);
  });

  it('Teams without TEAMS_APP_ID: a note about the app package, not a failure', async () => {
    const env = {
      SCHAKEL_DATA_DIR: await dataDir(),
      TEAMS_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
      TEAMS_CLIENT_SECRET: 'geheim',
      PUBLIC_URL: 'https://schakel.example',
    };
    expect((await runCli(['migrate'], env)).code).toBe(0);
    const r = await runCli(['doctor'], env);
    expect(r.stdout).not.toContain('✖ Teams: TEAMS_APP_ID');
    expect(r.stdout).toMatch(/ℹ Teams: TEAMS_APP_ID[^\n]*\n *→ [^\n]*npm run package:teams/);
    // The package also needs the organisation's name, which Teams shows with the app.
    expect(r.stdout).toMatch(/ℹ Teams: SCHAKEL_PRIVACY_CONTROLLER[^\n]*\n *→ [^\n]*naam van je organisatie/);
    expect(r.stdout).toContain('Alles in orde.');
    expect(r.code).toBe(0);
  });

  it('a PostgreSQL server that refuses the connection is said in Dutch, naming what to check', async () => {
    const r = await runCli(['doctor'], {
      DATABASE_URL: `postgres://schakel:geheimwachtwoord@127.0.0.1:${await freePort()}/schakel`,
    });
    expect(r.stdout).toContain('✖ Database bereikbaar');
    expect(r.stdout).toContain('de verbinding werd geweigerd');
    expect(r.stdout).toContain('DATABASE_URL');
    expect(r.stdout).not.toMatch(/ECONNREFUSED|geheimwachtwoord/);
  });

  const server = process.env.TEST_DATABASE_URL;
  it.skipIf(!server)('a role or database that does not exist is named, in Dutch', async () => {
    const url = new URL(server!);
    const role = new URL(url);
    role.username = 'geen_rol_schakel';
    const r1 = await runCli(['doctor'], { DATABASE_URL: role.toString() });
    expect(r1.stdout).toContain('de gebruiker (rol) "geen_rol_schakel" bestaat niet');
    expect(r1.stdout).not.toContain('does not exist');
    const db = new URL(url);
    db.pathname = '/geen_db_schakel';
    const r2 = await runCli(['doctor'], { DATABASE_URL: db.toString() });
    expect(r2.stdout).toContain('de database "geen_db_schakel" bestaat niet');
    expect(r2.stdout).not.toContain('does not exist');
  });
});
