import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { REGION } from '../digest/fixture.ts';
import { type DigestHarness, startDigestHarness } from '../support/digest-harness.ts';

// 10 September 2026: the tertiaal before today's is 2026-T2, the fixture's busy period.
const clock = manualClock('2026-09-10T08:00:00Z');
const DRAFT = `${REGION}|2026-T2|1`;
const IN_WORDS = 'In het tweede tertiaal 2026 (mei t/m augustus) staat de samenwerking op niveau';
const WITH_CODE = 'In 2026-T2 staat de samenwerking op niveau';

/**
 * A version stored before periods read in words holds Schakel's summary with the period's code
 * ("In 2026-T2 staat de samenwerking…"). It is still Schakel's own: an open draft's summary is
 * written anew when it is refreshed, and an English reader of a published one reads English.
 */
describe('Schakel’s summary stored before periods read in words', () => {
  let h: DigestHarness;
  /** As in a database from before: the version's summary written with the period's code. */
  const storeWithCode = () =>
    h.tdb.db.pool.query(
      `UPDATE digest_versions SET summary = replace(summary, $2, $3) WHERE region_id = $1 AND version = 1`,
      [REGION, IN_WORDS, WITH_CODE],
    );
  const summary = async () => (await h.versions())[0]?.summary as string;

  beforeAll(async () => {
    h = await startDigestHarness('digest-summary-with-code-secret', clock);
  });
  afterAll(async () => h?.stop());

  it('an open draft refreshed gets the summary in words', async () => {
    await h.slash('U0HANNEKE', 'samenvatting');
    await storeWithCode();
    expect(await summary()).toContain(WITH_CODE);
    const { dm } = await h.slash('U0HANNEKE', 'samenvatting');
    expect(dm).toContain(IN_WORDS);
    expect(await summary()).toContain(IN_WORDS);
    expect(await summary()).not.toContain('2026-T2');
  });

  it('an English reader of a published version stored with the code reads English', async () => {
    await h.button('U0HANNEKE', 'digest_publish', DRAFT);
    await h.app.running.tick();
    await storeWithCode();
    expect(await summary()).toContain(WITH_CODE);
    await h.slash('U0SANNE', 'taal en');
    const card = (await h.slash('U0SANNE', 'samenvatting laatste')).dm;
    expect(card).toContain('In the second tertiaal of 2026 (May to August) the collaboration is at level');
    expect(card).not.toContain('staat de samenwerking');
  });
});
