import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { startWerkgroepWithSeries, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

// A tester's finding (branch tester-http): an agendapunt with client data written in look-alike characters
// was stored and shown to the whole werkgroep, and so was one with a sign that shows the text backwards.
const SECRET = 'geheim-lookalikes';
const clock = manualClock('2026-09-29T06:00:00Z');

const LOOKALIKES: Readonly<Record<string, string>> = {
  'a BSN in full-width digits': 'Bespreken １２３４５６７８２',
  'a BSN in Arabic-Indic digits': 'Bespreken ١٢٣٤٥٦٧٨٢',
  'a BSN with a soft hyphen': 'Bespreken 1234\u00ad56782',
  'a BSN with a combining grapheme joiner': 'Bespreken 1234\u034f56782',
  'a BSN with an invisible separator': 'Bespreken 1234\u206356782',
  'an e-mail address with a zero-width space before the @': 'Cliënt mailt via bram.hoekstra\u200b@gmail.com',
  'a phone number in full-width digits': 'Bel ０６-１２３４５６７８',
  'an IBAN in full-width': 'IBAN ＮＬ９１ＡＢＮＡ０４１７１６４３００',
  'a name with a diagnosis with a Cyrillic с': 'Bram Hoekstra heeft s\u0441hizofrenie',
  // attack42: JSON carries half a sign (\uD800), which PostgreSQL keeps as U+FFFD; the guard read past it.
  'a BSN split by half a sign (a lone surrogate)': 'Bespreken 1234\uD80056782',
};
const DIRECTION_SIGNS: Readonly<Record<string, string>> = {
  'a right-to-left override': 'Verslag \u202etsetnoc\u202c bespreken',
  'a left-to-right isolate': 'Verslag \u2066bespreken\u2069',
};

describe('agendapunten in look-alike characters or with direction signs (signed Slack and Teams)', () => {
  let h: WerkgroepHarness;
  let events: string;

  beforeAll(async () => {
    h = await startWerkgroepWithSeries({ secret: SECRET, clock, tenant: TEAMS_TENANT });
    events = `${h.app.baseUrl}/slack/events`;
  });
  afterAll(async () => h?.stop());

  const stored = async (text: string) =>
    (await h.tdb.db.pool.query('SELECT 1 FROM agenda_items WHERE text = $1', [text])).rowCount;

  async function onSlack(text: string): Promise<string> {
    const body = slashCommandBody({
      text: `agendapunt ${text}`,
      userId: 'U0RUBEN',
      teamId: STAND_IN_TEAM,
      responseUrl: h.slack.responseUrl,
      channelId: 'C0OOST',
    });
    const res = await postToSlack(events, SECRET, body);
    expect(res.status).toBe(200);
    return res.text();
  }

  async function onTeams(text: string): Promise<string> {
    const conversationId = `a:personal-ruben-${Math.random().toString(36).slice(2)}`;
    const activity = messageActivity({
      text: `agendapunt ${text}`,
      serviceUrl: h.teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId,
    });
    if (!h.identity) throw new Error('de harness draait zonder Teams-identiteit');
    const res = await postActivity(h.app.baseUrl, activity, h.identity.authorization(activity));
    expect(res.status).toBe(200);
    const answer = await h.teams.waitFor(
      (c) => c.method === 'POST' && c.path.startsWith(`/v3/conversations/${conversationId}/activities`),
    );
    return JSON.stringify(answer.body);
  }

  it.each(Object.entries(LOOKALIKES))('Slack: %s is refused and stored nowhere', async (_what, text) => {
    const answer = await onSlack(text);
    expect(answer).toContain(nl.errors.privacyHeading);
    expect(await stored(text)).toBe(0);
  });

  it.each(Object.entries(LOOKALIKES))('Teams: %s is refused and stored nowhere', async (_what, text) => {
    const answer = await onTeams(text);
    expect(answer).toContain(nl.errors.privacyHeading);
    expect(await stored(text)).toBe(0);
  });

  it.each(Object.entries(DIRECTION_SIGNS))(
    'Slack and Teams: an agendapunt with %s is refused, saying which sign to take out',
    async (_what, text) => {
      for (const said of [await onSlack(text), await onTeams(text)]) {
        expect(said).toContain(nl.errors.directionHeading);
        expect(said).toContain(nl.privacy.directionSign);
        // Nothing like client data in it: the refusal does not say so.
        expect(said).not.toMatch(/cliënt|algemener/);
      }
      expect(await stored(text)).toBe(0);
    },
  );

  it('Slack and Teams: an agendapunt with a meeting time in full-width digits is noted as typed', async () => {
    expect(await onSlack('Evaluatie pilot, start １４:００')).toContain('Genoteerd voor de bijeenkomst');
    expect(await stored('Evaluatie pilot, start １４:００')).toBe(1);
    expect(await onTeams('Terugblik op zaal ３')).toContain('Genoteerd voor de bijeenkomst');
    expect(await stored('Terugblik op zaal ３')).toBe(1);
  });
});
