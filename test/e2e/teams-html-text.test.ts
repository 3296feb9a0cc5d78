import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { startWerkgroepWithSeries, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

// A tester's finding (branch attacker http36): Teams sends typed text as HTML, and "bsn
// 111&nbsp;222&nbsp;333" or "<p>111<b></b>222<i></i>333</p>" was checked and stored as sent.
// The adapter now hands the core the text as the member sees it in Teams.
const clock = manualClock('2026-09-29T06:00:00Z');

describe('Teams text sent as HTML reaches Schakel as plain text (signed, over real HTTP)', () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startWerkgroepWithSeries({ secret: 'html-tekst', clock, tenant: TEAMS_TENANT });
  });
  afterAll(async () => h?.stop());

  const agenda = async () =>
    (await h.tdb.db.pool.query('SELECT text FROM agenda_items ORDER BY created_at')).rows.map(
      (r) => r.text as string,
    );

  /** Ruben types `text` in his personal chat, as Teams sends it (`textFormat`); Schakel's answer. */
  async function say(text: string, textFormat = 'plain'): Promise<string> {
    const conversationId = 'a:personal-ruben';
    const activity = {
      ...messageActivity({
        text,
        serviceUrl: h.teams.serviceUrl,
        userId: '29:ruben',
        tenantId: TEAMS_TENANT,
        conversationId,
      }),
      textFormat,
    };
    const after = h.teams.calls.length;
    const res = await postActivity(h.app.baseUrl, activity, h.identity!.authorization(activity));
    expect(res.status).toBe(200);
    const reply = await h.teams.waitFor((c) => c.path.startsWith(`/v3/conversations/${conversationId}`), {
      after,
    });
    return JSON.stringify(reply.body);
  }

  it('refuses a BSN split by &nbsp; or by empty tags as it refuses the typed number, storing nothing', async () => {
    const plain = await say('agendapunt bsn 111 222 333');
    expect(plain).toContain(nl.errors.privacyHeading);
    for (const [text, format] of [
      ['agendapunt bsn 111&nbsp;222&nbsp;333', 'plain'],
      ['agendapunt <p>111<b></b>222<i></i>333</p>', 'plain'],
      ['<p>agendapunt bsn&nbsp;111&#160;222&#xA0;333</p>', 'xml'],
    ] as const) {
      const answer = await say(text, format);
      expect(answer, text).toContain(nl.errors.privacyHeading);
      expect(answer, text).not.toContain('Genoteerd');
    }
    expect((await agenda()).filter((t) => /111|222|333|nbsp|<p>/.test(t))).toEqual([]);
    expect(h.app.logs.text).not.toContain('111222333');
  });

  it('stores "Werk &amp; Inkomen" as "Werk & Inkomen", and paragraphs without their tags', async () => {
    expect(await say('agendapunt Werk &amp; Inkomen')).toContain('Genoteerd');
    expect((await agenda()).at(-1)).toBe('Werk & Inkomen');
    expect(await say('<p>agendapunt Jobcoach&nbsp;&amp; werkgever</p>', 'xml')).toContain('Genoteerd');
    expect((await agenda()).at(-1)).toBe('Jobcoach & werkgever');
  });

  it('keeps what the member typed as markup literally: Teams sends a typed <b> as &lt;b&gt;', async () => {
    expect(await say('agendapunt Wachttijd &lt; 6 weken, &lt;b&gt;vet&lt;/b&gt;')).toContain('Genoteerd');
    expect((await agenda()).at(-1)).toBe('Wachttijd < 6 weken, <b>vet</b>');
  });
});
