import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { type OnboardingHarness, startOnboardingHarness } from '../support/onboarding-harness.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { cardActionInvoke, messageActivity, postActivity } from '../support/teams-activities.ts';

const SECRET = 'onboarding-teams-geheim';
// Monday 9 March 2026, 10:00 in Amsterdam (winter time, UTC+1).
const clock = manualClock('2026-03-09T09:00:00Z');
const TEAMS_CHANNEL = '19:casus-zuid@thread.tacv2';

describe('Teams: a projectleider sets up a werkgroep from a channel and from the welcome card', () => {
  let h: OnboardingHarness;
  let sanneId: string;
  const count = (from: string, params: unknown[] = []) => h.count(from, params);

  beforeAll(async () => {
    h = await startOnboardingHarness(SECRET, clock);
    sanneId = h.sanneId;
  });
  afterAll(async () => h?.stop());

  let metadata: unknown;

  async function say(text: string, userId = '29:hanneke', conversationId = TEAMS_CHANNEL) {
    const before = h.teams.sentTo(conversationId).length;
    await postActivity(
      h.app.baseUrl,
      messageActivity({
        text,
        serviceUrl: h.teams.serviceUrl,
        userId,
        tenantId: TEAMS_TENANT,
        conversationId,
        conversationType: 'channel',
      }),
    );
    await h.teams.waitFor(() => h.teams.sentTo(conversationId).length > before);
    return JSON.stringify(h.teams.sentTo(conversationId).at(-1)?.body);
  }

  async function submit(data: Record<string, string>, userId = '29:hanneke') {
    const invoke = cardActionInvoke({
      serviceUrl: h.teams.serviceUrl,
      userId,
      tenantId: TEAMS_TENANT,
      conversationId: TEAMS_CHANNEL,
      verb: 'werkgroep',
      data: { schakelForm: 'werkgroep', schakelMetadata: metadata, ...data },
    });
    // A resent invoke carries the same id, as Teams resends it; another click (other answers) has its own.
    const id = `invoke-${createHash('sha256')
      .update(JSON.stringify([userId, data]))
      .digest('hex')
      .slice(0, 16)}`;
    const res = await postActivity(h.app.baseUrl, { ...invoke, id });
    expect(res.status).toBe(200);
    return JSON.stringify(await res.json());
  }

  const filled = (datum: string) => ({
    naam: 'Casusoverleg Zuid',
    soort: 'casusoverleg',
    datum,
    tijd: '10:00',
    elke: '4',
    duur: '60',
    koppel: 'ja',
    leden: `${h.w.rubenId},${sanneId}`,
  });

  it('Schakel added to a team channel, "nieuwe-werkgroep" answers with the form card', async () => {
    const base = messageActivity({
      text: '',
      serviceUrl: h.teams.serviceUrl,
      userId: '29:hanneke',
      tenantId: TEAMS_TENANT,
      conversationId: TEAMS_CHANNEL,
      conversationType: 'channel',
    });
    await postActivity(h.app.baseUrl, {
      ...base,
      type: 'installationUpdate',
      action: 'add',
      text: undefined,
    });
    const card = JSON.parse(await say('nieuwe-werkgroep')).attachments[0].content;
    const action = card.actions[0];
    expect(action.verb).toBe('werkgroep');
    metadata = action.data.schakelMetadata;
    expect(metadata).toMatchObject({ platform: 'teams', channelId: TEAMS_CHANNEL });
    const leden = card.body.find((e: { id?: string }) => e.id === 'leden');
    expect(leden).toMatchObject({ type: 'Input.ChoiceSet', isMultiSelect: true });
    expect(card.body.some((e: { id?: string }) => e.id === 'koppel')).toBe(true);
  });

  it('a lid typing it is refused', async () => {
    expect(await say('nieuwe-werkgroep', '29:ruben')).toContain('Alleen de projectleider of een beheerder');
    // Nor can a lid submit the card of someone else.
    expect(await submit(filled('2026-04-27'), '29:ruben')).toContain(
      'Alleen de projectleider of een beheerder',
    );
    expect(await count(`overleggen WHERE name = 'Casusoverleg Zuid'`)).toBe(0);
  });

  it('a date that does not exist comes back beside the field, with what was typed', async () => {
    const answer = await submit(filled('2026-02-30'));
    expect(answer).toContain('Deze datum bestaat niet. Kijk de dag en de maand na.');
    expect(answer).toContain('"value":"Casusoverleg Zuid"');
    expect(await count(`overleggen WHERE name = 'Casusoverleg Zuid'`)).toBe(0);
  });

  it('the right answers make the casusoverleg, warn about Koningsdag, and a resent invoke makes nothing twice', async () => {
    const answer = await submit(filled('2026-04-27'));
    expect(answer).toContain('Casusoverleg Zuid is aangemaakt, met 3 leden.');
    expect(answer).toContain('Eerste bijeenkomst: maandag 27 april 2026, 10:00–11:00');
    expect(answer).toContain('⚠️ De bijeenkomst van');
    expect(answer).toContain('Koningsdag');
    expect(answer).toContain('agendapunt \\\\<tekst\\\\>'); // "<" with a backslash in the card's Markdown
    const { rows } = await h.tdb.db.pool.query(
      `SELECT c.service_url FROM overleg_channels c JOIN overleggen o ON o.id = c.overleg_id
        WHERE o.name = 'Casusoverleg Zuid' AND c.platform = 'teams' AND c.channel_id = $1`,
      [TEAMS_CHANNEL],
    );
    expect(rows).toEqual([{ service_url: h.teams.serviceUrl }]);
    expect(await submit(filled('2026-04-27'))).toContain('Casusoverleg Zuid is aangemaakt');
    expect(await count(`overleggen WHERE name = 'Casusoverleg Zuid'`)).toBe(1);
  });

  it('the channel gets the agenda call a week before the first meeting', async () => {
    clock.set('2026-04-20T07:00:30Z'); // Monday 09:00:30, summer time
    await h.app.running.tick();
    const sent = h.teams
      .sentTo(TEAMS_CHANNEL)
      .filter((c) => JSON.stringify(c.body).includes('Casusoverleg Zuid'));
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(sent.at(-1)?.body)).toContain('maandag 27 april 2026');
  });

  it('"koppel" where Schakel was not added says so plainly; "ontkoppel" and "koppel" work where it was', async () => {
    expect(await say('koppel Werkgroep Oost', '29:hanneke', '19:elders@thread.tacv2')).toContain(
      'Schakel is nog niet aan dit kanaal toegevoegd',
    );
    expect(await count(`overleg_channels WHERE channel_id = '19:elders@thread.tacv2'`)).toBe(0);
    expect(await say('ontkoppel')).toContain('Dit kanaal is losgekoppeld van Casusoverleg Zuid.');
    expect(await say('koppel Werkgroep Oost')).toContain('Dit kanaal is gekoppeld aan Werkgroep Oost.');
    // Werkgroep Oost now has its Slack channel and two Teams channels.
    const { rows } = await h.tdb.db.pool.query(
      `SELECT c.platform FROM overleg_channels c JOIN overleggen o ON o.id = c.overleg_id
        WHERE o.name = 'Werkgroep Oost' ORDER BY c.platform`,
    );
    expect(rows.map((r) => r.platform)).toEqual(['slack', 'teams', 'teams']);
    expect(await say('ontkoppel', '29:ruben')).toContain('Alleen de projectleider');
  });

  it("the projectleider's welcome card has the button, which opens the form without a channel to link", async () => {
    const base = messageActivity({
      text: '',
      serviceUrl: h.teams.serviceUrl,
      userId: '29:hanneke',
      tenantId: TEAMS_TENANT,
    });
    await postActivity(h.app.baseUrl, {
      ...base,
      type: 'installationUpdate',
      action: 'add',
      text: undefined,
    });
    const welcome = await h.teams.waitFor((c) =>
      c.path.startsWith(`/v3/conversations/${base.conversation.id}/`),
    );
    expect(JSON.stringify(welcome.body)).toContain('"verb":"werkgroep_nieuw"');
    const res = await postActivity(
      h.app.baseUrl,
      cardActionInvoke({
        serviceUrl: h.teams.serviceUrl,
        userId: '29:hanneke',
        tenantId: TEAMS_TENANT,
        conversationId: base.conversation.id,
        verb: 'werkgroep_nieuw',
        data: { action: 'werkgroep_nieuw', value: 'nieuw' },
      }),
    );
    const card = JSON.stringify(await res.json());
    expect(card).toContain('"verb":"werkgroep"');
    expect(card).toContain('"id":"leden"');
    expect(card).not.toContain('"id":"koppel"');
    expect(card).toContain('typ daar koppel \\\\<naam van de werkgroep\\\\>');
  });
});
