import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { eventCallbackBody, postToSlack } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { slashInOost } from '../support/slash-command.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'home-geheim';
const clock = manualClock('2026-10-01T08:00:00Z');

describe("the member's overview: Slack App Home and the Teams welcome card", () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    const core = h.app.running.core;
    const pl = await findMember(h.tdb.db.pool, h.w.projectleiderId);
    await core.rhythm.createSeries(pl, h.w.overlegId, {
      firstStart: '2026-10-06T14:00',
      durationMinutes: 90,
    });
    await core.rhythm.addActiepunt(pl, h.w.overlegId, {
      description: 'Folder voor werkgevers afmaken',
      ownerId: h.w.rubenId,
      dueDate: '2026-10-20',
    });
  });
  afterAll(async () => h?.stop());

  it('Slack: opening the Home tab publishes my werkgroepen, next meeting and actiepunten', async () => {
    const event = {
      type: 'app_home_opened',
      user: 'U0RUBEN',
      channel: 'D0RUBEN',
      tab: 'home',
      event_ts: '1.2',
    };
    const res = await postToSlack(
      `${h.app.baseUrl}/slack/events`,
      SECRET,
      eventCallbackBody(STAND_IN_TEAM, event),
      {
        contentType: 'application/json',
      },
    );
    expect(res.status).toBe(200);
    const call = await h.slack.waitFor((c) => c.path === '/api/views.publish');
    expect(call.body.user_id).toBe('U0RUBEN');
    const view = JSON.stringify(call.body.view);
    expect(view).toContain('"type":"home"');
    expect(view).toContain('Hoi Ruben');
    expect(view).toContain('Werkgroep Oost: volgende bijeenkomst dinsdag 6 oktober 2026, 14:00–15:30');
    expect(view).toContain(
      'Folder voor werkgevers afmaken (Werkgroep Oost, uiterlijk dinsdag 20 oktober 2026)',
    );
    expect(view).not.toContain('Voor de projectleider');
  });

  it('Teams: installed in a personal chat, Schakel greets with the same overview', async () => {
    const base = messageActivity({
      text: '',
      serviceUrl: h.teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
    });
    const install = { ...base, type: 'installationUpdate', action: 'add', text: undefined };
    await postActivity(h.app.baseUrl, install);
    const sent = await h.teams.waitFor((c) =>
      c.path.startsWith(`/v3/conversations/${base.conversation.id}/`),
    );
    const card = JSON.stringify(sent.body.attachments);
    expect(card).toContain('Hoi Ruben');
    expect(card).toContain('Werkgroep Oost: volgende bijeenkomst dinsdag 6 oktober 2026, 14:00–15:30');
    expect(card).toContain('Folder voor werkgevers afmaken');
    const { rows } = await h.tdb.db.pool.query('SELECT conversation_type, user_id FROM teams_conversations');
    expect(rows).toEqual([{ conversation_type: 'personal', user_id: '29:ruben' }]);
  });

  it('typed "overzicht" (or "start", a greeting: "hoi", "hallo", "hi") brings the overview back, in Teams and in Slack', async () => {
    for (const word of ['overzicht', 'start', 'hoi', 'hallo', 'Hi']) {
      const card = await sayInPersonalChat(h, '29:ruben', word, 'nl-NL');
      expect(card, word).toContain('Hoi Ruben');
      expect(card, word).toContain(
        'Werkgroep Oost: volgende bijeenkomst dinsdag 6 oktober 2026, 14:00–15:30',
      );
      expect(card, word).toContain('Folder voor werkgevers afmaken');
      expect(card, word).not.toContain('Dat commando ken ik niet');
    }
  });

  it('"overzicht" typed in a werkgroep channel is sent to the member alone, not to the channel', async () => {
    // Slack: the channel gets only a pointer; the overview arrives in Ruben's direct chat.
    const ack = await slashInOost(h, SECRET, 'U0RUBEN', 'overzicht');
    expect(ack).toContain('Ik heb je een privébericht gestuurd.');
    expect(ack).not.toContain('Folder voor werkgevers afmaken');
    const dm = await h.slack.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.channel === 'U0RUBEN',
    );
    expect(JSON.stringify(dm.body.blocks)).toContain('Hoi Ruben');
    expect(JSON.stringify(dm.body.blocks)).toContain('Folder voor werkgevers afmaken');

    // Teams: everyone in the channel would see the card; it goes to his personal chat, the channel reads so.
    const channel = '19:werkgroep-oost@thread.tacv2';
    await postActivity(
      h.app.baseUrl,
      messageActivity({
        text: 'overzicht',
        serviceUrl: h.teams.serviceUrl,
        userId: '29:ruben',
        tenantId: TEAMS_TENANT,
        conversationId: channel,
        conversationType: 'channel',
      }),
    );
    const said = await h.teams.waitFor((c) => c.path.startsWith(`/v3/conversations/${channel}/`));
    expect(String(said.body.text)).toBe(nl.adapters.sentPrivately);
    expect(JSON.stringify(said.body)).not.toContain('Folder voor werkgevers afmaken');
    const own = await h.teams.waitFor((c) => c.path.startsWith('/v3/conversations/a:dm-29:ruben/'));
    expect(JSON.stringify(own.body)).toContain('Folder voor werkgevers afmaken');
  });

  it('Teams: removed from a team, Schakel forgets the channel and sends nothing more there', async () => {
    const channel = '19:werkgroep-oost@thread.tacv2';
    const base = messageActivity({
      text: '',
      serviceUrl: h.teams.serviceUrl,
      userId: '29:hanneke',
      tenantId: TEAMS_TENANT,
      conversationId: channel,
      conversationType: 'channel',
    });
    await postActivity(h.app.baseUrl, {
      ...base,
      type: 'installationUpdate',
      action: 'add',
      text: undefined,
    });
    const pending = async () =>
      (
        await h.tdb.db.pool.query(
          `SELECT count(*)::int AS n FROM deliveries WHERE platform = 'teams' AND status = 'pending'`,
        )
      ).rows[0].n;
    expect(await pending()).toBeGreaterThan(0);
    const res = await postActivity(h.app.baseUrl, {
      ...base,
      // Each activity Teams sends has its own id (the same id again is a resend).
      id: `${base.id}-verwijderd`,
      type: 'installationUpdate',
      action: 'remove',
      text: undefined,
    });
    expect(res.status).toBe(200);
    expect(
      (await h.tdb.db.pool.query(`SELECT 1 FROM teams_conversations WHERE conversation_id = $1`, [channel]))
        .rowCount,
    ).toBe(0);
    expect(
      (await h.tdb.db.pool.query(`SELECT 1 FROM overleg_channels WHERE platform = 'teams'`)).rowCount,
    ).toBe(0);
    expect(await pending()).toBe(0);
  });
});
