import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { REGION } from '../digest/fixture.ts';
import { pdfText } from '../digest/pdf-text.ts';
import {
  DIGEST_TENANT,
  type DigestHarness,
  download,
  STUUR_TEAMS,
  startDigestHarness,
} from '../support/digest-harness.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';

const SECRET = 'correctie-geheim';
// 10 September 2026: the tertiaal before today's is 2026-T2, the fixture's busy period.
const clock = manualClock('2026-09-10T08:00:00Z');
const SUMMARY = 'Een goed tertiaal: de samenwerking groeit.';
const CORRECTION = 'Correctie op de samenvatting van het tweede tertiaal 2026 (mei t/m augustus)';

/** After the first version of a digest was published (digest-publish): frozen files, corrections, retries. */
describe('the stuurgroep digest after publishing: corrections, and deliveries that fail', () => {
  let h: DigestHarness;
  const published = { png: new Uint8Array(), pdf: new Uint8Array() };

  beforeAll(async () => {
    h = await startDigestHarness(SECRET, clock);
    // Hanneke drafts version 1, writes its summary and publishes it, as in digest-publish.
    const v1 = `${REGION}|2026-T2|1`;
    expect((await h.slash('U0HANNEKE', 'samenvatting')).dm).toContain('Concept');
    const form = await h.openSummaryForm('U0HANNEKE', v1);
    expect((await h.submitForm('U0HANNEKE', form, { samenvatting: SUMMARY })).body?.response_action).toBe(
      'update',
    );
    await h.button('U0HANNEKE', 'digest_publish', v1);
    await h.app.running.tick();
    await h.app.running.tick();
    const links = h.fileLinks(JSON.stringify(h.toStuurgroep().slack[0]?.body));
    published.png = await download(links.png);
    published.pdf = await download(links.pdf);
    expect(await h.versions()).toMatchObject([{ version: 1, status: 'published', summary: SUMMARY }]);
  });
  afterAll(async () => h?.stop());

  it('a stuurgroeplid reads the latest published version; the published files stay as they were', async () => {
    const { dm } = await h.slash('U0SANNE', 'samenvatting laatste');
    expect(dm).toContain(SUMMARY);
    // New check-in data for the period after publishing changes neither the files nor the version.
    const frozen = (await h.versions())[0].document;
    const { rows } = await h.tdb.db.pool.query(
      `SELECT r.id, a.member_id FROM checkin_rounds r JOIN checkin_answers a ON a.round_id = r.id
        WHERE r.meeting_date = '2026-06-09' LIMIT 1`,
    );
    await h.tdb.db.pool.query(`UPDATE checkin_answers SET samenwerkingsniveau = 1 WHERE round_id = $1`, [
      rows[0].id,
    ]);
    const links = h.fileLinks(JSON.stringify(h.toStuurgroep().slack[0]?.body));
    expect(await download(links.png)).toEqual(published.png);
    expect(await download(links.pdf)).toEqual(published.pdf);
    expect((await h.versions())[0].document).toBe(frozen);
  });

  it('a correction is version 2, and its message says it corrects the earlier one', async () => {
    const { dm } = await h.slash('U0HANNEKE', 'samenvatting 2026-T2');
    expect(dm).toContain('Versie 2, correctie op versie 1');
    const v2 = `${REGION}|2026-T2|2`;
    await h.button('U0HANNEKE', 'digest_publish', v2);
    await h.app.running.tick();
    const sent = h.toStuurgroep();
    expect(sent.slack).toHaveLength(2);
    expect(sent.teams).toHaveLength(2);
    expect(JSON.stringify(sent.slack[1]?.body)).toContain(CORRECTION);
    expect(JSON.stringify(sent.teams[1]?.body)).toContain(CORRECTION);
    const correctionPdf = await download(h.fileLinks(JSON.stringify(sent.slack[1]?.body)).pdf);
    expect(await pdfText(correctionPdf)).toContain(CORRECTION);
    expect(await h.versions()).toMatchObject([
      { version: 1, status: 'published', corrects: null },
      { version: 2, status: 'published', corrects: 1 },
    ]);
    // Version 2 counted the check-in changed after version 1 was published; version 1 kept its count.
    const [v1, later] = await h.versions();
    expect(later.document).not.toBe(v1.document);
    // Publishing the same version twice posts nothing more.
    await h.button('U0HANNEKE', 'digest_publish', v2);
    await h.app.running.tick();
    expect(h.toStuurgroep().slack).toHaveLength(2);
  });

  it('Teams: the projectleider asks in the personal chat and gets the private preview', async () => {
    const activity = messageActivity({
      text: 'samenvatting',
      serviceUrl: h.teams.serviceUrl,
      userId: '29:hanneke',
      tenantId: DIGEST_TENANT,
      conversationId: 'a:dm-29:hanneke',
    });
    expect((await postActivity(h.app.baseUrl, activity)).status).toBeLessThan(300);
    const sent = await h.teams.waitFor(
      (c) =>
        c.path.startsWith('/v3/conversations/a:dm-29:hanneke/') && JSON.stringify(c.body).includes('Concept'),
    );
    expect(JSON.stringify(sent.body)).toContain('"verb":"digest_publish"');
    expect((await h.versions()).map((v) => v.status)).toEqual(['published', 'published', 'draft']);
  });

  it('a post that fails with a 500 is retried by the scheduler and arrives once', async () => {
    h.teams.failNext(STUUR_TEAMS, 1);
    await h.button('U0HANNEKE', 'digest_publish', `${REGION}|2026-T2|3`);
    await h.app.running.tick();
    expect(h.toStuurgroep().slack).toHaveLength(3);
    expect(h.toStuurgroep().teams).toHaveLength(2);
    const row = async () =>
      (
        await h.tdb.db.pool.query(
          `SELECT status, attempts FROM deliveries WHERE kind = 'digest_publish' AND channel_id = $1
            AND occurrence = '2026-T2 versie 3'`,
          [STUUR_TEAMS],
        )
      ).rows;
    expect(await row()).toEqual([{ status: 'pending', attempts: 1 }]);
    // Not before the backoff has passed; then once, and never again.
    await h.app.running.tick();
    expect(h.toStuurgroep().teams).toHaveLength(2);
    clock.advance(31_000);
    await h.app.running.tick();
    await h.app.running.tick();
    clock.advance(10 * 60_000);
    await h.app.running.tick();
    expect(h.toStuurgroep().teams).toHaveLength(3);
    expect(h.toStuurgroep().slack).toHaveLength(3);
    expect(JSON.stringify(h.toStuurgroep().teams[2]?.body)).toContain('Correctie op de samenvatting');
    expect(await row()).toEqual([{ status: 'sent', attempts: 2 }]);
  });
});
