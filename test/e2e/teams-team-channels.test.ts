import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { addMember } from '../support/fixtures.ts';
import { type OnboardingHarness, startOnboardingHarness } from '../support/onboarding-harness.ts';
import { TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';

const SECRET = 'teams-team-kanalen-geheim';
// Monday 5 October 2026, 08:00 in Amsterdam (summer time, UTC+2).
const clock = manualClock('2026-10-05T06:00:00Z');
// A team's General channel has the team's own id; the install event comes from there.
const TEAM = '19:team-oost@thread.tacv2';
const CASUS = '19:team-oost-casus@thread.tacv2';
const THREAD = `${CASUS};messageid=1700000000000`;
const OTHER_TEAM = '19:team-zonder-schakel@thread.tacv2';
const OTHER_CHANNEL = '19:team-zonder-schakel-overleg@thread.tacv2';

describe('Teams: Schakel added to a team works in every channel of that team', () => {
  let h: OnboardingHarness;
  const count = (from: string, params: unknown[] = []) => h.count(from, params);

  /** An activity from a channel of a team, as Teams posts it (channelData names the team). */
  function inChannel(conversationId: string, team: string, text = '', userId = '29:hanneke') {
    const base = messageActivity({
      text,
      serviceUrl: h.teams.serviceUrl,
      userId,
      tenantId: TEAMS_TENANT,
      conversationId,
      conversationType: 'channel',
    });
    return { ...base, channelData: { ...base.channelData, team: { id: team } } };
  }

  const sentTo = (conversationId: string) =>
    h.teams.calls.filter(
      (c) =>
        c.method === 'POST' &&
        decodeURIComponent(c.path).startsWith(`/v3/conversations/${conversationId}/activities`),
    );

  async function say(text: string, conversationId: string, team: string, userId = '29:hanneke') {
    const before = sentTo(conversationId).length;
    const res = await postActivity(h.app.baseUrl, inChannel(conversationId, team, text, userId));
    expect(res.status).toBe(200);
    await h.teams.waitFor(() => sentTo(conversationId).length > before);
    return JSON.stringify(sentTo(conversationId).at(-1)?.body);
  }

  async function install(action: 'add' | 'remove') {
    const res = await postActivity(h.app.baseUrl, {
      ...inChannel(TEAM, TEAM),
      type: 'installationUpdate',
      action,
      text: undefined,
    });
    expect(res.status).toBe(200);
  }

  const pendingFor = (channel: string) =>
    count(`deliveries WHERE channel_id = $1 AND status = 'pending'`, [channel]);

  beforeAll(async () => {
    h = await startOnboardingHarness(SECRET, clock);
    const core = h.app.running.core;
    const pl = await findMember(h.tdb.db.pool, h.w.projectleiderId);
    await core.rhythm.createSeries(pl, h.w.overlegId, {
      firstStart: '2026-10-06T14:00',
      everyWeeks: 4,
      durationMinutes: 90,
      location: 'Gemeentehuis Doetinchem, zaal 2',
    });
    // Ruben is also in a second werkgroep, so only the channel can tell which one he means.
    await addMember(h.tdb.db, { name: 'Fenna Kuipers', identities: [], overleg: 'Casusoverleg Zuid' });
    await h.tdb.db.pool.query(
      `INSERT INTO overleg_members (overleg_id, member_id)
       SELECT id, $1 FROM overleggen WHERE name = 'Casusoverleg Zuid'`,
      [h.w.rubenId],
    );
  });
  afterAll(async () => h?.stop());

  it('"koppel" in a second channel of the team links the werkgroep there', async () => {
    await install('add');
    expect(await count(`teams_conversations WHERE conversation_id = $1`, [TEAM])).toBe(1);
    expect(await say('koppel Werkgroep Oost', CASUS, TEAM)).toContain(
      'Dit kanaal is gekoppeld aan Werkgroep Oost.',
    );
    const { rows } = await h.tdb.db.pool.query(
      `SELECT c.service_url FROM overleg_channels c JOIN overleggen o ON o.id = c.overleg_id
        WHERE o.name = 'Werkgroep Oost' AND c.platform = 'teams' AND c.channel_id = $1`,
      [CASUS],
    );
    expect(rows).toEqual([{ service_url: h.teams.serviceUrl }]);
  });

  it('a channel of a team where Schakel was not added stays refused', async () => {
    expect(await say('koppel Werkgroep Oost', OTHER_CHANNEL, OTHER_TEAM)).toContain(
      'Schakel is nog niet aan dit kanaal toegevoegd',
    );
    expect(await count(`teams_conversations WHERE conversation_id = $1`, [OTHER_CHANNEL])).toBe(0);
    expect(await count(`overleg_channels WHERE channel_id = $1`, [OTHER_CHANNEL])).toBe(0);
  });

  it('"volgende" typed in a reply thread of the linked channel answers for its werkgroep, in the thread', async () => {
    // Outside a linked channel Ruben's two werkgroepen leave it open which one he means.
    expect(await say('volgende', OTHER_CHANNEL, OTHER_TEAM, '29:ruben')).toContain('meer dan één werkgroep');
    // In the thread it is Werkgroep Oost's meetings (Casusoverleg Zuid has none planned), answered in the thread.
    const answer = await say('volgende', THREAD, TEAM, '29:ruben');
    expect(answer).toContain('Volgende bijeenkomst: dinsdag 6 oktober 2026, 14:00–15:30');
    expect(answer).not.toContain('meer dan één werkgroep');
    // The thread is not a channel of its own: nothing was remembered or linked under its id.
    expect(await count(`teams_conversations WHERE conversation_id LIKE '%messageid%'`)).toBe(0);
    expect(await count(`overleg_channels WHERE channel_id LIKE '%messageid%'`)).toBe(0);
  });

  it("the tick sends the werkgroep's reminder to the second channel, at the top level", async () => {
    clock.set('2026-10-05T07:00:30Z'); // 09:00:30 in Amsterdam, the day before
    await h.app.running.tick();
    const sent = sentTo(CASUS);
    const reminder = sent.find((c) => JSON.stringify(c.body).includes('Morgen: Werkgroep Oost'));
    expect(reminder?.path).toBe(`/v3/conversations/${CASUS}/activities`);
    expect(JSON.stringify(reminder?.body)).toContain('dinsdag 6 oktober 2026, 14:00–15:30');
  });

  it('removing Schakel from the team forgets both channels, their links and what was still to be sent', async () => {
    expect(await pendingFor(CASUS)).toBeGreaterThan(0);
    await install('remove');
    expect(await count(`teams_conversations WHERE conversation_id IN ($1, $2)`, [TEAM, CASUS])).toBe(0);
    expect(await count(`overleg_channels WHERE channel_id = $1`, [CASUS])).toBe(0);
    expect(await pendingFor(CASUS)).toBe(0);
    // The werkgroep's channel outside that team keeps its reminders.
    expect(await count(`overleg_channels WHERE channel_id = $1`, [TEAMS_CHANNEL])).toBe(1);
    expect(await pendingFor(TEAMS_CHANNEL)).toBeGreaterThan(0);

    // A message from the channel afterwards does not bring it back, and the next reminder goes elsewhere only.
    expect(await say('koppel Werkgroep Oost', CASUS, TEAM)).toContain(
      'Schakel is nog niet aan dit kanaal toegevoegd',
    );
    const before = sentTo(CASUS).length;
    clock.set('2026-11-02T08:00:30Z'); // Monday 2 November, 09:00:30 in Amsterdam (winter time)
    await h.app.running.tick();
    expect(JSON.stringify(h.teams.sentTo(TEAMS_CHANNEL).at(-1)?.body)).toContain('Morgen: Werkgroep Oost');
    expect(sentTo(CASUS)).toHaveLength(before);
  });

  it('the bot taken out of the team (conversationUpdate) forgets the team and its channels too', async () => {
    await install('add');
    expect(await say('koppel Werkgroep Oost', CASUS, TEAM)).toContain(
      'Dit kanaal is gekoppeld aan Werkgroep Oost.',
    );
    expect(await count(`teams_conversations WHERE conversation_id IN ($1, $2)`, [TEAM, CASUS])).toBe(2);
    const res = await postActivity(h.app.baseUrl, {
      ...inChannel(TEAM, TEAM),
      type: 'conversationUpdate',
      text: undefined,
      membersRemoved: [{ id: '28:schakel-bot', name: 'Schakel' }],
      channelData: { tenant: { id: TEAMS_TENANT }, team: { id: TEAM }, eventType: 'teamMemberRemoved' },
    });
    expect(res.status).toBe(200);
    expect(await count(`teams_conversations WHERE conversation_id IN ($1, $2)`, [TEAM, CASUS])).toBe(0);
    expect(await count(`overleg_channels WHERE channel_id = $1`, [CASUS])).toBe(0);
    expect(await pendingFor(CASUS)).toBe(0);
  });
  it('one channel of the team deleted: only that channel is forgotten, the team keeps Schakel', async () => {
    await install('add');
    expect(await say('koppel Werkgroep Oost', CASUS, TEAM)).toContain(
      'Dit kanaal is gekoppeld aan Werkgroep Oost.',
    );
    const res = await postActivity(h.app.baseUrl, {
      ...inChannel(TEAM, TEAM),
      type: 'conversationUpdate',
      text: undefined,
      channelData: {
        tenant: { id: TEAMS_TENANT },
        team: { id: TEAM },
        channel: { id: CASUS, name: 'Casus' },
        eventType: 'channelDeleted',
      },
    });
    expect(res.status).toBe(200);
    expect(await count(`teams_conversations WHERE conversation_id = $1`, [CASUS])).toBe(0);
    expect(await count(`overleg_channels WHERE channel_id = $1`, [CASUS])).toBe(0);
    expect(await pendingFor(CASUS)).toBe(0);
    expect(await count(`teams_conversations WHERE conversation_id = $1`, [TEAM])).toBe(1);
  });
});
