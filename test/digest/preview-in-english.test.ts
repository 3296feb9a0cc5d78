import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/aggregate.ts';
import { en } from '../../src/messages/catalogue/en.ts';
import { previewMessage } from '../../src/messages/digest-messages.ts';
import { withLocale } from '../../src/messages/locale.ts';
import { plainText } from '../../src/messages/model.ts';
import { parseTertiaal } from '../../src/schedule/tertialen.ts';
import { digestFiguresRepository } from '../../src/store/digest-repo.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { insertDigestFixture, REGION } from './fixture.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await insertDigestFixture(t.db);
});
afterAll(async () => t?.drop());

/** A projectleider who reads Schakel in English gets the preview's dates in English. */
describe('the digest preview in English', () => {
  it('a period still running names its last day in English', async () => {
    const tertiaal = parseTertiaal('2026-T3')!;
    const d = await buildDigest(
      digestFiguresRepository(t.db.pool),
      REGION,
      tertiaal,
      new Date('2026-09-20T08:00:00Z'),
    );
    const text = withLocale('en', () =>
      plainText(previewMessage({ document: d, summary: 'Draft.', omitted: [], version: 1 }, 'x', null)),
    );
    expect(text).toContain('Note: this period runs until 31 December 2026;');
  });

  it('a meeting moved onto a day that has one says why in plain English', () => {
    expect(en.answers.problems.meetingThatDay('Monday 6 July 2026', '15:00', '2026-07-06', '/schakel ')).toBe(
      'There is already a meeting on Monday 6 July 2026, at 15:00. A werkgroep cannot meet twice on one day. ' +
        'Choose another date, or first cancel one of the two with /schakel annuleer 2026-07-06.',
    );
  });

  it('one member’s 1,000-character success is short on the one screen: its first sentence, or cut at a word with …', async () => {
    const d = await buildDigest(
      digestFiguresRepository(t.db.pool),
      REGION,
      parseTertiaal('2026-T2')!,
      new Date('2026-09-20T08:00:00Z'),
    );
    const rambling = `${'Het werkgeversontbijt in Winterswijk trok veel meer bedrijven dan verwacht en '.repeat(13)}einde.`;
    const sentence = `Drie kandidaten begonnen met werk. ${'Daarna volgde nog veel meer uitleg over hoe dat ging. '.repeat(18)}`;
    const text = plainText(
      previewMessage(
        { document: { ...d, successes: [rambling, sentence] }, summary: 'Concept.', omitted: [], version: 1 },
        'x',
        null,
      ),
    );
    expect(rambling.length).toBeGreaterThan(1000);
    expect(text).not.toContain(rambling);
    expect(text).toContain(
      'Het werkgeversontbijt in Winterswijk trok veel meer bedrijven dan verwacht en Het',
    );
    expect(text).toMatch(/Winterswijk trok [^\n]{0,120} …/);
    expect(text).toContain('Drie kandidaten begonnen met werk. …');
    expect(text).not.toContain('Daarna volgde');
  });
});
