import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { DRAFT_MARK } from '../../src/domain/digest-document.ts';
import { REGION } from '../digest/fixture.ts';
import { pdfText } from '../digest/pdf-text.ts';
import { type DigestHarness, download, startDigestHarness } from '../support/digest-harness.ts';

const clock = manualClock('2026-09-10T08:00:00Z');
const DRAFT = `${REGION}|2026-T2|1`;

/** The projectleider sees the PDF as the stuurgroep will, before publishing it. */
describe('the draft digest as a PDF, for the projectleider only until it is published', () => {
  let h: DigestHarness;
  let draftPdf = '';

  beforeAll(async () => {
    h = await startDigestHarness('voorbeeld-geheim', clock);
  });
  afterAll(async () => h?.stop());

  const localPdf = (text: string) => {
    const token = text.match(/\/digest\/([A-Za-z0-9_-]+)\.pdf/)?.[1];
    if (!token) throw new Error(`no PDF link in ${text.slice(0, 200)}`);
    return `${h.app.baseUrl}/digest/${token}.pdf`;
  };

  it('the private preview links to the draft PDF, marked as a draft, with the text as it stands', async () => {
    const { dm } = await h.slash('U0HANNEKE', 'samenvatting');
    expect(dm).toContain('Zo ziet de PDF eruit (concept, geheime link): https://schakel.example.nl/digest/');
    expect(dm).not.toContain('loopt nog');
    draftPdf = localPdf(dm);
    const first = await pdfText(await download(draftPdf));
    expect(first).toContain(DRAFT_MARK);

    const view = await h.openSummaryForm('U0HANNEKE', DRAFT);
    await h.submitForm('U0HANNEKE', view, { samenvatting: 'Concepttekst voor de stuurgroep van oktober.' });
    const edited = await pdfText(await download(draftPdf));
    expect(edited).toContain('Concepttekst voor de stuurgroep van oktober.');
  });

  it('once published, the draft link is gone and the published PDF carries no draft mark', async () => {
    await h.button('U0HANNEKE', 'digest_publish', DRAFT);
    expect((await fetch(draftPdf)).status).toBe(404);
    await h.app.running.tick();
    const posted = JSON.stringify(h.toStuurgroep().slack[0]?.body);
    const published = await pdfText(await download(localPdf(posted)));
    expect(published).toContain('Concepttekst voor de stuurgroep van oktober.');
    expect(published).not.toContain('CONCEPT');
  });

  it('a period still running: the preview says so, and that what happens until its end is not in it yet', async () => {
    const { dm } = await h.slash('U0HANNEKE', 'samenvatting 2026-T3');
    expect(dm).toContain('Derde tertiaal 2026 (september t/m december)');
    expect(dm).toContain(
      'Let op: deze periode loopt nog t/m 31 december 2026; wat er tot dan nog gebeurt, staat hier niet in.',
    );
  });
});
