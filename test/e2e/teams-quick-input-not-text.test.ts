import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { pressAgendaInput } from '../support/agenda-input-press.ts';
import {
  startWerkgroepHarness,
  type WerkgroepHarness,
  withTuesdaySeries,
} from '../support/werkgroep-harness.ts';

const clock = manualClock('2026-09-29T06:00:00Z');

/**
 * The agenda call's input sent with something that is not text in its field (a signed request can;
 * Teams sends what was typed as a string): refused as an empty input, nothing on the agenda. It was
 * turned into text as it came, and "[object Object]" or the items of a list stood on the agenda.
 */
describe('Teams: the quick input with no text in its field', () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ clock, platforms: ['teams'] });
    await withTuesdaySeries(h);
  });
  afterAll(async () => h?.stop());

  const agenda = async () =>
    (await h.tdb.db.pool.query('SELECT text FROM agenda_items ORDER BY created_at')).rows.map((r) => r.text);
  const press = async (typed: unknown) => {
    const res = await pressAgendaInput(h, typed);
    expect(res.status).toBe(200);
    return ((await res.json()) as { value: unknown }).value;
  };

  it.each([
    ['an object', { punt: 'Werkgeversavond' }],
    ['a list', ['Werkgeversavond', 'Jobcoach']],
    ['true', true],
  ])('%s: asked for a text, nothing stored', async (_what, typed) => {
    expect(await press(typed)).toBe('Vul een tekst in.');
    expect(await agenda()).toEqual([]);
  });

  it('a text is stored as typed', async () => {
    expect(await press('Werkgeversavond')).toMatch(/^Genoteerd/);
    expect(await agenda()).toEqual(['Werkgeversavond']);
  });
});
