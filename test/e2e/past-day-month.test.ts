import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { slashWithDm } from '../support/slack-commands.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-verleden';

/**
 * On Sunday 6 December 2026 a member types a deadline as a day and month: one that passed days
 * ago is refused as past, with how to type next year's; one further back is next year's, and the
 * confirmation says the year. Slack and Teams read dates by the same rule.
 */
describe('a deadline typed as a past day and month', () => {
  let h: WerkgroepHarness;
  const viaSlack = async (text: string, userId = 'U0RUBEN') =>
    (
      await slashWithDm(
        { baseUrl: h.app.baseUrl, secret: SECRET, slack: h.slack },
        { userId, text, channelId: 'C0OOST' },
      )
    ).ack;
  const viaTeams = (text: string) => sayInPersonalChat(h, '29:ruben', text, 'nl-NL');

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock: manualClock('2026-12-06T10:00:00Z') });
  });
  afterAll(async () => h?.stop());

  it('Slack and Teams: "tot 3 december" three days later is refused as past, naming next year’s', async () => {
    for (const send of [viaSlack, viaTeams]) {
      const answer = await send('actiepunt Folder rondsturen tot 3 december');
      expect(answer).toContain('donderdag 3 december 2026 ligt in het verleden.');
      expect(answer).toContain('3 december 2027');
      expect(answer).not.toContain('Actiepunt genoteerd');
    }
    const { rows } = await h.tdb.db.pool.query(`SELECT 1 FROM actiepunten WHERE description LIKE 'Folder%'`);
    expect(rows).toEqual([]);
  });

  it('"tot gisteren" is a deadline in the past, refused; not kept as text without a deadline', async () => {
    for (const send of [viaSlack, viaTeams]) {
      const answer = await send('actiepunt Verslag rondsturen tot gisteren');
      expect(answer).toContain(
        'zaterdag 5 december 2026 ligt in het verleden. Kies een datum vanaf vandaag.',
      );
      expect(answer).not.toContain('Actiepunt genoteerd');
    }
    expect(await viaTeams('actiepunt Notulen delen uiterlijk eergisteren')).toContain(
      'vrijdag 4 december 2026 ligt in het verleden.',
    );
    expect(await viaSlack('actiepunt Flyer drukken voor vorige week dinsdag')).toContain(
      'dinsdag 24 november 2026 ligt in het verleden.',
    );
    const { rows } = await h.tdb.db.pool.query(`SELECT 1 FROM actiepunten WHERE description LIKE 'Verslag%'`);
    expect(rows).toEqual([]);
  });

  it('"deadline <nummer> gisteren" is refused as past, not as unreadable', async () => {
    const noted = await viaSlack('actiepunt Zaal reserveren');
    expect(noted).toContain('Actiepunt genoteerd');
    const answer = await viaTeams(`deadline ${/#(\d+)/.exec(noted)?.[1]} gisteren`);
    expect(answer).toContain('zaterdag 5 december 2026 ligt in het verleden.');
    expect(answer).not.toContain('kan ik niet lezen');
  });

  it('"eind november" a week later is past too', async () => {
    expect(await viaTeams('actiepunt Verslag delen uiterlijk eind november')).toContain(
      'maandag 30 november 2026 ligt in het verleden.',
    );
  });

  it('a day and month further back is next year’s, and the confirmation states the year', async () => {
    const answer = await viaSlack('actiepunt Evaluatie IPS plannen tot 1 oktober');
    expect(answer).toContain('Actiepunt genoteerd');
    expect(answer).toContain('vrijdag 1 oktober 2027');
    expect(await viaTeams('actiepunt Werkgeversontbijt tot 15 januari')).toContain('vrijdag 15 januari 2027');
  });

  it('the same rule for a stuurgroep date: last week’s meeting is noted as past, not as next year’s', async () => {
    const answer = await viaSlack('stuurgroep 3 december', 'U0HANNEKE');
    expect(answer).toContain('Genoteerd: stuurgroep op donderdag 3 december 2026. Die datum is al voorbij');
    expect(answer).toContain('bedoel je volgend jaar, typ dan 3 december 2027');
  });

  it('a past stuurgroep date typed again says it is past, not only that it was there', async () => {
    const again = await viaSlack('stuurgroep 3 december', 'U0HANNEKE');
    expect(again).toContain(
      'De stuurgroep van donderdag 3 december 2026 stond er al. Die datum is al voorbij',
    );
  });

  it('a stuurgroep date years back (a year slipped) is refused when a later one was held: nothing noted', async () => {
    const answer = await viaSlack('stuurgroep 1 januari 2020', 'U0HANNEKE');
    expect(answer).toContain(
      'woensdag 1 januari 2020 ligt vóór de laatste stuurgroep die al geweest is (donderdag 3 december 2026), dus telt die datum nergens meer mee. Er is niets genoteerd; kijk het jaar na.',
    );
    expect(answer).not.toContain('Genoteerd');
    const { rows } = await h.tdb.db.pool.query(
      `SELECT 1 FROM stuurgroep_meetings WHERE meeting_date = '2020-01-01'`,
    );
    expect(rows).toEqual([]);
  });

  it('such a date noted before (or imported) is answered with how to remove it, not as the previous meeting', async () => {
    await h.tdb.db.pool.query(
      `INSERT INTO stuurgroep_meetings (region_id, meeting_date, created_at)
       SELECT region_id, '2019-06-05', now() FROM stuurgroep_meetings LIMIT 1`,
    );
    const answer = await viaSlack('stuurgroep 5 juni 2019', 'U0HANNEKE');
    expect(answer).toContain(
      'De stuurgroep van woensdag 5 juni 2019 stond er al. Die datum ligt vóór de laatste stuurgroep die al geweest is (donderdag 3 december 2026) en telt nergens meer mee. Een vergissing? Haal hem weg met /schakel stuurgroep weg 2019-06-05.',
    );
    expect(answer).not.toContain('telt mee als vorige vergadering');
  });

  it('a second stuurgroep a week from another in the same tertiaal is noted with a warning', async () => {
    expect(await viaSlack('stuurgroep 2027-02-10', 'U0HANNEKE')).not.toContain('Let op');
    const answer = await viaSlack('stuurgroep 2027-02-17', 'U0HANNEKE');
    expect(answer).toContain('Genoteerd: stuurgroep op woensdag 17 februari 2027.');
    expect(answer).toContain(
      'Let op: in dezelfde tertiaal staat ook een stuurgroep op woensdag 10 februari 2027.',
    );
  });

  it('a meeting moved to last week’s day and month is refused with the same hint as a deadline', async () => {
    expect(await viaSlack('nieuwe-reeks 2026-12-08 14:00', 'U0HANNEKE')).toContain('De reeks staat');
    const answer = await viaSlack('verplaats 2026-12-08 naar 3 dec', 'U0HANNEKE');
    expect(answer).toContain('Deze datum ligt in het verleden.');
    expect(answer).toContain('bedoel je volgend jaar, typ dan 3 december 2027');
  });
});
