import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { addMember } from '../support/fixtures.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { slashInOost } from '../support/slash-command.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'stuurgroep-geheim';
// Tuesday 1 September 2026, 10:00 in Amsterdam.
const clock = manualClock('2026-09-01T08:00:00Z');

/**
 * The stuurgroep's calendar and the automatic draft, over real HTTP: Hanneke (projectleider on
 * Slack) enters the dates, Femke (projectleider on Teams only) and Hanneke each get the draft
 * privately on the draft day, once, however often the scheduler ticks.
 */
describe('stuurgroep dates and the automatic digest draft', () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    await addMember(h.tdb.db, {
      name: 'Femke Brouwer',
      roles: ['projectleider'],
      identities: [{ platform: 'teams', workspace: TEAMS_TENANT, userId: '29:femke' }],
    });
  });
  afterAll(async () => h?.stop());

  const slash = (userId: string, text: string) => slashInOost(h, SECRET, userId, text);
  // The automatic drafts (not the answers to commands, which also come privately).
  const automatic = (calls: Array<{ body: unknown }>) =>
    calls.map((c) => JSON.stringify(c.body)).filter((t) => t.includes('De stuurgroep vergadert op'));
  const drafts = () => ({
    hanneke: automatic(h.slack.directTo('U0HANNEKE')),
    femke: automatic(h.teams.directTo('29:femke')),
    ruben: [...h.slack.directTo('U0RUBEN'), ...h.teams.directTo('29:ruben')],
  });
  const dates = async () =>
    (
      await h.tdb.db.pool.query(
        `SELECT to_char(meeting_date, 'YYYY-MM-DD') AS d FROM stuurgroep_meetings ORDER BY meeting_date`,
      )
    ).rows.map((r) => r.d);

  it('a lid cannot add a date; nothing is stored', async () => {
    expect(await slash('U0RUBEN', 'stuurgroep 2026-10-15')).toContain(
      'Alleen de projectleider of de beheerder van deze regio',
    );
    expect(await dates()).toEqual([]);
  });

  it('the projectleider adds a date and sees the draft day and the period', async () => {
    const answer = await slash('U0HANNEKE', 'stuurgroep 2026-10-15');
    expect(answer).toContain('Genoteerd: stuurgroep op donderdag 15 oktober 2026.');
    expect(answer).toContain('concept op maandag 5 oktober 2026');
    expect(answer).toContain('het tweede tertiaal 2026 (mei t/m augustus)');
    expect(await dates()).toEqual(['2026-10-15']);
    const audit = await h.tdb.db.pool.query(`SELECT action, subject FROM audit_log`);
    expect(audit.rows).toEqual([{ action: 'stuurgroepdatum_toegevoegd', subject: '2026-10-15' }]);
    await h.app.running.tick();
    expect(drafts().hanneke).toHaveLength(0);
    expect(drafts().femke).toHaveLength(0);
  });

  it('on the draft day, two ticks send exactly one private preview to each projectleider', async () => {
    // Monday 5 October 2026, 09:00 in Amsterdam (summer time).
    clock.set('2026-10-05T07:00:00Z');
    await h.app.running.tick();
    await h.app.running.tick();
    clock.advance(60_000);
    await h.app.running.tick();
    const { hanneke, femke, ruben } = drafts();
    expect(hanneke).toHaveLength(1);
    expect(femke).toHaveLength(1);
    expect(ruben).toHaveLength(0);
    for (const dm of [hanneke[0], femke[0]]) {
      expect(dm).toContain('De stuurgroep vergadert op donderdag 15 oktober 2026');
      expect(dm).toContain('Tweede tertiaal 2026 (mei t/m augustus)');
      expect(dm).toContain('digest_publish');
    }
    const versions = await h.tdb.db.pool.query(`SELECT period_label, version, status FROM digest_versions`);
    expect(versions.rows).toEqual([{ period_label: '2026-T2', version: 1, status: 'draft' }]);
  });

  it('"samenvatting" without a period takes the coming meeting: with sinds-vorige its own period', async () => {
    let answer = await slash('U0HANNEKE', 'stuurgroep instellingen dagen 5 periode sinds-vorige');
    expect(answer).toContain('De instellingen van de stuurgroep-samenvatting zijn bijgewerkt.');
    answer = await slash('U0HANNEKE', 'stuurgroep 2026-12-10');
    expect(answer).toContain(
      'donderdag 10 december 2026: concept op vrijdag 4 december 2026, over 15 oktober 2026 t/m 9 december 2026',
    );
    clock.set('2026-10-20T08:00:00Z');
    await slash('U0HANNEKE', 'samenvatting');
    const preview = await h.slack.waitFor(
      (c) =>
        c.path === '/api/chat.postMessage' && JSON.stringify(c.body).includes('test-regio|SG-2026-12-10|1'),
    );
    expect(JSON.stringify(preview.body)).toContain(
      'Periode voor de stuurgroep van 10 december 2026 (15 oktober 2026 t/m 9 december 2026)',
    );
  });

  it('a date removed before its draft day gets no draft; a moved one gets it on its new day', async () => {
    await slash('U0HANNEKE', 'stuurgroep 2026-11-19');
    expect(await slash('U0HANNEKE', 'stuurgroep weg 2026-11-19')).toContain(
      'De stuurgroep van donderdag 19 november 2026 is weggehaald',
    );
    clock.set('2026-11-16T08:00:00Z');
    await h.app.running.tick();
    expect(drafts().hanneke).toHaveLength(1);
    // Friday 4 December (the draft day, 5 days before, falls on a Saturday) at 09:00 winter time.
    clock.set('2026-12-04T08:00:00Z');
    await h.app.running.tick();
    await h.app.running.tick();
    const { hanneke, femke } = drafts();
    expect(hanneke).toHaveLength(2);
    expect(femke).toHaveLength(2);
    expect(femke[1]).toContain(
      'Periode voor de stuurgroep van 10 december 2026 (15 oktober 2026 t/m 9 december 2026)',
    );
  });

  it('Teams: the projectleider lists the dates in the chat', async () => {
    const activity = messageActivity({
      text: 'stuurgroep',
      serviceUrl: h.teams.serviceUrl,
      userId: '29:femke',
      tenantId: TEAMS_TENANT,
    });
    await postActivity(h.app.baseUrl, activity);
    const sent = await h.teams.waitFor(
      (c) =>
        c.path.startsWith(`/v3/conversations/${activity.conversation.id}/`) &&
        JSON.stringify(c.body).includes('Komende stuurgroepvergaderingen'),
    );
    expect(JSON.stringify(sent.body)).toContain('10 december 2026');
  });
});
