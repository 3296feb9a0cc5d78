import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../src/clock.ts';
import { linkChannel } from '../src/store/channels-repo.ts';
import { createSlackInstallations } from '../src/store/slack-installations-store.ts';
import { databaseText } from './support/database-text.ts';
import { seedWerkgroep } from './support/rhythm-fixture.ts';
import { runCli } from './support/run-cli.ts';
import { GEMEENTE, GGZ, startSlackStandIn } from './support/slack-stand-in.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

// Installed in many Slack workspaces: no SLACK_BOT_TOKEN, each workspace's token stored (sealed) at install.

describe('schakel members import with Slack installed in many workspaces', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  const dir = mkdtempSync(join(tmpdir(), 'schakel-csv-oauth-'));
  const csv = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const encryptionKey = randomBytes(32).toString('base64');
  const env = () => ({
    DATABASE_URL: tdb.url,
    DATABASE_POOL_MAX: '1',
    SLACK_CLIENT_ID: '1234.5678',
    SLACK_CLIENT_SECRET: 'client-geheim',
    SLACK_SIGNING_SECRET: 'geheim',
    SLACK_STATE_SECRET: 'status-geheim-van-de-test',
    SCHAKEL_ENCRYPTION_KEY: encryptionKey,
    SLACK_API_URL: slack.apiUrl,
  });
  const run = (file: string, ...flags: string[]) =>
    runCli(['members', 'import', file, '--region', 'test-regio', ...flags], env());
  /** The tokens of the e-mail lookups made by the command just run. */
  const lookupTokens = async (command: Promise<Awaited<ReturnType<typeof runCli>>>) => {
    const before = slack.authorizationsOf('users.lookupByEmail').length;
    const result = await command;
    return { result, tokens: slack.authorizationsOf('users.lookupByEmail').slice(before) };
  };
  const slackIdentities = async (email: string) =>
    (
      await tdb.db.pool.query(
        `SELECT p.workspace, p.user_id FROM members m JOIN platform_identities p ON p.member_id = m.id
          WHERE m.email = $1 AND p.platform = 'slack' ORDER BY p.workspace`,
        [email],
      )
    ).rows;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    slack = await startSlackStandIn({
      users: { 'anouk.visser@laborijn.example': 'U0ANOUK', 'bram.koster@ggnet.example': 'U0BRAM' },
      installs: { 'code-gemeente': GEMEENTE, 'code-ggz': GGZ },
    });
    // One werkgroep with a channel in the gemeente's workspace and one in the GGZ's.
    const w = await seedWerkgroep(tdb.db, { slackTeam: GEMEENTE.teamId, slackChannel: 'C0OOST' });
    await linkChannel(tdb.db.pool, w.overlegId, {
      platform: 'slack',
      workspace: GGZ.teamId,
      channelId: 'C0GGZOOST',
      serviceUrl: null,
    });
    const installations = createSlackInstallations({
      db: tdb.db,
      clock: manualClock('2026-10-05T06:00:00Z'),
      encryptionKey,
    });
    for (const i of [GEMEENTE, GGZ]) {
      await installations.save({
        teamId: i.teamId,
        botToken: i.botToken,
        botUserId: i.botUserId,
        botScopes: ['commands', 'chat:write', 'users:read', 'users:read.email'],
        installerUserId: i.installerUserId,
        record: { team: { id: i.teamId, name: i.teamName }, bot: { token: i.botToken } },
      });
    }
  });
  afterAll(async () => {
    await slack?.close();
    await tdb?.drop();
  });

  it('--workspace of a workspace without Schakel says so and stores nothing', async () => {
    const before = await databaseText(tdb.db);
    const file = csv(
      'uwv.csv',
      'naam,organisatie,domein,e-mail,rol\nCor Dijkman,UWV,uwv,cor.dijkman@uwv.example,lid\n',
    );
    const { result, tokens } = await lookupTokens(run(file, '--workspace', 'T0UWV'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Schakel is niet geïnstalleerd in Slack-werkruimte T0UWV');
    expect(result.stderr).toContain('Er is niets opgeslagen');
    expect(tokens).toEqual([]);
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it("with --werkgroep, looks each e-mail up in every workspace of the werkgroep's channels, with that workspace's token", async () => {
    const file = csv(
      'oost.csv',
      'naam,organisatie,domein,e-mail,rol\nAnouk Visser,Laborijn,gemeente,anouk.visser@laborijn.example,lid\nCor Dijkman,UWV,uwv,cor.dijkman@uwv.example,lid\n',
    );
    const { result, tokens } = await lookupTokens(run(file, '--werkgroep', 'Werkgroep Oost'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Gekoppeld: Anouk Visser (slack)');
    expect(result.stdout).toContain('- Cor Dijkman <cor.dijkman@uwv.example>');
    expect(new Set(tokens)).toEqual(new Set([`Bearer ${GEMEENTE.botToken}`, `Bearer ${GGZ.botToken}`]));
    expect(tokens).toHaveLength(4); // two people, two workspaces
    // The stand-in knows one account per address; each workspace's answer is kept under that workspace.
    expect(await slackIdentities('anouk.visser@laborijn.example')).toEqual([
      { workspace: GEMEENTE.teamId, user_id: 'U0ANOUK' },
      { workspace: GGZ.teamId, user_id: 'U0ANOUK' },
    ]);
  });

  it('with --workspace, searches only that workspace; without a werkgroep or --workspace it says Slack was not searched', async () => {
    const file = csv(
      'ggz.csv',
      'naam,organisatie,domein,e-mail,rol\nBram Koster,GGNet,ggz,bram.koster@ggnet.example,lid\n',
    );
    const unsearched = await lookupTokens(run(file));
    expect(unsearched.result.code).toBe(0);
    expect(unsearched.result.stderr).toContain('niet in Slack gezocht');
    expect(unsearched.result.stderr).toContain('--workspace T');
    expect(unsearched.result.stdout).toContain('- Bram Koster <bram.koster@ggnet.example>');
    expect(unsearched.tokens).toEqual([]);

    const { result, tokens } = await lookupTokens(run(file, '--workspace', GGZ.teamId));
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Gekoppeld: Bram Koster (slack)');
    expect(tokens).toEqual([`Bearer ${GGZ.botToken}`]);
    expect(await slackIdentities('bram.koster@ggnet.example')).toEqual([
      { workspace: GGZ.teamId, user_id: 'U0BRAM' },
    ]);
  });
});
