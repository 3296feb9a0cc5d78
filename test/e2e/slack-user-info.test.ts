import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { slashInOost } from '../support/slash-command.ts';
import { waitFor } from '../support/wait-for.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'gebruikersinfo-geheim';
const MINUTE = 60_000;
const clock = manualClock('2026-09-29T07:00:00Z'); // Tuesday; the werkgroep meets on 6 October

/**
 * What Slack's users.info tells Schakel about a user (the name of a colleague mentioned in typed
 * text, the language of whoever writes) is asked once, remembered for an hour, and a rate limit
 * costs only the time Slack asks for. Over real HTTP, against the Slack stand-in.
 */
describe('Slack users.info: names and languages of Slack users', () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startWerkgroepHarness({
      secret: SECRET,
      clock,
      platforms: ['slack'],
      slackNames: {
        U0SANNE: 'Sanne de Wit',
        U0PIET: 'Piet Bakker',
        U0JOOST: 'Joost Smit',
        U0HANNEKE: 'Hanneke Wiggers',
        U0ANNA: 'Anna Visser',
      },
    });
    const pl = await findMember(h.tdb.db.pool, h.w.projectleiderId);
    await h.app.running.core.rhythm.createSeries(pl, h.w.overlegId, {
      firstStart: '2026-10-06T14:00',
      durationMinutes: 90,
    });
  });
  afterAll(async () => h?.stop());

  const slash = (userId: string, text: string) => slashInOost(h, SECRET, userId, text);

  /** Ruben adds an agendapunt mentioning a colleague; returns it as the agenda then shows it. */
  async function mentioned(userId: string, about: string): Promise<string | undefined> {
    expect(await slash('U0RUBEN', `agendapunt ${about} met <@${userId}>`)).toContain('Genoteerd');
    const agenda = await slash('U0RUBEN', 'agenda');
    return agenda.match(new RegExp(`${about} met @[^"\\\\]*`))?.[0];
  }

  const asked = (userId: string) => h.slack.callsTo('users.info').filter((c) => c.body.user === userId);
  /** Slack refuses the next users.info for its rate limit, asking to wait `seconds`. */
  const rateLimitNextUsersInfo = (seconds: number) =>
    h.slack.answerNext('users.info', {
      status: 429,
      headers: { 'retry-after': String(seconds) },
      body: { ok: false, error: 'ratelimited' },
    });

  it('a mentioned colleague shows by the name Slack gives, asked once', async () => {
    expect(await mentioned('U0SANNE', 'Overdracht')).toBe('Overdracht met @Sanne de Wit');
    expect(await mentioned('U0SANNE', 'Terugkoppeling')).toBe('Terugkoppeling met @Sanne de Wit');
    expect(asked('U0SANNE')).toHaveLength(1);
  });

  it('two agendapunten mentioning the same colleague at once: Slack is asked once', async () => {
    const [first, second] = await Promise.all([
      slash('U0RUBEN', 'agendapunt Inwerken met <@U0ANNA>'),
      slash('U0RUBEN', 'agendapunt Scholing met <@U0ANNA>'),
    ]);
    expect(first).toContain('Genoteerd');
    expect(second).toContain('Genoteerd');
    const agenda = await slash('U0RUBEN', 'agenda');
    expect(agenda).toContain('Inwerken met @Anna Visser');
    expect(agenda).toContain('Scholing met @Anna Visser');
    expect(asked('U0ANNA')).toHaveLength(1);
  });

  it('a colleague who renamed themselves shows by the new name once the hour is over', async () => {
    h.slack.rename('U0SANNE', 'Sanne Jansen');
    clock.advance(59 * MINUTE);
    expect(await mentioned('U0SANNE', 'Wachtlijst')).toBe('Wachtlijst met @Sanne de Wit');
    expect(asked('U0SANNE')).toHaveLength(1);
    clock.advance(2 * MINUTE);
    expect(await mentioned('U0SANNE', 'Intake')).toBe('Intake met @Sanne Jansen');
    expect(asked('U0SANNE')).toHaveLength(2);
  });

  it('a long rate limit shows "@iemand" only as long as Slack asks, without asking meanwhile', async () => {
    rateLimitNextUsersInfo(120);
    expect(await mentioned('U0PIET', 'Jobcoaching')).toBe('Jobcoaching met @iemand');
    clock.advance(MINUTE);
    expect(await mentioned('U0PIET', 'Plaatsing')).toBe('Plaatsing met @iemand');
    expect(asked('U0PIET')).toHaveLength(1);
    clock.advance(MINUTE + 1_000);
    expect(await mentioned('U0PIET', 'Nazorg')).toBe('Nazorg met @Piet Bakker');
    expect(asked('U0PIET')).toHaveLength(2);
  });

  it('a short rate limit is waited out once: the name is there for the next mention', async () => {
    rateLimitNextUsersInfo(1);
    // A slash command waits at most half a second for a name: this one goes without.
    expect(await mentioned('U0JOOST', 'Werkgeversdag')).toBe('Werkgeversdag met @iemand');
    await waitFor('users.info asked again after the Retry-After', () => asked('U0JOOST').length === 2);
    expect(await mentioned('U0JOOST', 'Budget')).toBe('Budget met @Joost Smit');
    expect(asked('U0JOOST')).toHaveLength(2);
  });

  it('her language and her name come from one users.info call', async () => {
    // Hanneke's first command: Schakel asks Slack her language (nothing stored yet).
    expect(await slash('U0HANNEKE', 'help')).toContain('Hoi Hanneke');
    expect(asked('U0HANNEKE')).toHaveLength(1);
    // Ruben mentions her: her name came with that answer.
    expect(await mentioned('U0HANNEKE', 'Voorzitterschap')).toBe('Voorzitterschap met @Hanneke Wiggers');
    expect(asked('U0HANNEKE')).toHaveLength(1);
  });
});
