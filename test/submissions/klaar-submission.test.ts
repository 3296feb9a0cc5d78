import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { klaarEntry } from '../../src/submissions/klaar-submission.ts';
import { LogCapture } from '../support/test-app.ts';

/**
 * "Klaar melden" from the choice under the list: when the list cannot be renewed the actiepunt is
 * done all the same and said so, and the failure is logged as the Klaar buttons log it.
 */
describe('the klaar choice when the list cannot be renewed', () => {
  it('answers that it is done, in the chat, and logs "actiepuntenlijst vernieuwen mislukt"', async () => {
    const logs = new LogCapture();
    const done = { fallback: 'Actiepunt #7 is klaar.', blocks: [] };
    const entry = klaarEntry(
      {
        finishActiepunt: async () => done,
        actiepuntenAfterKlaar: async () => {
          throw new Error('database weg');
        },
      },
      createLogger('info', logs),
    );
    const user = { platform: 'slack', workspace: 'T0', userId: 'U0RUBEN' } as const;
    const submission = {
      user,
      member: null,
      formId: 'klaar',
      metadata: { overleg: 'o1' },
      values: {},
      requestKey: null,
      where: null,
    } as const;
    const outcome = await entry.carryOut(submission, { form: 'klaar', value: { number: 7 } });
    expect(outcome).toEqual({ answer: done, answerIn: 'chat' });
    expect(logs.text).toContain('actiepuntenlijst vernieuwen mislukt');
    expect(logs.text).toContain('database weg');
  });
});
