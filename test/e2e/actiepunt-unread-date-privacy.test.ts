import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { databaseText } from '../support/database-text.ts';
import { slashInOost } from '../support/slash-command.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-onleesbare-datum';
const CLIENT = [
  'actiepunt Terugbellen voor maandag Sandra de Vries over haar opname bij de GGZ',
  // Still meant as a date ("3 decembr"), so refused as unreadable were the guard not first.
  'actiepunt Terugbellen tot 3 decembr Sandra de Vries over haar opname bij de GGZ',
];

/**
 * Words after "voor" that start like a date but carry a client's details: the privacy refusal,
 * never "De datum ‘…’ kan ik niet lezen" with the client's name and care in it. An unreadable
 * date is refused without repeating anything that was typed. On Slack and Teams alike.
 */
describe('an actiepunt with an unreadable date and a client’s details', () => {
  let h: WerkgroepHarness;
  const clock = manualClock('2026-12-06T10:00:00Z');
  const teams = (text: string) => sayInPersonalChat(h, '29:ruben', text, 'nl-NL');
  const slack = (text: string) => slashInOost(h, SECRET, 'U0RUBEN', text);

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
  });
  afterAll(async () => h?.stop());

  it('the privacy refusal wins, naming nothing that was typed; nothing stored or logged', async () => {
    for (const typed of CLIENT) {
      for (const said of [await slack(typed), await teams(typed)]) {
        expect(said).toContain(nl.errors.privacyHeading);
        expect(said).not.toContain('kan ik niet lezen');
        expect(said).not.toMatch(/Sandra|Vries|opname|GGZ/);
      }
    }
    const { rows } = await h.tdb.db.pool.query('SELECT 1 FROM actiepunten');
    expect(rows).toEqual([]);
    expect(await databaseText(h.tdb.db)).not.toMatch(/Sandra de Vries|opname/);
    expect(h.app.logs.text).not.toMatch(/Sandra|opname/);
  });

  it('an unreadable date is refused naming the deadline word, not the words typed after it', async () => {
    const typed = 'actiepunt Notulen delen tot 3 decembr';
    for (const said of [await slack(typed), await teams(typed)]) {
      expect(said).toContain('De datum na ‘tot’ kan ik niet lezen.');
      expect(said).not.toContain('decembr');
      expect(said).not.toContain('Actiepunt genoteerd');
    }
  });
});
