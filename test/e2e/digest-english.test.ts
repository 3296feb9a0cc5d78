import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { REGION } from '../digest/fixture.ts';
import { DIGEST_TENANT, type DigestHarness, startDigestHarness } from '../support/digest-harness.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';

const SECRET = 'digest-english-secret';
// 10 September 2026: the tertiaal before today's is 2026-T2, the fixture's busy period.
const clock = manualClock('2026-09-10T08:00:00Z');
const DRAFT = `${REGION}|2026-T2|1`;

/** Words only the Dutch digest card says: none of them may show to a reader who chose English. */
const DUTCH = [
  'Stuurgroep-samenvatting',
  ' t/m ',
  'versie 1',
  'antwoorden)',
  'startniveau',
  'aanpak:',
  'nog geen oplossing',
  'niet vastgesteld',
  'Punt 15',
  '*Trajecten*',
  'werkgroepleden vulden',
  'doel deze periode',
  'jaardoel',
  'Grafiek van het samenwerkingsniveau',
  'De hele samenvatting als PDF',
  // Schakel's summary written from the figures (her own text stays as she wrote it).
  'staat de samenwerking op niveau',
  'van de 20 punten op ja',
];
const dutchIn = (text: string) => DUTCH.filter((w) => text.includes(w));

/**
 * Hanneke (projectleider) and Sanne (stuurgroeplid) switch to English with `taal en`: the digest
 * card reads wholly in English, on Slack and Teams; before that, and for whoever did not
 * switch, it stays Dutch. What Hanneke typed stays as she typed it.
 */
describe('the digest card in the reader’s language', () => {
  let h: DigestHarness;

  beforeAll(async () => {
    h = await startDigestHarness(SECRET, clock);
  });
  afterAll(async () => h?.stop());

  it('the projectleider in Dutch sees the draft in Dutch', async () => {
    const { dm } = await h.slash('U0HANNEKE', 'samenvatting');
    expect(dm).toContain('Stuurgroep-samenvatting Digestregio');
    expect(dm).toContain('werkgroepleden vulden');
    expect(dm).toContain('startniveau');
    expect(dm).toContain('doel deze periode');
  });

  it('the projectleider who chose English sees the draft without a Dutch word of Schakel’s', async () => {
    expect(JSON.stringify(await h.slash('U0HANNEKE', 'taal en'))).toContain(
      'from now on I write to you in English',
    );
    const { dm } = await h.slash('U0HANNEKE', 'samenvatting');
    expect(dm).toContain('Steering group digest Digestregio');
    expect(dm).toContain('Level of collaboration now');
    expect(dm).toContain('starting level');
    expect(dm).toContain('*Trajectories* — 30 — target this period 34; year target 100');
    // Schakel's summary on top is written from the figures in English too.
    expect(dm).toContain('In the second tertiaal of 2026 (May to August) the collaboration is at level');
    expect(dm).toContain('of the 20 items are at yes.');
    expect(dutchIn(dm)).toEqual([]);
    // What was written in the region stays as written: a knelpunt, a success.
    expect(dm).toContain('Te weinig tijd voor overleg — open; no solution yet');
    expect(dm).toContain('Korte lijnen met de klantmanagers');
  });

  it('the stuurgroeplid reads the published digest in Dutch, then in English once she chose it, on Slack and Teams', async () => {
    const published = JSON.stringify(await h.button('U0HANNEKE', 'digest_publish', DRAFT));
    // The answer to Publiceren repeats the summary's first sentence in her language.
    expect(published).toContain(
      'What the stuurgroep reads begins with: In the second tertiaal of 2026 (May to August) the collaboration is at level',
    );
    await h.app.running.tick();
    await h.app.running.tick();
    // The channel has many readers: its post stays Dutch, whoever published it.
    expect(JSON.stringify(h.toStuurgroep().slack[0]?.body)).toContain('Stuurgroep-samenvatting Digestregio');

    const dutch = (await h.slash('U0SANNE', 'samenvatting laatste')).dm;
    expect(dutch).toContain('Stuurgroep-samenvatting Digestregio');
    expect(dutch).toContain('De hele samenvatting als PDF');
    expect(dutch).toContain('werkgroepleden vulden');

    await h.slash('U0SANNE', 'taal en');
    const slack = (await h.slash('U0SANNE', 'samenvatting laatste')).dm;
    const teams = await sayInPersonalChat(h, '29:sanne', 'samenvatting laatste', 'en-GB', DIGEST_TENANT);
    for (const card of [slack, teams]) {
      expect(card).toContain('Steering group digest Digestregio');
      expect(card).toContain('version 1');
      // The PDF itself stays Dutch: the card says so.
      expect(card).toContain('The whole digest as a PDF (in Dutch)');
      expect(card).toContain('In the second tertiaal of 2026 (May to August) the collaboration is at level');
      expect(dutchIn(card)).toEqual([]);
    }
    expect(dutch).toContain('In het tweede tertiaal 2026 (mei t/m augustus) staat de samenwerking op niveau');
  });

  it('her own text of a correction reaches the English stuurgroeplid as she wrote it', async () => {
    const own = 'Onze eigen woorden: de werkgroep pakt de wachttijden samen aan.';
    await h.slash('U0HANNEKE', 'samenvatting 2026-T2');
    const v2 = `${REGION}|2026-T2|2`;
    await h.submitForm('U0HANNEKE', await h.openSummaryForm('U0HANNEKE', v2), { samenvatting: own });
    await h.button('U0HANNEKE', 'digest_publish', v2);
    await h.app.running.tick();
    const card = (await h.slash('U0SANNE', 'samenvatting laatste')).dm;
    expect(card).toContain('version 2');
    expect(card).toContain(own);
    expect(card).not.toContain('the collaboration is at level');
  });

  it('a period that has not begun is refused in English, the period named in English', async () => {
    const { ack, dm } = await h.slash('U0HANNEKE', 'samenvatting 2030-T1');
    const answer = ack + dm;
    expect(answer).toContain('The first tertiaal of 2030 (January to April) has not begun yet');
    expect(answer).toContain('Now running is the third tertiaal of 2026 (September to December)');
    expect(answer).not.toContain('tertiaal 2030 (januari t/m april)');
  });
});
