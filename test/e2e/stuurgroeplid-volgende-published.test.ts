import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { DIGEST_TENANT, type DigestHarness, startDigestHarness } from '../support/digest-harness.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';

const SECRET = 'volgende-gepubliceerd';
const clock = manualClock('2026-09-10T08:00:00Z');

/**
 * After the projectleider published the summary for the next stuurgroep, a stuurgroeplid's
 * `volgende` says it is published and where to read it, not that it is still being reviewed;
 * a correction being drafted afterwards leaves the published version the one they read.
 */
describe('volgende for a stuurgroeplid once the summary is published', () => {
  let h: DigestHarness;
  /** `/schakel volgende` by Sanne, the stuurgroeplid: Schakel's answer. */
  const volgende = async () => (await h.slash('U0SANNE', 'volgende')).ack;
  /** The value of the draft's "Publiceren" button in Hanneke's preview. */
  const draft = async () => {
    const { dm } = await h.slash('U0HANNEKE', 'samenvatting');
    const value = /"action_id":"digest_publish"[^}]*?"value":"([^"]+)"/.exec(dm)?.[1];
    expect(value, 'the draft to publish').toBeDefined();
    return value ?? '';
  };

  beforeAll(async () => {
    h = await startDigestHarness(SECRET, clock);
    expect((await h.slash('U0HANNEKE', 'stuurgroep 2026-10-15')).ack).toContain('Genoteerd');
  });
  afterAll(async () => h?.stop());

  it('a draft: made, and the projectleider reviews it', async () => {
    await draft();
    expect(await volgende()).toContain(
      'Het concept van de samenvatting is op donderdag 10 september 2026 gemaakt;',
    );
  });

  it('published: says so, with its version and how to read it; no review any more', async () => {
    const value = await draft();
    await h.button('U0HANNEKE', 'digest_publish', value);
    expect(await h.versions()).toMatchObject([{ version: 1, status: 'published' }]);
    const answer = await volgende();
    expect(answer).toContain('De volgende stuurgroep van je regio is op donderdag 15 oktober 2026.');
    expect(answer).toContain(
      'De samenvatting voor deze vergadering is op donderdag 10 september 2026 gepubliceerd (versie 1); lees hem met /schakel samenvatting laatste.',
    );
    expect(answer).not.toContain('kijkt het na');
    expect(answer).not.toContain('concept');
  });

  it('a correction being drafted: the published version is still the one to read', async () => {
    clock.set('2026-09-12T08:00:00Z');
    const value = await draft();
    expect(value).toMatch(/\|2$/);
    const answer = await volgende();
    expect(answer).toContain('is op donderdag 10 september 2026 gepubliceerd (versie 1)');
    expect(answer).not.toContain('kijkt het na');
  });

  it('in English on Teams too', async () => {
    const answer = await sayInPersonalChat(h, '29:sanne', 'volgende', 'en-US', DIGEST_TENANT);
    expect(answer).toContain('(version 1)');
    expect(answer).toContain('published on');
    expect(answer).not.toContain('reviews it');
  });
});
