import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalData } from '../../src/store/personal-data-repo.ts';
import { databaseText } from '../support/database-text.ts';
import { seedWerkgroep, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { runCli } from '../support/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// A member imported from a CSV but never linked to Slack or Teams has no chat to type
// "vergeet-mij" in: the operator erases them with `schakel members erase`, which erases what
// "vergeet-mij bevestig" erases and logs it. Fictional people only.
describe('schakel members erase: the operator erases a member on their behalf', () => {
  let tdb: TestDatabase;
  let seeded: Awaited<ReturnType<typeof seedWerkgroep>>;
  const dir = mkdtempSync(join(tmpdir(), 'schakel-erase-'));
  const env = () => ({ DATABASE_URL: tdb.url, DATABASE_POOL_MAX: '1' });
  const erase = (...args: string[]) => runCli(['members', 'erase', '--region', 'test-regio', ...args], env());
  const memberId = async (email: string) =>
    (await tdb.db.pool.query('SELECT id FROM members WHERE email = $1', [email])).rows[0]?.id as
      | string
      | undefined;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    seeded = await seedWerkgroep(tdb.db, { slackTeam: 'T0TEST' });
    const file = join(dir, 'leden.csv');
    writeFileSync(
      file,
      'naam,organisatie,domein,e-mail,rol\n' +
        'Anouk Visser,Laborijn,gemeente,anouk.visser@laborijn.example,lid\n' +
        'Bram Koster,GGNet,ggz,bram.koster@ggnet.example,lid\n' +
        'Bram Koster,UWV,uwv,bram.koster@uwv.example,lid\n',
    );
    const imported = await runCli(
      ['members', 'import', file, '--region', 'test-regio', '--werkgroep', 'Werkgroep Oost'],
      env(),
    );
    expect(imported.stdout).toContain('Toegevoegd: 3');
  });
  afterAll(async () => tdb?.drop());

  it('without --bevestig: shows whom and what it would erase and how to confirm, and erases nothing', async () => {
    const before = await databaseText(tdb.db);
    const r = await erase('--naam', 'anouk visser');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'Er is nog niets gewist. Met --bevestig wist Schakel voorgoed:\n' +
        '  - Anouk Visser <anouk.visser@laborijn.example> (Laborijn)\n' +
        'Het lid, de rollen, de gekoppelde Slack- en Teams-accounts, de check-ins en wat Schakel het lid persoonlijk stuurde. Agendapunten, actiepunten en knelpunten blijven voor de werkgroep, zonder naam. Dit kan niet ongedaan worden gemaakt.\n' +
        'Wissen? Voer het commando opnieuw uit met --bevestig:\n' +
        '  schakel members erase --region test-regio --naam "anouk visser" --bevestig\n',
    );
    expect(r.code).toBe(1);
    expect(await databaseText(tdb.db)).toBe(before);
    const en = await erase('--email', 'anouk.visser@laborijn.example', '--en');
    expect(en.stderr).toContain('Nothing has been erased yet.');
    expect(en.stderr).toContain(
      '  schakel members erase --region test-regio --email anouk.visser@laborijn.example --bevestig\n',
    );
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it('erases an imported, never-linked member by name; what they wrote stays without their name; logged', async () => {
    const anouk = await memberId('anouk.visser@laborijn.example');
    await tdb.db.pool.query(
      `INSERT INTO agenda_items (overleg_id, for_occurrence, text, added_by) VALUES ($1, '2026-09-08T14:00', $2, $3)`,
      [seeded.overlegId, 'Werkfit-traject bespreken', anouk],
    );
    const r = await erase('--naam', 'anouk visser', '--bevestig');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Gewist: Anouk Visser <anouk.visser@laborijn.example> uit regio test-regio, met de rollen, de gekoppelde accounts en de koppeling met wat zij schreven; het logboek van de regio vermeldt het.\n' +
        'Haal Anouk Visser ook uit uw ledenbestand (CSV): importeert u een bestand waarin Anouk Visser nog staat, dan voegt schakel members import Anouk Visser opnieuw toe.\n',
    );
    expect(await memberId('anouk.visser@laborijn.example')).toBeUndefined();
    expect(JSON.stringify(await personalData(tdb.db.pool, anouk ?? ''))).not.toContain('Anouk');
    const left = await tdb.db.pool.query(
      `SELECT (SELECT count(*)::int FROM member_roles WHERE member_id = $1) AS roles,
              (SELECT count(*)::int FROM overleg_members WHERE member_id = $1) AS werkgroepen`,
      [anouk],
    );
    expect(left.rows[0]).toEqual({ roles: 0, werkgroepen: 0 });
    const agenda = await tdb.db.pool.query(`SELECT text, added_by FROM agenda_items`);
    expect(agenda.rows).toEqual([{ text: 'Werkfit-traject bespreken', added_by: null }]);
    const audit = await tdb.db.pool.query(
      `SELECT action, actor_id, subject FROM audit_log WHERE action = 'gegevens_gewist'`,
    );
    expect(audit.rows).toEqual([
      { action: 'gegevens_gewist', actor_id: null, subject: 'lid (schakel members erase, commandoregel)' },
    ]);
    expect(JSON.stringify((await tdb.db.pool.query('SELECT * FROM audit_log')).rows)).not.toContain('Anouk');
  });

  it('no member of that name or address: says so in Dutch and erases nothing', async () => {
    const before = await databaseText(tdb.db);
    const r = await erase('--naam', 'Anouk Visser');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Geen lid in regio test-regio met naam "Anouk Visser". Er is niets gewist. (Hoofdletters tellen niet; verder moet het precies kloppen.)\n',
    );
    const byEmail = await erase('--email', 'niemand@laborijn.example');
    expect(byEmail.code).toBe(1);
    expect(byEmail.stderr).toContain(
      'Geen lid in regio test-regio met e-mailadres niemand@laborijn.example.',
    );
    const elsewhere = await runCli(
      ['members', 'erase', '--region', 'nergens', '--naam', 'Bram Koster'],
      env(),
    );
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain('Regio nergens bestaat niet. Er is niets gewist.');
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it('two members of that name: both named with their address, nothing erased; --email chooses', async () => {
    const before = await databaseText(tdb.db);
    const r = await erase('--naam', 'Bram Koster');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Meer dan één lid in regio test-regio met naam "Bram Koster":\n' +
        '  - Bram Koster <bram.koster@ggnet.example> (GGNet)\n' +
        '  - Bram Koster <bram.koster@uwv.example> (UWV)\n' +
        'Er is niets gewist. Kies er één met --email.\n',
    );
    expect(await databaseText(tdb.db)).toBe(before);
    const chosen = await erase('--naam', 'Bram Koster', '--email', 'bram.koster@uwv.example', '--bevestig');
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toContain('Gewist: Bram Koster <bram.koster@uwv.example> uit regio test-regio');
    expect(await memberId('bram.koster@uwv.example')).toBeUndefined();
    expect(await memberId('bram.koster@ggnet.example')).toBeDefined();
  });

  it('a linked member: their accounts, Teams personal chat and direct messages go too, as with vergeet-mij', async () => {
    await tdb.db.pool.query(
      `INSERT INTO teams_conversations (conversation_id, tenant, service_url, conversation_type, user_id, installed_at)
       VALUES ('a:ruben-prive', $1, 'https://smba.example/', 'personal', '29:ruben', now())`,
      [TEAMS_TENANT],
    );
    await tdb.db.pool.query(
      `INSERT INTO deliveries (key, region_id, occurrence, kind, platform, workspace, channel_id, due_at, next_attempt_at, status)
       VALUES ('checkin-dm-ruben', 'test-regio', '2026-09-08T14:00', 'checkin_dm', 'slack', 'T0TEST', 'U0RUBEN',
               '2026-09-08T16:00Z', '2026-09-08T16:00Z', 'sent')`,
    );
    const r = await erase('--naam', 'Ruben Hofstede', '--bevestig');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Gewist: Ruben Hofstede uit regio test-regio');
    const data = (await personalData(tdb.db.pool, seeded.rubenId)) as Record<string, unknown>;
    expect(data.lid).toBeUndefined();
    expect(data.koppelingen).toEqual([]);
    const traces = await tdb.db.pool.query(
      `SELECT (SELECT count(*)::int FROM platform_identities WHERE user_id IN ('U0RUBEN', '29:ruben')) AS accounts,
              (SELECT count(*)::int FROM teams_conversations WHERE user_id = '29:ruben') AS chats,
              (SELECT count(*)::int FROM deliveries WHERE channel_id = 'U0RUBEN') AS direct`,
    );
    expect(traces.rows[0]).toEqual({ accounts: 0, chats: 0, direct: 0 });
  });

  it('without --naam or --email it says how to use it and erases nothing', async () => {
    const r = await erase();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Geef --naam of --email op');
    expect(r.stderr).toContain('Gebruik: schakel members erase --region ID');
  });

  it('an empty --naam or --email (a shell variable left unset) is said in Dutch, nothing erased', async () => {
    const said = {
      '--naam':
        '--naam is leeg: geef de naam van het lid, tussen aanhalingstekens als er een spatie in staat.',
      '--email': '--email is leeg: geef het e-mailadres van het lid.',
    };
    const count = async () => (await tdb.db.pool.query('SELECT count(*)::int AS n FROM members')).rows[0]?.n;
    const before = await count();
    for (const [flag, line] of Object.entries(said)) {
      const r = await erase(flag, ' ');
      expect(r.code, flag).toBe(2);
      expect(r.stderr.split('\n')[0], flag).toBe(line);
    }
    expect(await count()).toBe(before);
  });
});
