import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { REGION } from '../digest/fixture.ts';
import { type DigestHarness, startDigestHarness } from '../support/digest-harness.ts';

const SECRET = 'periode-geheim';
// 10 September 2026: 2026-T3 runs (until 31 December), 2026-T2 is over, 2030-T1 has not begun.
const clock = manualClock('2026-09-10T08:00:00Z');
const OWN_TEXT = 'Mijn eigen woorden voor de stuurgroep: de samenwerking groeit.';

/** Which periods a stuurgroep digest may be about, and what a later version does with her own text. */
describe('the stuurgroep digest: periods ahead, running periods, her own text', () => {
  let h: DigestHarness;
  beforeAll(async () => {
    h = await startDigestHarness(SECRET, clock);
  });
  afterAll(async () => h?.stop());

  it('a period that has not begun cannot be drafted: a clear answer naming the current tertiaal', async () => {
    const { ack, dm } = await h.slash('U0HANNEKE', 'samenvatting 2030-T1');
    const answer = ack + dm;
    expect(answer).toContain('Het eerste tertiaal 2030 (januari t/m april) is nog niet begonnen');
    expect(answer).toContain(
      'Nu loopt het derde tertiaal 2026 (september t/m december): typ samenvatting 2026-T3',
    );
    expect(await h.versions()).toEqual([]);
  });

  it('a running period may be published, and the stuurgroep reads that it was still running', async () => {
    const { dm } = await h.slash('U0HANNEKE', 'samenvatting 2026-T3');
    expect(dm).toContain('loopt nog t/m');
    const answer = JSON.stringify(await h.button('U0HANNEKE', 'digest_publish', `${REGION}|2026-T3|1`));
    // The answer to Publiceren repeats it, as the draft said it.
    expect(answer).toContain('Gepubliceerd: versie 1');
    expect(answer).toContain('Let op: deze periode loopt nog t/m 31 december 2026');
    await h.app.running.tick();
    const sent = JSON.stringify(h.toStuurgroep().slack[0]?.body);
    expect(sent).toContain('Derde tertiaal 2026 (september t/m december)');
    expect(sent).toContain('voordat de periode afliep');
    // What a stuurgroeplid reads later says so too.
    expect((await h.slash('U0SANNE', 'samenvatting laatste')).dm).toContain('voordat de periode afliep');
  });

  it('`samenvatting laatste` shows the latest period published, not the one published last', async () => {
    clock.advance(60_000);
    await h.slash('U0HANNEKE', 'samenvatting 2026-T2');
    await h.button('U0HANNEKE', 'digest_publish', `${REGION}|2026-T2|1`);
    await h.app.running.tick();
    const { dm } = await h.slash('U0SANNE', 'samenvatting laatste');
    expect(dm).toContain('Derde tertiaal 2026 (september t/m december)');
    expect(dm).not.toContain('Tweede tertiaal 2026');
    expect(dm).not.toMatch(/\d{4}-T\d/);
  });

  it('a new version starts from her own text of the version before, and says the figures changed', async () => {
    const v1 = `${REGION}|2026-T3|2`;
    await h.slash('U0HANNEKE', 'samenvatting 2026-T3');
    const form = await h.openSummaryForm('U0HANNEKE', v1);
    await h.submitForm('U0HANNEKE', form, { samenvatting: OWN_TEXT });
    await h.button('U0HANNEKE', 'digest_publish', v1);
    await h.app.running.tick();
    const { dm } = await h.slash('U0HANNEKE', 'samenvatting 2026-T3');
    expect(dm).toContain(OWN_TEXT);
    expect(dm).toContain('je eigen tekst van versie 2');
    const v3 = (await h.versions()).find((v) => v.version === 3);
    expect(v3?.summary).toBe(OWN_TEXT);

    // Once she edits this version, the text is hers of this one: the note goes.
    const edited = `${OWN_TEXT} Nu ook met de werkgevers.`;
    const v3Form = await h.openSummaryForm('U0HANNEKE', `${REGION}|2026-T3|3`);
    const shown = JSON.stringify(await h.submitForm('U0HANNEKE', v3Form, { samenvatting: edited }));
    const preview = (await h.slash('U0HANNEKE', 'samenvatting 2026-T3')).dm;
    expect(preview).toContain(edited);
    expect(`${shown}${preview}`).not.toContain('je eigen tekst van versie 2');
  });

  it('a draft or a published version of a period ahead, made before Schakel refused those, goes nowhere', async () => {
    // As in a database from before: a version of the region's digest moved to a period years ahead.
    const ahead = (version: number) =>
      h.tdb.db.pool.query(
        `UPDATE digest_versions SET document = jsonb_set(jsonb_set(document, '{period,from}', '"2030-01-01"'),
            '{period,to}', '"2030-04-30"') WHERE region_id = $1 AND period_label = '2026-T3' AND version = $2`,
        [REGION, version],
      );
    await ahead(2);
    const { dm } = await h.slash('U0SANNE', 'samenvatting laatste');
    expect(dm).toContain('Derde tertiaal 2026 (september t/m december) — versie 1');
    await ahead(3);
    const before = h.toStuurgroep().slack.length;
    const calls = await h.button('U0HANNEKE', 'digest_publish', `${REGION}|2026-T3|3`);
    expect(JSON.stringify(calls)).toContain('is nog niet begonnen');
    await h.app.running.tick();
    expect(h.toStuurgroep().slack).toHaveLength(before);
    expect((await h.versions()).find((v) => v.version === 3)?.status).toBe('draft');
  });

  it('a tertiaal that does not exist says which ones do and how to type one; nothing is drafted', async () => {
    const before = await h.versions();
    for (const typed of [
      'samenvatting 9999-T3',
      'samenvatting 2026-T4',
      'samenvatting zesde tertiaal 2026',
    ]) {
      const { ack, dm } = await h.slash('U0HANNEKE', typed);
      const answer = ack + dm;
      expect(answer, typed).toContain(
        'een jaar heeft drie tertialen, T1 (januari t/m april), T2 (mei t/m augustus)',
      );
      expect(answer, typed).toContain('Nu loopt het derde tertiaal 2026 (september t/m december)');
      expect(answer, typed).toContain('Typ bijvoorbeeld samenvatting 2026-T2');
    }
    expect(await h.versions()).toEqual(before);
  });

  it('a tertiaal typed in words, as the digest names it, is read as its code', async () => {
    for (const typed of ['tweede tertiaal 2026', 'het tweede tertiaal 2026 (mei t/m augustus)']) {
      const { dm } = await h.slash('U0HANNEKE', `samenvatting ${typed}`);
      expect(dm, typed).toContain('Tweede tertiaal 2026 (mei t/m augustus)');
      expect(dm, typed).toContain(`${REGION}|2026-T2|`);
    }
  });
});
