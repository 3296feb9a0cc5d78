import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { eventCallbackBody, postToSlack } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { slashInOost } from '../support/slash-command.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'english-home-secret';
const clock = manualClock('2026-10-01T08:00:00Z');

/** The overview (Slack App Home, Teams welcome card) in the member's language. */
describe("the member's overview in English: Slack App Home and the Teams welcome card", () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startWerkgroepHarness({
      secret: SECRET,
      clock,
      slackLocales: { U0RUBEN: 'en-US' },
    });
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

  /** Opens the Home tab as `user`; the view Schakel publishes, as JSON text. */
  async function openHome(user: string): Promise<string> {
    const after = h.slack.calls.length;
    const event = { type: 'app_home_opened', user, channel: `D${user}`, tab: 'home', event_ts: '1.2' };
    const res = await postToSlack(
      `${h.app.baseUrl}/slack/events`,
      SECRET,
      eventCallbackBody(STAND_IN_TEAM, event),
      { contentType: 'application/json' },
    );
    expect(res.status).toBe(200);
    const call = await h.slack.waitFor((c) => c.path === '/api/views.publish' && c.body.user_id === user, {
      after,
    });
    return JSON.stringify(call.body.view);
  }

  it('Slack: a member whose Slack speaks English sees his Home tab in English', async () => {
    // Schakel learns his language from Slack at his first command; the Home tab then follows it.
    expect(await slashInOost(h, SECRET, 'U0RUBEN', 'help')).toContain('Hi Ruben!');
    const view = await openHome('U0RUBEN');
    expect(view).toContain('Hi Ruben');
    expect(view).toContain('Your werkgroepen');
    expect(view).toContain('Werkgroep Oost: next meeting Tuesday 6 October 2026, 14:00–15:30');
    expect(view).toContain('Your action items');
    expect(view).toContain('Folder voor werkgevers afmaken (Werkgroep Oost, due Tuesday 20 October 2026)');
    expect(view).toContain('No open check-ins. Thank you!');
    expect(view).toContain('Type /schakel help for everything Schakel can do.');
    expect(view).not.toContain('Hoi');
  });

  it("Slack: the projectleider's Home tab is Dutch until she chooses English, then in English with her shortcuts", async () => {
    expect(await openHome('U0HANNEKE')).toContain('Hoi Hanneke');
    // Her own choice: from then on the Home tab is in English.
    expect(await slashInOost(h, SECRET, 'U0HANNEKE', 'taal en')).toContain('in English');
    const view = await openHome('U0HANNEKE');
    expect(view).toContain('Hi Hanneke');
    expect(view).toContain('For the projectleider');
    expect(view).toContain('move or cancel one meeting');
    expect(view).toContain('"text":"New werkgroep"');
  });

  it('Teams: installed from an English client, Schakel greets with the overview in English', async () => {
    const base = messageActivity({
      text: '',
      serviceUrl: h.teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      locale: 'en-US',
    });
    const install = { ...base, type: 'installationUpdate', action: 'add', text: undefined };
    await postActivity(h.app.baseUrl, install);
    const sent = await h.teams.waitFor((c) =>
      c.path.startsWith(`/v3/conversations/${base.conversation.id}/`),
    );
    const card = JSON.stringify(sent.body.attachments);
    expect(card).toContain('Hi Ruben');
    expect(card).toContain('Werkgroep Oost: next meeting Tuesday 6 October 2026, 14:00–15:30');
    expect(card).toContain('Type help for everything Schakel can do.');
  });
});
