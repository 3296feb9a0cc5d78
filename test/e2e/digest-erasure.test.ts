import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { REGION } from '../digest/fixture.ts';
import { databaseText } from '../support/database-text.ts';
import { type DigestHarness, startDigestHarness } from '../support/digest-harness.ts';

const clock = manualClock('2026-09-10T08:00:00Z');
const FIRST = `${REGION}|2026-T2|1`;
const SECOND = `${REGION}|2026-T2|2`;
const RUBENS_SUCCESS = 'Fictief succes van Ruben: de warme overdracht met UWV loopt';
const WITHDRAWN = 'is ingetrokken';

/**
 * A member erases themselves while the projectleider has a draft open that counted their answers:
 * the draft is withdrawn, its old buttons say so, and the next draft never takes its number.
 */
describe('vergeet-mij while a digest draft is open, on Slack and Teams', () => {
  let h: DigestHarness;
  let draftPdf = '';

  beforeAll(async () => {
    h = await startDigestHarness('intrekken-geheim', clock);
    // Ruben answered a check-in of 2026-T2, so the draft holds his level and his success.
    await h.tdb.db.pool.query(
      `INSERT INTO checkin_answers (round_id, member_id, samenwerkingsniveau, went_well, submitted_at, updated_at)
       SELECT r.id, p.member_id, 4, $1, '2026-06-01T15:00Z', '2026-06-01T15:00Z'
         FROM checkin_rounds r, platform_identities p
        WHERE r.meeting_date BETWEEN '2026-05-01' AND '2026-08-31' AND p.user_id = 'U0RUBEN'
        ORDER BY r.meeting_date LIMIT 1`,
      [RUBENS_SUCCESS],
    );
  });
  afterAll(async () => h?.stop());

  const teamsPublish = (value: string) =>
    h.teamsAction('hanneke', 'digest_publish', { action: 'digest_publish', value });
  const slackPublish = async (value: string) =>
    JSON.stringify(
      (await h.button('U0HANNEKE', 'digest_publish', value))
        .filter((c) => c.path.startsWith('/response'))
        .map((c) => c.body),
    );

  it('the draft is withdrawn: its number stays, nothing of the member stays in it, its PDF link is gone', async () => {
    const { dm } = await h.slash('U0HANNEKE', 'samenvatting');
    expect(dm).toContain(FIRST);
    draftPdf = `${h.app.baseUrl}/digest/${dm.match(/\/digest\/([A-Za-z0-9_-]+)\.pdf/)?.[1]}.pdf`;
    expect((await fetch(draftPdf)).status).toBe(200);
    const view = await h.openSummaryForm('U0HANNEKE', FIRST);
    await h.submitForm('U0HANNEKE', view, { samenvatting: 'Tekst van de projectleider voor oktober.' });
    expect((await h.versions())[0].document).toContain(RUBENS_SUCCESS);

    await h.slash('U0RUBEN', 'vergeet-mij bevestig');
    expect(await h.versions()).toMatchObject([
      { version: 1, status: 'withdrawn', summary: '', omitted: [], document: '{}' },
    ]);
    expect(await databaseText(h.tdb.db)).not.toContain('warme overdracht met UWV');
    expect((await fetch(draftPdf)).status).toBe(404);
  });

  it('the old "Publiceren" button says the version was withdrawn and why, on both platforms; nothing is sent', async () => {
    const slack = await slackPublish(FIRST);
    expect(slack).toContain(WITHDRAWN);
    expect(slack).toContain('gegevens van een lid zijn gewist');
    expect(slack).toContain('Typ samenvatting');
    expect(await teamsPublish(FIRST)).toContain(WITHDRAWN);
    // Its other buttons too: no form opens for a version that holds nothing any more.
    const edit = await h.button('U0HANNEKE', 'digest_edit_text', FIRST);
    expect(edit.some((c) => c.path === '/api/views.open')).toBe(false);
    expect(JSON.stringify(edit.map((c) => c.body))).toContain(WITHDRAWN);
    await h.app.running.tick();
    expect(h.toStuurgroep().slack).toHaveLength(0);
    expect(h.toStuurgroep().teams).toHaveLength(0);
    expect((await h.versions()).map((v) => v.status)).toEqual(['withdrawn']);
  });

  it('the next samenvatting is version 2, made without the member; the old button still cannot publish it', async () => {
    const { dm } = await h.slash('U0HANNEKE', 'samenvatting');
    expect(dm).toContain(SECOND);
    expect(dm).not.toContain('correctie op');
    // Version 1 was never shown to anyone else: the missing number is explained.
    expect(dm).toContain(
      'Versie 2. Versie 1 is ingetrokken en nooit verstuurd: er stonden antwoorden in van iemand wiens gegevens zijn gewist.',
    );
    expect(await h.versions()).toMatchObject([
      { version: 1, status: 'withdrawn' },
      { version: 2, status: 'draft', corrects: null },
    ]);
    expect((await h.versions())[1].document).not.toContain(RUBENS_SUCCESS);
    expect(await slackPublish(FIRST)).toContain(WITHDRAWN);
    expect((await h.versions())[1].status).toBe('draft');
    // Its own button publishes it, as the first version the stuurgroep sees.
    expect(await slackPublish(SECOND)).toContain('Gepubliceerd: versie 2');
    await h.app.running.tick();
    expect(h.toStuurgroep().slack).toHaveLength(1);
    expect(JSON.stringify(h.toStuurgroep().slack[0]?.body)).not.toContain('Correctie');
  });

  it('a correction withdrawn the same way is made again as a correction of the published version', async () => {
    expect((await h.slash('U0HANNEKE', 'samenvatting')).dm).toContain(`${REGION}|2026-T2|3`);
    await h.slash('U0SANNE', 'vergeet-mij bevestig');
    const { dm } = await h.slash('U0HANNEKE', 'samenvatting');
    expect(dm).toContain(`${REGION}|2026-T2|4`);
    expect(dm).toContain('Versie 4, correctie op versie 2. Versie 3 is ingetrokken en nooit verstuurd');
    expect((await h.versions()).map((v) => [v.version, v.status, v.corrects])).toEqual([
      [1, 'withdrawn', null],
      [2, 'published', null],
      [3, 'withdrawn', 2],
      [4, 'draft', 2],
    ]);
  });
});
