import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { slashInOost } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-gisteren-elders';

/**
 * On Sunday 6 December 2026 the projectleider types a day counted back from today ("gisteren")
 * where a meeting goes or a stuurgroep took place. "gisteren" means yesterday: the answer never
 * suggests typing "5 december 2027" instead, as it does not for a deadline.
 */
describe('a day counted back ("gisteren") outside actiepunten', () => {
  let h: WerkgroepHarness;
  const slash = (text: string) => slashInOost(h, SECRET, 'U0HANNEKE', text);

  beforeAll(async () => {
    h = await startWerkgroepHarness({
      secret: SECRET,
      clock: manualClock('2026-12-06T10:00:00Z'),
      platforms: ['slack'],
    });
  });
  afterAll(async () => h?.stop());

  it('"verplaats … naar gisteren" is refused as past without a next-year hint', async () => {
    expect(await slash('nieuwe-reeks 2026-12-08 14:00')).toContain('De reeks staat');
    const answer = await slash('verplaats 2026-12-08 naar gisteren');
    expect(answer).toContain('verleden');
    expect(answer).not.toContain('volgend jaar');
    expect(answer).not.toContain('2027');
  });

  it('"stuurgroep gisteren" is noted as past without a next-year hint', async () => {
    const answer = await slash('stuurgroep gisteren');
    expect(answer).toContain('Genoteerd: stuurgroep op');
    expect(answer).not.toContain('volgend jaar');
  });
});
