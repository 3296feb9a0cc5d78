import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import type { SeriesInput } from '../../src/schedule/series.ts';
import { slashInOost } from '../support/slash-command.ts';
import {
  startWerkgroepHarness,
  type WerkgroepHarness,
  withTuesdaySeries,
} from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-herstel-verplaatst';
// Monday 5 October 2026, 08:00 in Amsterdam; meetings every four weeks on Tuesday from 6 October, 14:00.
const clock = manualClock('2026-10-05T06:00:00Z');

/**
 * A meeting moved (`verplaats`) and then cancelled (`annuleer`) keeps where it had moved to: the
 * werkgroep hears it is off on the day it expected it, and `herstel` puts it back there, by the
 * date people know or by its original date, over Slack as a projectleider types it.
 */
describe('herstel of a meeting that was moved before it was cancelled', () => {
  let h: WerkgroepHarness;
  const slash = (text: string) => slashInOost(h, SECRET, 'U0HANNEKE', text);
  const posts = () => h.slack.callsTo('chat.postMessage').map((c) => JSON.stringify(c.body));
  const count = (text: string) => posts().filter((p) => p.includes(text)).length;
  const definition = async () =>
    (await h.tdb.db.pool.query<{ definition: SeriesInput }>('SELECT definition FROM meeting_series')).rows[0]!
      .definition;
  const feed = async () => {
    const { rows } = await h.tdb.db.pool.query<{ ics_token: string }>('SELECT ics_token FROM meeting_series');
    return (await fetch(`${h.app.baseUrl}/ics/${rows[0]!.ics_token}.ics`)).text();
  };

  /** The one SEQUENCE every event of the feed has (the series' revision). */
  const sequenceOf = (ics: string) => {
    const all = new Set([...ics.matchAll(/^SEQUENCE:(\d+)\r?$/gm)].map((m) => Number(m[1])));
    expect(all.size).toBe(1);
    return [...all][0]!;
  };

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock, platforms: ['slack'] });
    await withTuesdaySeries(h);
  });
  afterAll(async () => h?.stop());

  it('cancelled where it moved to: volgende, the feed and the notice say that day; herstel puts it back there', async () => {
    expect(await slash('verplaats 2026-11-03 naar 2026-11-05 10:00')).toContain('donderdag 5 november 2026');
    const sequenceMoved = sequenceOf(await feed());
    const cancelled = await slash('annuleer 2026-11-05');
    expect(cancelled).toContain(
      'De bijeenkomst van Werkgroep Oost op donderdag 5 november 2026 gaat niet door.',
    );
    expect(cancelled).toContain('Typ /schakel herstel 2026-11-05 of kies de knop.');
    expect(cancelled).toContain(`${h.w.overlegId}|herstel 2026-11-05`);
    expect(cancelled).not.toContain('het gaat om die bijeenkomst');
    const upcoming = await slash('volgende');
    expect(upcoming).not.toContain('5 november');
    expect(upcoming).not.toContain('3 november');
    // The feed has it called off on the day it had moved to: the move's own event, cancelled.
    let ics = await feed();
    expect(ics).toContain('RECURRENCE-ID;TZID=Europe/Amsterdam:20261103T140000');
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20261105T100000');
    expect(ics).toContain('STATUS:CANCELLED');
    // Every event newer than the moved one a calendar had: the series' revision.
    const sequenceCancelled = sequenceOf(ics);
    expect(sequenceCancelled).toBeGreaterThan(sequenceMoved);
    expect(ics).not.toContain('EXDATE');
    expect(await slash('logboek')).toContain(
      'bijeenkomst van Werkgroep Oost van donderdag 5 november 2026 10:00 geannuleerd',
    );

    clock.set('2026-11-04T08:00:30Z'); // Wednesday 09:00:30: the day before the day it was moved to
    await h.app.running.tick();
    expect(count('op donderdag 5 november 2026, 10:00–11:30 gaat niet door')).toBe(1);
    expect(count('3 november')).toBe(0);

    const restored = await slash('herstel 2026-11-05');
    expect(restored).toContain(
      'De bijeenkomst van donderdag 5 november 2026 om 10:00 gaat toch door; ze blijft verplaatst (oorspronkelijk dinsdag 3 november 2026 om 14:00).',
    );
    expect(restored).toContain('De werkgroep krijgt één bericht dat ze toch doorgaat.');
    expect(restored).toContain('donderdag 5 november 2026, 10:00–11:30');
    await h.app.running.tick();
    await h.app.running.tick();
    expect(count('op donderdag 5 november 2026, 10:00–11:30 gaat toch door')).toBe(1);
    expect(count('Morgen: Werkgroep Oost')).toBe(1);
    expect(count('3 november')).toBe(0);
    ics = await feed();
    expect(ics).toContain('RECURRENCE-ID;TZID=Europe/Amsterdam:20261103T140000');
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20261105T100000');
    expect(ics).not.toContain('EXDATE');
    expect(ics).not.toContain('STATUS:CANCELLED');
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(sequenceOf(ics)).toBeGreaterThan(sequenceCancelled);
    expect(await slash('logboek')).toContain(
      'bijeenkomst van Werkgroep Oost van donderdag 5 november 2026 10:00 hersteld',
    );
  });

  it('named by its original date, where no meeting stands: said which, and put back with its own place and length', async () => {
    // A move with a place and a length of its own (as an import or the form may store it).
    const move = {
      kind: 'move' as const,
      originalStart: '2026-12-01T14:00',
      start: '2026-12-02T13:00',
      durationMinutes: 60,
      location: 'Stadhuis Lochem',
    };
    await h.tdb.db.pool.query(
      `UPDATE meeting_series SET definition = jsonb_set(definition, '{exceptions}', definition->'exceptions' || $1::jsonb)`,
      [JSON.stringify([move])],
    );
    const note =
      'De bijeenkomst van dinsdag 1 december 2026 was verplaatst naar woensdag 2 december 2026 om 13:00; het gaat om die bijeenkomst.';
    const cancelled = await slash('annuleer 1 december');
    expect(cancelled).toContain(
      `${note} De bijeenkomst van Werkgroep Oost op woensdag 2 december 2026 gaat niet door.`,
    );
    expect(cancelled).toContain('Typ /schakel herstel 2026-12-02 of kies de knop.');
    expect((await definition()).exceptions?.find((e) => e.originalStart === move.originalStart)).toEqual({
      kind: 'cancel',
      originalStart: move.originalStart,
      moved: { start: move.start, durationMinutes: 60, location: 'Stadhuis Lochem' },
    });
    expect(await slash('annuleer 2026-12-01')).toContain(
      `${note} De bijeenkomst van Werkgroep Oost op woensdag 2 december 2026 was al afgezegd`,
    );

    expect(await slash('herstel 2026-12-01')).toContain(
      'De bijeenkomst van woensdag 2 december 2026 om 13:00 gaat toch door; ze blijft verplaatst (oorspronkelijk dinsdag 1 december 2026 om 14:00).',
    );
    expect((await definition()).exceptions?.find((e) => e.originalStart === move.originalStart)).toEqual(
      move,
    );
    expect(await slash('volgende')).toContain('woensdag 2 december 2026, 13:00–14:00');
    expect(await slash('herstel 2026-12-01')).toContain(
      `${note} De bijeenkomst van woensdag 2 december 2026 is niet afgezegd`,
    );
    // A plain date without any meeting is still no meeting.
    expect(await slash('herstel 2026-12-03')).toContain(
      'Op donderdag 3 december 2026 staat geen bijeenkomst',
    );
  });

  it('its day taken by another meeting since: herstel says so and changes nothing; annuleer finds the one that stands', async () => {
    await slash('verplaats 2026-12-29 naar 2027-01-05');
    expect(await slash('annuleer 2027-01-05')).toContain('gaat niet door');
    expect(await slash('verplaats 2027-01-26 naar 2027-01-05 10:00')).toContain('dinsdag 5 januari 2027');
    const before = await definition();
    expect(await slash('herstel 2027-01-05')).toContain(
      'Op dinsdag 5 januari 2027 staat intussen een andere bijeenkomst, om 10:00. Twee op één dag kan niet: verplaats of annuleer die eerst (/schakel verplaats 2027-01-05 naar &lt;datum&gt;, of /schakel annuleer 2027-01-05). Er is niets veranderd.',
    );
    expect(await definition()).toEqual(before);
    // The date names two meetings now: annuleer is about the one that still stands.
    expect(await slash('annuleer 2027-01-05')).toContain(
      'De bijeenkomst van Werkgroep Oost op dinsdag 5 januari 2027 gaat niet door.',
    );
    expect((await definition()).exceptions?.filter((e) => e.kind === 'cancel')).toHaveLength(2);
    // Both off: herstel of the date asks which (not the first of the day unasked); the other then finds it taken.
    const bothOff = await definition();
    const asked = await slash('herstel 2027-01-05');
    expect(asked).toContain(
      'Op dinsdag 5 januari 2027 zijn 2 bijeenkomsten afgezegd. Welke moet toch doorgaan?',
    );
    expect(await definition()).toEqual(bothOff);
    expect(await slash('herstel 2027-01-05 van 2027-01-26')).toContain(
      'De bijeenkomst van dinsdag 5 januari 2027 om 10:00 gaat toch door; ze blijft verplaatst (oorspronkelijk dinsdag 26 januari 2027 om 14:00).',
    );
    expect(await slash('herstel 2027-01-05')).toContain(
      'staat intussen een andere bijeenkomst, om 10:00. Twee op één dag kan niet',
    );
  });

  it('a plain cancelled meeting whose day another meeting took since: herstel says so and changes nothing', async () => {
    expect(await slash('annuleer 2027-03-23')).toContain('gaat niet door');
    // A cancelled meeting does not hold its day: another may move onto it.
    expect(await slash('verplaats 2027-04-20 naar 2027-03-23 10:00')).toContain('dinsdag 23 maart 2027');
    const before = await definition();
    expect(await slash('herstel 2027-03-23')).toContain(
      'Op dinsdag 23 maart 2027 staat intussen een andere bijeenkomst, om 10:00. Twee op één dag kan niet',
    );
    expect(await definition()).toEqual(before);
  });

  it('verplaats of a cancelled meeting: put it back first, so the werkgroep hears it; nothing changes', async () => {
    expect(await slash('annuleer 2027-05-18')).toContain('gaat niet door');
    const before = await definition();
    expect(await slash('verplaats 2027-05-18 naar 2027-05-19')).toContain(
      'Deze bijeenkomst is afgezegd. Zet haar eerst terug met /schakel herstel 2027-05-18 (de werkgroep hoort dan dat ze toch doorgaat) en verplaats haar daarna. Er is niets veranderd.',
    );
    expect(await definition()).toEqual(before);
    expect(await slash('herstel 2027-05-18')).toContain('gaat toch door');
    expect(await slash('verplaats 2027-05-18 naar 2027-05-19')).toContain('woensdag 19 mei 2027');
  });

  it('sent twice at once: cancelled once and put back once, the move kept', async () => {
    await slash('verplaats 2027-02-23 naar 2027-02-25');
    const cancels = await Promise.all([slash('annuleer 2027-02-25'), slash('annuleer 2027-02-25')]);
    expect(cancels.filter((a) => a.includes('gaat niet door.'))).toHaveLength(1);
    expect(cancels.filter((a) => a.includes('was al afgezegd'))).toHaveLength(1);
    const restores = await Promise.all([slash('herstel 2027-02-25'), slash('herstel 2027-02-23')]);
    expect(restores.filter((a) => a.includes('gaat toch door; ze blijft verplaatst'))).toHaveLength(1);
    expect(restores.filter((a) => a.includes('is niet afgezegd'))).toHaveLength(1);
    expect((await definition()).exceptions?.find((e) => e.originalStart === '2027-02-23T14:00')).toEqual({
      kind: 'move',
      originalStart: '2027-02-23T14:00',
      start: '2027-02-25T14:00',
    });
  });
});
