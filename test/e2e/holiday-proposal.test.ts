import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { pressInOost, slashInOost } from '../support/slash-command.ts';
import { invokeActivity, postActivity } from '../support/teams-activities.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-voorstel';
const clock = manualClock('2026-03-16T09:00:00Z');
type Button = { action_id: string; value: string; text: { text: string } };

/** A meeting on a holiday comes with a proposal, and the projectleider takes it with one tap. */
describe('a holiday warning: "Voorstel overnemen"', () => {
  let h: WerkgroepHarness;
  const slash = (userId: string, text: string) => slashInOost(h, SECRET, userId, text);
  const buttonsOf = (answer: string): Button[] =>
    JSON.parse(answer)
      .blocks.filter((b: { type: string }) => b.type === 'actions')
      .flatMap((b: { elements: Button[] }) => b.elements);
  const moved = async () =>
    (await h.tdb.db.pool.query(`SELECT 1 FROM audit_log WHERE action = 'bijeenkomst_verplaatst'`)).rows;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    // Every four weeks from Monday 30 March: the fifth week's meeting falls on Koningsdag.
    expect(await slash('U0HANNEKE', 'nieuwe-reeks 2026-03-30 14:00 elke 4 weken')).toContain(
      'De reeks staat',
    );
  });
  afterAll(async () => h?.stop());

  it('a member reads the warning without a button; the projectleider gets the button', async () => {
    const member = await slash('U0RUBEN', 'volgende');
    expect(member).toContain('valt op Koningsdag');
    expect(buttonsOf(member)).toEqual([]);
    const [button] = buttonsOf(await slash('U0HANNEKE', 'volgende'));
    expect(button?.text.text).toBe('Voorstel overnemen (28 april)');
  });

  it('Slack: one tap moves that meeting to the proposal, and the answer replaces the warning', async () => {
    const [button] = buttonsOf(await slash('U0HANNEKE', 'volgende'));
    const answer = JSON.stringify(await pressInOost(h, SECRET, 'U0HANNEKE', button!));
    expect(answer).toContain('is verplaatst naar dinsdag 28 april 2026 om 14:00');
    expect(answer).toContain('dinsdag 28 april 2026, 14:00–15:30 (verplaatst)');
    expect(answer).not.toContain('Koningsdag');
    expect(await moved()).toHaveLength(1);
  });

  it('the same button on an older card: the proposal was already taken, with the meetings as they stand', async () => {
    // The button of the card from before the move: the meeting of 27 April is no longer there.
    const stale = {
      action_id: 'werkgroep_kies',
      value: `${h.w.overlegId}|verplaats 2026-04-27 naar 2026-04-28 14:00`,
      text: { text: 'Voorstel overnemen (28 april)' },
    };
    const answer = JSON.stringify(await pressInOost(h, SECRET, 'U0HANNEKE', stale));
    expect(answer).toContain('Dit voorstel is al overgenomen');
    expect(answer).toContain('dinsdag 28 april 2026, 14:00–15:30 (verplaats');
    expect(answer).not.toContain('staat geen bijeenkomst');
    expect(await moved()).toHaveLength(1);
  });

  it('Teams: a member who presses an old button is refused and nothing moves', async () => {
    const res = await postActivity(
      h.app.baseUrl,
      invokeActivity({
        verb: 'werkgroep_kies',
        data: {
          action: 'werkgroep_kies',
          value: `${h.w.overlegId}|verplaats 2026-04-28 naar 2026-04-29 14:00`,
        },
        serviceUrl: h.teams.serviceUrl,
        userId: '29:ruben',
        tenantId: TEAMS_TENANT,
      }),
    );
    expect(JSON.stringify(await res.json())).toContain('Alleen de projectleider');
    expect(await moved()).toHaveLength(1);
  });
});
