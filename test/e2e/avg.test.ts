import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_CONSENT_CARD, FILE_DECLINED, FILE_INFO_CARD } from '../../adapters/teams/file-consent.ts';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { type seedWerkgroep, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, type startSlackStandIn } from '../support/slack-stand-in.ts';
import { fileConsentInvoke, messageActivity, postActivity } from '../support/teams-activities.ts';
import type { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';
import type { TestApp } from '../support/test-app.ts';
import type { TestDatabase } from '../support/test-database.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'avg-geheim';
const clock = manualClock('2026-09-01T08:00:00Z');

describe('inzage and vergeten, over real HTTP on both platforms', () => {
  let h: WerkgroepHarness;
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let teams: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  let app: TestApp;
  let w: Awaited<ReturnType<typeof seedWerkgroep>>;

  beforeAll(async () => {
    h = await startWerkgroepHarness({
      secret: SECRET,
      clock,
      env: { PUBLIC_URL: 'https://schakel.gemeente.example' },
    });
    ({ tdb, slack, teams, app, w } = h);
    const core = app.running.core;
    const pl = await findMember(tdb.db.pool, w.projectleiderId);
    await core.rhythm.createSeries(pl, w.overlegId, { firstStart: '2026-09-08T14:00', durationMinutes: 90 });
    await core.rhythm.addAgendaItem(
      await findMember(tdb.db.pool, w.rubenId),
      w.overlegId,
      'Casusoverleg plannen met UWV',
    );
    const { rows } = await tdb.db.pool.query(
      `INSERT INTO checkin_rounds (overleg_id, occurrence, meeting_date, time_zone, opened_at, nudge_at, closes_at)
       VALUES ($1, '2026-08-11T14:00', '2026-08-11', 'Europe/Amsterdam', '2026-08-11T14:00Z', '2026-08-14T14:00Z', '2026-08-18T14:00Z')
       RETURNING id`,
      [w.overlegId],
    );
    await tdb.db.pool.query(
      `INSERT INTO checkin_answers (round_id, member_id, samenwerkingsniveau, toelichting, submitted_at, updated_at)
       VALUES ($1, $2, 3.5, 'Warme overdracht loopt beter', now(), now())`,
      [rows[0].id, w.rubenId],
    );
  });
  afterAll(async () => h?.stop());

  const slash = async (userId: string, text: string) => {
    const body = slashCommandBody({
      text,
      userId,
      teamId: STAND_IN_TEAM,
      responseUrl: slack.responseUrl,
      channelId: 'C0OOST',
    });
    return (await postToSlack(`${app.baseUrl}/slack/events`, SECRET, body)).json() as Promise<{
      text: string;
    }>;
  };

  it('Slack: inzage arrives in a direct message, not in the channel', async () => {
    const ack = await slash('U0RUBEN', 'mijn-gegevens');
    expect(ack.text).toBe('Ik heb je een privébericht gestuurd.');
    expect(JSON.stringify(ack)).not.toContain('Ruben');
    const dm = await slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'U0RUBEN');
    const text = JSON.stringify(dm.body.blocks);
    expect(text).toContain('Ruben Hofstede');
    expect(text).toContain('schakel-mijn-gegevens.json');
    // Where to read why, for how long and whom to ask: the privacy statement on this server.
    expect(text).toContain('https://schakel.gemeente.example/privacy');
    // The whole inzage as a file in the member's own direct chat (conversations.open), not in a channel.
    await slack.waitFor((c) => c.path === '/api/files.completeUploadExternal');
    const [file] = await slack.filesIn('D0RUBEN');
    expect(file?.name).toBe('schakel-mijn-gegevens.json');
    const data = JSON.parse(file?.content ?? '{}') as Record<string, unknown>;
    const all = JSON.stringify(data);
    expect(all).toContain('Casusoverleg plannen met UWV');
    expect(all).toContain('Warme overdracht loopt beter');
    expect(all).toContain('U0RUBEN');
    expect(Object.keys(data.uitleg as object)).toContain('checkin_antwoorden');
    // First what a person reads at a glance, then the whole file.
    const facts =
      (dm.body.blocks as Array<{ type: string; text?: { text: string } }>).find((b) =>
        b.text?.text.startsWith('*Naam*'),
      )?.text?.text ?? '';
    expect(facts).toContain('Werkgroepen');
    expect(facts).toContain('Werkgroep Oost');
    expect(facts).toContain('1 antwoord');
    expect(facts).toContain('1 agendapunt');
    expect(facts).toContain('Slack en Teams');
    expect(facts).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('Teams: inzage only in the personal chat; asked for in a channel it is sent there', async () => {
    const inChannel = messageActivity({
      text: 'mijn-gegevens',
      serviceUrl: teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId: '19:werkgroep-oost@thread.tacv2',
      conversationType: 'channel',
    });
    await postActivity(app.baseUrl, inChannel);
    const refused = await teams.waitFor((c) =>
      c.path.startsWith('/v3/conversations/19:werkgroep-oost@thread.tacv2/'),
    );
    expect(String(refused.body.text)).toBe(nl.adapters.sentPrivately);
    expect(JSON.stringify(refused.body)).not.toContain('Hofstede');
    const sentPrivately = await teams.waitFor((c) => c.path.startsWith('/v3/conversations/a:dm-29:ruben/'));
    expect(JSON.stringify(sentPrivately.body)).toContain('Hofstede');

    const personal = messageActivity({
      text: 'mijn-gegevens',
      serviceUrl: teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
    });
    await postActivity(app.baseUrl, personal);
    const sent = await teams.waitFor((c) =>
      c.path.startsWith(`/v3/conversations/${personal.conversation.id}/`),
    );
    expect(JSON.stringify(sent.body)).toContain('Ruben Hofstede');

    // Then Teams' own way to send a file: it asks the member first, and the card holds no data.
    const consent = await teams.waitFor(
      (c) =>
        c.path.startsWith(`/v3/conversations/${personal.conversation.id}/`) &&
        JSON.stringify(c.body).includes(FILE_CONSENT_CARD),
    );
    const card = (
      consent.body.attachments as Array<{ name: string; content: { acceptContext: unknown } }>
    )[0];
    expect(card?.name).toBe('schakel-mijn-gegevens.json');
    expect(JSON.stringify(consent.body)).not.toContain('Warme overdracht');

    const before = teams.calls.length;
    const accepted = fileConsentInvoke({
      action: 'accept',
      context: card?.content.acceptContext,
      serviceUrl: teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId: personal.conversation.id,
      uploadInfo: {
        name: 'schakel-mijn-gegevens.json',
        uploadUrl: `${teams.serviceUrl}/onedrive/upload-1`,
        contentUrl: 'https://contoso-my.sharepoint.com/personal/ruben/schakel-mijn-gegevens.json',
        uniqueId: 'bestand-1',
        fileType: 'json',
      },
    });
    expect((await postActivity(app.baseUrl, accepted)).status).toBe(200);
    const upload = await teams.waitFor((c) => c.path === '/onedrive/upload-1', { after: before });
    expect(upload.method).toBe('PUT');
    expect(upload.headers['content-range']).toBe(
      `bytes 0-${Buffer.byteLength(upload.raw) - 1}/${Buffer.byteLength(upload.raw)}`,
    );
    expect(upload.raw).toContain('Warme overdracht loopt beter');
    const shown = await teams.waitFor((c) => JSON.stringify(c.body).includes(FILE_INFO_CARD), {
      after: before,
    });
    expect(JSON.stringify(shown.body)).toContain('contoso-my.sharepoint.com');

    // "Weigeren": nothing is uploaded, and the member hears how to get it later.
    const declined = fileConsentInvoke({
      action: 'decline',
      context: card?.content.acceptContext,
      serviceUrl: teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId: personal.conversation.id,
    });
    const mark = teams.calls.length;
    expect((await postActivity(app.baseUrl, declined)).status).toBe(200);
    const answer = await teams.waitFor((c) => String(c.body.text ?? '').length > 0, { after: mark });
    expect(String(answer.body.text)).toBe(FILE_DECLINED);
    expect(teams.calls.slice(mark).some((c) => c.path.startsWith('/onedrive/'))).toBe(false);
  });

  it('Teams: a consent answer for a command that makes no file, or an upload place elsewhere, is refused', async () => {
    const forged = fileConsentInvoke({
      action: 'accept',
      context: { remake: 'vergeet-mij bevestig' },
      serviceUrl: teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      uploadInfo: {
        name: 'x.json',
        uploadUrl: 'http://169.254.169.254/latest',
        contentUrl: 'https://example.org/x.json',
        uniqueId: 'x',
        fileType: 'json',
      },
    });
    expect((await postActivity(app.baseUrl, forged)).status).toBe(400);
    expect(await findMember(tdb.db.pool, w.rubenId)).not.toBeNull();
  });

  it('the inzage names the Teams personal chat Schakel keeps with the member, while it exists', async () => {
    const added = messageActivity({
      text: '',
      serviceUrl: teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId: 'a:persoonlijk-ruben',
    });
    const greeted = teams.calls.length;
    const install = { ...added, type: 'installationUpdate', action: 'add', text: undefined };
    expect((await postActivity(app.baseUrl, install)).status).toBe(200);
    await teams.waitFor((c) => c.path.startsWith('/v3/conversations/a:persoonlijk-ruben/'), {
      after: greeted,
    });
    const before = (await slack.filesIn('D0RUBEN')).length;
    const mark = slack.calls.length;
    await slash('U0RUBEN', 'mijn-gegevens');
    await slack.waitFor((c) => c.path === '/api/files.completeUploadExternal', { after: mark });
    const file = (await slack.filesIn('D0RUBEN')).slice(before).at(-1);
    const data = JSON.parse(file?.content ?? '{}') as { koppelingen: Array<Record<string, unknown>> };
    expect(data.koppelingen).toContainEqual(
      expect.objectContaining({
        platform: 'teams',
        gebruiker: '29:ruben',
        teams_privegesprek: 'a:persoonlijk-ruben',
      }),
    );
  });

  it('vergeten asks for confirmation first and changes nothing until then', async () => {
    const answer = await slash('U0RUBEN', 'vergeet-mij');
    expect(answer.text).toBe('Ik heb je een privébericht gestuurd.');
    const dm = slack.callsTo('chat.postMessage').at(-1);
    expect(JSON.stringify(dm?.body)).toContain('vergeet-mij bevestig');
    expect(await findMember(tdb.db.pool, w.rubenId)).not.toBeNull();
  });

  it('Teams: after confirmation the member, their accounts and the link to what they wrote are gone', async () => {
    // The meeting of 8 September took place: the check-in went to Ruben directly.
    clock.set('2026-09-08T16:00:00Z');
    await app.running.tick();
    await app.running.tick();
    const sentToRuben = await tdb.db.pool.query(
      `SELECT kind FROM deliveries WHERE channel_id IN ('U0RUBEN', '29:ruben')`,
    );
    expect(sentToRuben.rows.map((r) => r.kind)).toContain('checkin_dm');
    const personal = messageActivity({
      text: 'vergeet-mij bevestig',
      serviceUrl: teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
    });
    await postActivity(app.baseUrl, personal);
    const sent = await teams.waitFor((c) =>
      c.path.startsWith(`/v3/conversations/${personal.conversation.id}/`),
    );
    expect(JSON.stringify(sent.body)).toContain('Je gegevens zijn gewist');

    expect(await findMember(tdb.db.pool, w.rubenId)).toBeNull();
    const ids = await tdb.db.pool.query(
      `SELECT 1 FROM platform_identities WHERE user_id IN ('U0RUBEN', '29:ruben')`,
    );
    expect(ids.rowCount).toBe(0);
    // Nor the personal chat with them, nor what was sent to them directly: both named their account.
    const chats = await tdb.db.pool.query(`SELECT 1 FROM teams_conversations WHERE user_id = '29:ruben'`);
    expect(chats.rowCount).toBe(0);
    // Nor the replay protection's keys of the last ten minutes: no key names either chat.
    const keys = await tdb.db.pool.query(
      `SELECT request_key FROM handled_requests WHERE strpos(request_key, 'a:persoonlijk-ruben') > 0
          OR strpos(request_key, $1) > 0 OR strpos(request_key, '29:ruben') > 0`,
      [personal.conversation.id],
    );
    expect(keys.rows).toEqual([]);
    const direct = await tdb.db.pool.query(
      `SELECT key FROM deliveries WHERE channel_id IN ('U0RUBEN', '29:ruben') OR key LIKE '%ruben%'`,
    );
    expect(direct.rows).toEqual([]);
    const dump = JSON.stringify((await tdb.db.pool.query(`SELECT * FROM members`)).rows);
    expect(dump).not.toContain('Hofstede');
    // What the werkgroep needs stays, without the name.
    const agenda = await tdb.db.pool.query(`SELECT text, added_by FROM agenda_items`);
    expect(agenda.rows).toEqual([{ text: 'Casusoverleg plannen met UWV', added_by: null }]);
    const audit = await tdb.db.pool.query(
      `SELECT action, actor_id FROM audit_log WHERE action = 'gegevens_gewist'`,
    );
    expect(audit.rows).toEqual([{ action: 'gegevens_gewist', actor_id: null }]);
    // Their check-ins went with them.
    expect((await tdb.db.pool.query('SELECT 1 FROM checkin_answers')).rowCount).toBe(0);

    // Slack now treats the account as unknown too: the member is one person on both platforms.
    // Told kindly what may have happened (Schakel keeps nothing to know it for sure) and what to do.
    const help = await slash('U0RUBEN', 'agenda');
    expect(help.text).toContain('Ik ken je nog niet, of niet meer');
    expect(help.text).toContain('heb je je gegevens laten wissen met vergeet-mij?');
    expect(help.text).toContain('Vraag je projectleider om je (opnieuw) te koppelen');
  });

  it('after erasure, mijn-gegevens says plainly that Schakel keeps nothing about them (Slack and Teams)', async () => {
    const ack = await slash('U0RUBEN', 'mijn-gegevens');
    expect(ack.text).toContain('Schakel bewaart geen gegevens over je');
    expect(ack.text).toContain('Wil je Schakel weer gebruiken? Vraag je projectleider om je te koppelen.');
    expect(ack.text).not.toContain('Ik ken je nog niet');
    const personal = messageActivity({
      text: 'mijn-gegevens',
      serviceUrl: teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
    });
    await postActivity(app.baseUrl, personal);
    const sent = await teams.waitFor(
      (c) =>
        c.path.startsWith(`/v3/conversations/${personal.conversation.id}/`) &&
        JSON.stringify(c.body).includes('Schakel bewaart geen gegevens over je'),
    );
    expect(JSON.stringify(sent.body)).not.toContain('schakel-mijn-gegevens.json');
  });
});
