import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { REGION } from '../digest/fixture.ts';
import { elementWithId } from '../support/card-element.ts';
import { type DigestHarness, startDigestHarness } from '../support/digest-harness.ts';

const clock = manualClock('2026-09-10T08:00:00Z');
const STORED = 'De samenwerking met het UWV liep dit tertiaal goed; twee leerbijeenkomsten gehouden.';
const REFUSED = `${STORED} Mevrouw Fatima el Amrani heeft een bipolaire stoornis, BSN 111222333.`;
const CLIENT_PARTS = /Fatima|Amrani|bipolair|111222333/;

/**
 * "Tekst aanpassen" refused by the privacy guard, in Teams (the local chat shows the same card):
 * the card goes back into the conversation, so the refused text is never in it.
 */
describe('the digest text refused as client data', () => {
  let h: DigestHarness;
  const save = (samenvatting: string) =>
    h.teamsAction('hanneke', 'samenvatting-tekst', {
      schakelForm: 'samenvatting-tekst',
      schakelMetadata: { regionId: REGION, period: '2026-T2', version: '1' },
      samenvatting,
    });

  beforeAll(async () => {
    h = await startDigestHarness('voorbeeld-geheim', clock);
    await h.slash('U0HANNEKE', 'samenvatting');
    expect(await save(STORED)).not.toContain('samenvatting_problem');
  });
  afterAll(async () => h?.stop());

  it('a form of one field does not say that the other answers are still there', async () => {
    const again = JSON.parse(await save(REFUSED)).value;
    const problem = JSON.stringify(elementWithId(again, 'samenvatting_problem'));
    expect(problem).not.toContain('Je andere antwoorden staan er nog.');
    expect(JSON.stringify(again)).not.toMatch(CLIENT_PARTS);
  });

  it('the field comes back holding the text as stored before the edit, saying the change was not kept and why', async () => {
    const again = JSON.parse(await save(REFUSED)).value;
    expect(elementWithId(again, 'samenvatting')?.value).toBe(STORED);
    const problem = JSON.stringify(elementWithId(again, 'samenvatting_problem'));
    expect(problem).toContain('Daarom heb ik je wijziging niet bewaard');
    expect(problem).toContain('Dit lijkt');
    expect(problem).toContain(nl.privacy.closing);
    expect(JSON.stringify(again)).not.toMatch(CLIENT_PARTS);
    // Nothing changed: the draft still holds the stored text.
    expect((await h.versions())[0].summary).toBe(STORED);
  });
});
