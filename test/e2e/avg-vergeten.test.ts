import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { avgHarnessForTests } from '../support/avg-harness.ts';

const clock = manualClock('2026-09-01T08:00:00Z');

/** Vergeten (vergeet-mij) over real HTTP on both platforms: asked, confirmed, and what is left after. */
describe('vergeten: your data erased on request, on Slack and Teams', () => {
  const a = avgHarnessForTests(clock);

  it('vergeten asks for confirmation first and changes nothing until then', async () => {
    const answer = await a.slash('U0RUBEN', 'vergeet-mij');
    expect(answer.text).toBe('Ik heb je een privébericht gestuurd.');
    const dm = a.slack.callsTo('chat.postMessage').at(-1);
    expect(JSON.stringify(dm?.body)).toContain('vergeet-mij bevestig');
    expect(await findMember(a.tdb.db.pool, a.w.rubenId)).not.toBeNull();
  });

  it('Teams: after confirmation the member, their accounts and the link to what they wrote are gone', async () => {
    // Ruben has a personal chat with Schakel in Teams, which names his account.
    await a.openPersonalChat();
    // The meeting of 8 September took place: the check-in went to Ruben directly.
    clock.set('2026-09-08T16:00:00Z');
    await a.app.running.tick();
    await a.app.running.tick();
    const sentToRuben = await a.tdb.db.pool.query(
      `SELECT kind FROM deliveries WHERE channel_id IN ('U0RUBEN', '29:ruben')`,
    );
    expect(sentToRuben.rows.map((r) => r.kind)).toContain('checkin_dm');
    const { conversationId, sent } = await a.rubenTypesInTeams('vergeet-mij bevestig');
    expect(JSON.stringify(sent.body)).toContain('Je gegevens zijn gewist');

    expect(await findMember(a.tdb.db.pool, a.w.rubenId)).toBeNull();
    const ids = await a.tdb.db.pool.query(
      `SELECT 1 FROM platform_identities WHERE user_id IN ('U0RUBEN', '29:ruben')`,
    );
    expect(ids.rowCount).toBe(0);
    // Nor the personal chat with them, nor what was sent to them directly: both named their account.
    const chats = await a.tdb.db.pool.query(`SELECT 1 FROM teams_conversations WHERE user_id = '29:ruben'`);
    expect(chats.rowCount).toBe(0);
    // Nor the replay protection's keys of the last ten minutes: no key names either chat.
    const keys = await a.tdb.db.pool.query(
      `SELECT request_key FROM handled_requests WHERE strpos(request_key, 'a:persoonlijk-ruben') > 0
          OR strpos(request_key, $1) > 0 OR strpos(request_key, '29:ruben') > 0`,
      [conversationId],
    );
    expect(keys.rows).toEqual([]);
    const direct = await a.tdb.db.pool.query(
      `SELECT key FROM deliveries WHERE channel_id IN ('U0RUBEN', '29:ruben') OR key LIKE '%ruben%'`,
    );
    expect(direct.rows).toEqual([]);
    const dump = JSON.stringify((await a.tdb.db.pool.query(`SELECT * FROM members`)).rows);
    expect(dump).not.toContain('Hofstede');
    // What the werkgroep needs stays, without the name.
    const agenda = await a.tdb.db.pool.query(`SELECT text, added_by FROM agenda_items`);
    expect(agenda.rows).toEqual([{ text: 'Casusoverleg plannen met UWV', added_by: null }]);
    const audit = await a.tdb.db.pool.query(
      `SELECT action, actor_id FROM audit_log WHERE action = 'gegevens_gewist'`,
    );
    expect(audit.rows).toEqual([{ action: 'gegevens_gewist', actor_id: null }]);
    // Their check-ins went with them.
    expect((await a.tdb.db.pool.query('SELECT 1 FROM checkin_answers')).rowCount).toBe(0);

    // Slack now treats the account as unknown too: the member is one person on both platforms.
    // Told kindly what may have happened (Schakel keeps nothing to know it for sure) and what to do.
    const help = await a.slash('U0RUBEN', 'agenda');
    expect(help.text).toContain('Ik ken je nog niet, of niet meer');
    expect(help.text).toContain('heb je je gegevens laten wissen met vergeet-mij?');
    expect(help.text).toContain('Vraag je projectleider om je (opnieuw) te koppelen');
  });

  it('after erasure, mijn-gegevens says plainly that Schakel keeps nothing about them (Slack and Teams)', async () => {
    const ack = await a.slash('U0RUBEN', 'mijn-gegevens');
    expect(ack.text).toContain('Schakel bewaart geen gegevens over je');
    expect(ack.text).toContain('Wil je Schakel weer gebruiken? Vraag je projectleider om je te koppelen.');
    expect(ack.text).not.toContain('Ik ken je nog niet');
    const { sent } = await a.rubenTypesInTeams('mijn-gegevens', 'Schakel bewaart geen gegevens over je');
    expect(JSON.stringify(sent.body)).not.toContain('schakel-mijn-gegevens.json');
  });
});
