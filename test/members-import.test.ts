import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkChannel } from '../src/store/rhythm-repo.ts';
import { databaseText } from './support/database-text.ts';
import { seedWerkgroep, TEAMS_TENANT } from './support/rhythm-fixture.ts';
import { runCli } from './support/run-cli.ts';
import { STAND_IN_TEAM, startSlackStandIn } from './support/slack-stand-in.ts';
import { startTeamsConnectorStandIn } from './support/teams-connector-stand-in.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

describe('schakel members import: a CSV of members, matched by e-mail on Slack and Teams', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let teams: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  const dir = mkdtempSync(join(tmpdir(), 'schakel-csv-'));
  const csv = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  beforeAll(async () => {
    tdb = await createTestDatabase();
    slack = await startSlackStandIn({ users: { 'anouk.visser@laborijn.example': 'U0ANOUK' } });
    teams = await startTeamsConnectorStandIn({
      roster: [{ id: '29:bram', name: 'Bram Koster', email: 'bram.koster@ggnet.example' }],
    });
    const w = await seedWerkgroep(tdb.db, { slackTeam: STAND_IN_TEAM, slackChannel: 'C0OOST' });
    await linkChannel(tdb.db.pool, w.overlegId, {
      platform: 'teams',
      workspace: TEAMS_TENANT,
      channelId: '19:oost@thread.tacv2',
      serviceUrl: teams.serviceUrl,
    });
  });
  afterAll(async () => {
    await slack?.close();
    await teams?.close();
    await tdb?.drop();
  });

  const env = () => ({
    DATABASE_URL: tdb.url,
    DATABASE_POOL_MAX: '1',
    SLACK_BOT_TOKEN: 'xoxb-import',
    SLACK_SIGNING_SECRET: 'geheim',
    SLACK_API_URL: slack.apiUrl,
    TEAMS_SKIP_AUTH: 'true',
  });
  const run = (file: string) =>
    runCli(['members', 'import', file, '--region', 'test-regio', '--werkgroep', 'Werkgroep Oost'], env());

  it('a file with bad rows names each row and column, and stores nothing', async () => {
    const before = await databaseText(tdb.db);
    const file = csv(
      'fout.csv',
      'naam,organisatie,domein,e-mail,rol\nAnouk Visser,Laborijn,gemeente,anouk.visser@laborijn.example,lid\nBram Koster,GGNet,zorg,bram.koster@ggnet.example,\nCor Jansen,UWV,uwv,geen-adres,lid\n',
    );
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Rij 3, domain: verwacht een van ggz, gemeente');
    expect(r.stderr).toContain('Rij 4, email: geen geldig e-mailadres');
    expect(r.stderr).toContain('Er is niets opgeslagen');
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it('imports all rows, links who was found on Slack or Teams, and lists who was not', async () => {
    const file = csv(
      'goed.csv',
      'naam;organisatie;domein;e-mail;rol\nAnouk Visser;Laborijn;gemeente;anouk.visser@laborijn.example;lid\nBram Koster;GGNet;GGZ;Bram.Koster@ggnet.example;\nCor Dijkman;UWV;uwv;cor.dijkman@uwv.example;lid;stuurgroeplid\n',
    );
    const r = await run(file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Toegevoegd: 3, bijgewerkt: 0.');
    expect(r.stdout).toContain('Gekoppeld: Anouk Visser (slack)');
    expect(r.stdout).toContain('Gekoppeld: Bram Koster (teams)');
    expect(r.stdout).toContain('- Cor Dijkman <cor.dijkman@uwv.example>');
    const { rows } = await tdb.db.pool.query(
      `SELECT m.name, p.platform, p.user_id FROM members m JOIN platform_identities p ON p.member_id = m.id
        WHERE m.email IS NOT NULL ORDER BY m.name`,
    );
    expect(rows).toEqual([
      { name: 'Anouk Visser', platform: 'slack', user_id: 'U0ANOUK' },
      { name: 'Bram Koster', platform: 'teams', user_id: '29:bram' },
    ]);
    const inWerkgroep = await tdb.db.pool.query(
      `SELECT count(*)::int AS n FROM overleg_members om JOIN members m ON m.id = om.member_id WHERE m.email IS NOT NULL`,
    );
    expect(inWerkgroep.rows[0].n).toBe(3);
    // Importing the same file again updates, it does not duplicate.
    expect((await run(file)).stdout).toContain('Toegevoegd: 0, bijgewerkt: 3.');
  });
});
