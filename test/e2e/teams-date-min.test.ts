import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { linkHannekeOnTeams, typeInTeamsChannel } from '../support/teams-chat.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

/**
 * Hanneke (projectleider) opens the forms that ask for a meeting's date in Teams: their calendar
 * (Input.Date) starts at today, so a day Schakel would refuse as past cannot be picked. Today is the
 * werkgroep's (Amsterdam): at 23:30 UTC on Monday 5 January it is already Tuesday 6 January there.
 */
const clock = manualClock('2026-01-05T23:30:00Z');
const TODAY = '2026-01-06';

type CardElement = { type?: string; id?: string; min?: string };

describe('Teams: the date pickers offer no day before today', () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: 'datum-min-geheim', clock });
    await linkHannekeOnTeams(h.tdb.db.pool, h.w.projectleiderId);
  });
  afterAll(async () => h?.stop());

  /** What Schakel answers in the werkgroep's channel to `text` typed there (its last post). */
  const say = async (text: string) => (await typeInTeamsChannel(h, text)).at(-1) ?? '';

  /** The card's date input with id `id`. */
  async function dateInput(command: string, id: string): Promise<CardElement | undefined> {
    const answer = JSON.parse(await say(command));
    const body: CardElement[] = answer.attachments?.[0]?.content?.body ?? [];
    return body.find((e) => e.id === id);
  }

  it('the new series form: the first meeting from today on', async () => {
    expect(await dateInput('nieuwe-reeks', 'datum')).toEqual(
      expect.objectContaining({ type: 'Input.Date', min: TODAY }),
    );
  });

  it('the series changed from a date, and one meeting moved: from today on', async () => {
    expect(await say('nieuwe-reeks 12 januari 2026 14:00')).toContain('De reeks staat');
    expect(await dateInput('wijzig', 'datum')).toEqual(
      expect.objectContaining({ type: 'Input.Date', min: TODAY }),
    );
    expect(await dateInput('verplaats', 'nieuwe_datum')).toEqual(
      expect.objectContaining({ type: 'Input.Date', min: TODAY }),
    );
  });

  it('a new werkgroep: its first meeting from today on', async () => {
    expect(await dateInput('nieuwe-werkgroep', 'datum')).toEqual(
      expect.objectContaining({ type: 'Input.Date', min: TODAY }),
    );
  });
});
