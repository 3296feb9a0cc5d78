import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkChannel } from '../src/store/channels-repo.ts';
import { databaseText } from './support/database-text.ts';
import { freePort } from './support/free-port.ts';
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
    expect(r.stderr).toContain('Rij 3, domein: verwacht een van ggz, gemeente');
    expect(r.stderr).toContain('Rij 4, e-mail: geen geldig e-mailadres');
    expect(r.stderr).toContain('Er is niets opgeslagen');
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it('client data in naam or organisatie refuses the whole file, naming each place; nothing stored or logged', async () => {
    const before = await databaseText(tdb.db);
    const file = csv(
      'client.csv',
      'naam,organisatie,domein,e-mail,rol\nAnouk Visser,Laborijn,gemeente,anouk.visser@laborijn.example,lid\nBram Hoekstra heeft schizofrenie,GGNet,ggz,bram.hoekstra@ggnet.example,\nCor Dijkman,BSN 123456782,uwv,cor.dijkman@uwv.example,lid\n',
    );
    const r = await runCli(
      ['members', 'import', file, '--region', 'test-regio', '--werkgroep', 'Werkgroep Oost'],
      {
        ...env(),
        LOG_LEVEL: 'debug',
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Rij 3, naam: /);
    expect(r.stderr).toMatch(/Rij 4, organisatie: /);
    expect(r.stderr).toContain('Er is niets opgeslagen');
    expect(r.stderr).not.toContain('schizofrenie');
    expect(r.stderr).not.toContain('123456782');
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it('imports all rows, links who was found on Slack or Teams, and lists who was not', async () => {
    const file = csv(
      'goed.csv',
      'naam;organisatie;domein;e-mail;rol\nAnouk Visser;Laborijn;gemeente;anouk.visser@laborijn.example;lid\nBram Koster;GGNet;GGZ;Bram.Koster@ggnet.example;\nCor Dijkman;UWV;uwv;cor.dijkman@uwv.example;"lid;stuurgroeplid"\n',
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

  it('Slack out of reach: no English line of the Slack SDK reaches the operator', async () => {
    const file = csv(
      'los.csv',
      'naam;organisatie;domein;e-mail;rol\nDirk Los;UWV;uwv;dirk.los@uwv.example;lid\n',
    );
    const r = await runCli(
      ['members', 'import', file, '--region', 'test-regio', '--werkgroep', 'Werkgroep Oost'],
      {
        ...env(),
        // Nothing listens there: refused, as without network.
        SLACK_API_URL: `http://127.0.0.1:${await freePort()}/api/`,
      },
    );
    expect(r.stderr).toContain('de verbinding werd geweigerd');
    expect(r.stderr + r.stdout).not.toMatch(/web-api|\[WARN\]|http request failed/);
  });

  it('Slack refusing the lookup (invalid_auth): said in Dutch with what to check, nothing stored', async () => {
    const file = csv(
      'geweigerd.csv',
      'naam;organisatie;domein;e-mail;rol\nGijs Geweigerd;UWV;uwv;gijs.geweigerd@uwv.example;lid\n',
    );
    const before = await databaseText(tdb.db);
    slack.answerNext('users.lookupByEmail', { body: { ok: false, error: 'invalid_auth' } });
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'Slack weigerde het opzoeken van de leden (invalid_auth). Er is niets opgeslagen. Controleer het bot-token (SLACK_BOT_TOKEN) of installeer Schakel opnieuw in de werkruimte; schakel doctor zegt wat er mist.\n',
    );
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it('a revoked bot token (auth.test: invalid_auth) is said in Dutch and English, not in the SDK’s words', async () => {
    const file = csv(
      'ingetrokken.csv',
      'naam;organisatie;domein;e-mail;rol\nIne Ingetrokken;UWV;uwv;ine.ingetrokken@uwv.example;lid\n',
    );
    const before = await databaseText(tdb.db);
    const args = ['members', 'import', file, '--region', 'test-regio', '--werkgroep', 'Werkgroep Oost'];
    const revoked = { ...env(), SLACK_BOT_TOKEN: 'xoxb-ingetrokken' };
    const r = await runCli(args, revoked);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'Slack weigerde het opzoeken van de leden (invalid_auth). Er is niets opgeslagen.',
    );
    expect(r.stderr).not.toContain('An API error occurred');
    const en = await runCli([...args, '--en'], revoked);
    expect(en.stderr).toContain(
      'Slack refused to look the members up (invalid_auth). Nothing has been stored.',
    );
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it('offline, when it must look members up: says the lookup failed, that nothing was stored, and what to do', async () => {
    const file = csv(
      'offline.csv',
      'naam;organisatie;domein;e-mail;rol\nEva Offline;UWV;uwv;eva.offline@uwv.example;lid\n',
    );
    const before = await databaseText(tdb.db);
    // A name no resolver knows, as every name is on a machine without network.
    const r = await runCli(
      ['members', 'import', file, '--region', 'test-regio', '--werkgroep', 'Werkgroep Oost'],
      { ...env(), SLACK_API_URL: 'https://slack.invalid/api/' },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^Schakel kon de leden niet opzoeken in Slack of Teams: slack\.invalid is niet bereikbaar \((die naam is onbekend|de naam kon niet worden opgezocht)\)\. Er is niets opgeslagen\. Controleer of deze computer internet heeft en probeer het opnieuw; schakel doctor laat zien welke verbinding ontbreekt\.\n$/,
    );
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it("a file not in UTF-8 (Excel's plain CSV, Windows-1252) is refused with how to save it; nothing stored", async () => {
    const before = await databaseText(tdb.db);
    const text =
      'naam;organisatie;domein;e-mail;rol\r\nJosé Müller;Laborijn;gemeente;jose.muller@laborijn.example;lid\r\n';
    const file = join(dir, 'excel-1252.csv');
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('geen UTF-8');
    expect(r.stderr).toContain('CSV UTF-8');
    expect(r.stderr).toContain('Er is niets opgeslagen');
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it('a name with a line break, another control character or an invisible sign (a look-alike) is refused, naming the row', async () => {
    const before = await databaseText(tdb.db);
    const file = csv(
      'stuurteken.csv',
      'naam,organisatie,domein,e-mail,rol\n"José\nMüller",Laborijn,gemeente,jose.muller@laborijn.example,lid\nEva Smit,UWV\u0000,uwv,eva.smit@uwv.example,lid\n' +
        // A zero-width space after the name, and a direction override that shows "timS" as "Smit".
        'Bram Koster\u200b,GGNet,ggz,bram.koster@ggnet.example,lid\nAnouk \u202etimS,Laborijn,gemeente,anouk.visser@laborijn.example,lid\n',
    );
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Rij 2, naam: mag geen regeleinde of ander onzichtbaar teken bevatten');
    expect(r.stderr).toContain('Rij 3, organisatie: mag geen regeleinde of ander onzichtbaar teken bevatten');
    expect(r.stderr).toContain('Rij 4, naam: mag geen regeleinde of ander onzichtbaar teken bevatten');
    expect(r.stderr).toContain('Rij 5, naam: mag geen regeleinde of ander onzichtbaar teken bevatten');
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it("Excel's Unicode text (UTF-16 with its byte order mark, tab-separated) is read as it is", async () => {
    const text =
      'naam\torganisatie\tdomein\te-mail\trol\r\nJosé Müller\tLaborijn\tgemeente\tjose.muller@laborijn.example\tlid\r\n';
    const file = join(dir, 'excel-unicode.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await run(file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { rows } = await tdb.db.pool.query(
      `SELECT name FROM members WHERE email = 'jose.muller@laborijn.example'`,
    );
    expect(rows).toEqual([{ name: 'José Müller' }]);
  });
});
