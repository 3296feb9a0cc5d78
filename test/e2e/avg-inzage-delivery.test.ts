import { describe, expect, it } from 'vitest';
import { FILE_CONSENT_CARD, FILE_DECLINED, FILE_INFO_CARD } from '../../adapters/teams/file-consent.ts';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { avgHarnessForTests } from '../support/avg-harness.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { fileConsentInvoke, messageActivity, postActivity } from '../support/teams-activities.ts';

const clock = manualClock('2026-09-01T08:00:00Z');

/** Inzage (mijn-gegevens) over real HTTP on both platforms: where the file arrives, and where not. */
describe('inzage: where the file with your data arrives, on Slack and Teams', () => {
  const a = avgHarnessForTests(clock);

  it('Slack: inzage arrives in a direct message, not in the channel', async () => {
    const ack = await a.slash('U0RUBEN', 'mijn-gegevens');
    expect(ack.text).toBe('Ik heb je een privébericht gestuurd.');
    expect(JSON.stringify(ack)).not.toContain('Ruben');
    const dm = await a.slack.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.channel === 'U0RUBEN',
    );
    const text = JSON.stringify(dm.body.blocks);
    expect(text).toContain('Ruben Hofstede');
    expect(text).toContain('schakel-mijn-gegevens.json');
    // Where to read why, for how long and whom to ask: the privacy statement on this server.
    expect(text).toContain('https://schakel.gemeente.example/privacy');
    // The whole inzage as a file in the member's own direct chat (conversations.open), not in a channel.
    await a.slack.waitFor((c) => c.path === '/api/files.completeUploadExternal');
    const [file] = await a.slack.filesIn('D0RUBEN');
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
      serviceUrl: a.teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId: '19:werkgroep-oost@thread.tacv2',
      conversationType: 'channel',
    });
    await postActivity(a.app.baseUrl, inChannel);
    const refused = await a.teams.waitFor((c) =>
      c.path.startsWith('/v3/conversations/19:werkgroep-oost@thread.tacv2/'),
    );
    expect(String(refused.body.text)).toBe(nl.adapters.sentPrivately);
    expect(JSON.stringify(refused.body)).not.toContain('Hofstede');
    const sentPrivately = await a.teams.waitFor((c) => c.path.startsWith('/v3/conversations/a:dm-29:ruben/'));
    expect(JSON.stringify(sentPrivately.body)).toContain('Hofstede');

    const personal = await a.rubenTypesInTeams('mijn-gegevens');
    const sent = personal.sent;
    expect(JSON.stringify(sent.body)).toContain('Ruben Hofstede');

    // Then Teams' own way to send a file: it asks the member first, and the card holds no data.
    const consent = await a.teams.waitFor(
      (c) =>
        c.path.startsWith(`/v3/conversations/${personal.conversationId}/`) &&
        JSON.stringify(c.body).includes(FILE_CONSENT_CARD),
    );
    const card = (
      consent.body.attachments as Array<{ name: string; content: { acceptContext: unknown } }>
    )[0];
    expect(card?.name).toBe('schakel-mijn-gegevens.json');
    expect(JSON.stringify(consent.body)).not.toContain('Warme overdracht');

    const before = a.teams.calls.length;
    const accepted = fileConsentInvoke({
      action: 'accept',
      context: card?.content.acceptContext,
      serviceUrl: a.teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId: personal.conversationId,
      uploadInfo: {
        name: 'schakel-mijn-gegevens.json',
        uploadUrl: `${a.teams.serviceUrl}/onedrive/upload-1`,
        contentUrl: 'https://contoso-my.sharepoint.com/personal/ruben/schakel-mijn-gegevens.json',
        uniqueId: 'bestand-1',
        fileType: 'json',
      },
    });
    expect((await postActivity(a.app.baseUrl, accepted)).status).toBe(200);
    const upload = await a.teams.waitFor((c) => c.path === '/onedrive/upload-1', { after: before });
    expect(upload.method).toBe('PUT');
    expect(upload.headers['content-range']).toBe(
      `bytes 0-${Buffer.byteLength(upload.raw) - 1}/${Buffer.byteLength(upload.raw)}`,
    );
    expect(upload.raw).toContain('Warme overdracht loopt beter');
    const shown = await a.teams.waitFor((c) => JSON.stringify(c.body).includes(FILE_INFO_CARD), {
      after: before,
    });
    expect(JSON.stringify(shown.body)).toContain('contoso-my.sharepoint.com');

    // "Weigeren": nothing is uploaded, and the member hears how to get it later.
    const declined = fileConsentInvoke({
      action: 'decline',
      context: card?.content.acceptContext,
      serviceUrl: a.teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId: personal.conversationId,
    });
    const mark = a.teams.calls.length;
    expect((await postActivity(a.app.baseUrl, declined)).status).toBe(200);
    const answer = await a.teams.waitFor((c) => String(c.body.text ?? '').length > 0, { after: mark });
    expect(String(answer.body.text)).toBe(FILE_DECLINED);
    expect(a.teams.calls.slice(mark).some((c) => c.path.startsWith('/onedrive/'))).toBe(false);
  });

  it('Teams: a consent answer for a command that makes no file, or an upload place elsewhere, is refused', async () => {
    const forged = fileConsentInvoke({
      action: 'accept',
      context: { remake: 'vergeet-mij bevestig' },
      serviceUrl: a.teams.serviceUrl,
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
    expect((await postActivity(a.app.baseUrl, forged)).status).toBe(400);
    expect(await findMember(a.tdb.db.pool, a.w.rubenId)).not.toBeNull();
  });

  it('the inzage names the Teams personal chat Schakel keeps with the member, while it exists', async () => {
    await a.openPersonalChat();
    const before = (await a.slack.filesIn('D0RUBEN')).length;
    const mark = a.slack.calls.length;
    await a.slash('U0RUBEN', 'mijn-gegevens');
    await a.slack.waitFor((c) => c.path === '/api/files.completeUploadExternal', { after: mark });
    const file = (await a.slack.filesIn('D0RUBEN')).slice(before).at(-1);
    const data = JSON.parse(file?.content ?? '{}') as { koppelingen: Array<Record<string, unknown>> };
    expect(data.koppelingen).toContainEqual(
      expect.objectContaining({
        platform: 'teams',
        gebruiker: '29:ruben',
        teams_privegesprek: 'a:persoonlijk-ruben',
      }),
    );
  });
});
