import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { slashInOost } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-reeks-invoer';
const clock = manualClock('2026-03-16T09:00:00Z'); // Monday; summer time starts on Sunday 29 March

/** What the projectleider types about the series: bad values get plain Dutch and change nothing. */
describe('typed series commands with values out of range', () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock, platforms: ['slack'] });
  });
  afterAll(async () => h?.stop());

  const slash = (text: string) => slashInOost(h, SECRET, 'U0HANNEKE', text);
  const stored = async () =>
    JSON.stringify((await h.tdb.db.pool.query('SELECT definition FROM meeting_series')).rows);
  const audit = async () =>
    (await h.tdb.db.pool.query('SELECT action FROM audit_log ORDER BY at')).rows.map((r) => r.action);

  it('a duration, an interval or a time that cannot be: the form’s own words, nothing stored', async () => {
    expect(await slash('nieuwe-reeks 2026-03-30 14:00 duur 3')).toContain(
      'Vul een duur in van 15 t/m 480 minuten.',
    );
    expect(await slash('nieuwe-reeks 2026-03-30 14:00 elke 60 weken')).toContain(
      'Vul in om de hoeveel weken jullie bijeenkomen: 1 t/m 52.',
    );
    expect(await stored()).toBe('[]');
    expect(await slash('nieuwe-reeks 2026-03-30 14:00')).toContain('De reeks staat');
    const before = await stored();

    for (const typed of ['wijzig vanaf 2026-05-01 elke 0 weken', 'wijzig vanaf 2026-05-01 elke 60 weken']) {
      const answer = await slash(typed);
      expect(answer, typed).toContain('Vul in om de hoeveel weken jullie bijeenkomen: 1 t/m 52.');
      expect(answer, typed).not.toContain('gewijzigd');
    }
    for (const typed of ['wijzig vanaf 2026-05-01 om 25:00', 'verplaats 2026-04-27 naar 2026-04-28 9:75']) {
      const answer = await slash(typed);
      expect(answer, typed).toContain('Vul een tijd in als UU:MM, bijvoorbeeld 14:00.');
      expect(answer, typed).not.toMatch(/changes|exceptions/);
    }
    expect(await stored()).toBe(before);
    expect(await audit()).toEqual(['reeks_aangemaakt']);
  });

  it('a change from an earlier day than one already planned is taken in date order', async () => {
    expect(await slash('wijzig vanaf 2026-06-01 elke 2 weken')).toContain(
      'De reeks is gewijzigd vanaf maandag 1 juni 2026',
    );
    const earlier = await slash('wijzig vanaf 2026-05-01 om 15:00');
    expect(earlier).toContain('De reeks is gewijzigd vanaf vrijdag 1 mei 2026');
    const next = await slash('volgende');
    expect(next).toContain('maandag 25 mei 2026, 15:00–16:30');
    // From the first meeting in June on every two weeks, at the time the earlier change set.
    expect(next).toContain('maandag 22 juni 2026, 15:00–16:30');
    expect(next).toContain('maandag 6 juli 2026, 15:00–16:30');
  });

  it('a meeting moved into the hour skipped when summer time starts is refused in plain words', async () => {
    const before = await stored();
    const answer = await slash('verplaats 2026-04-27 naar 2026-03-29 02:30');
    expect(answer).toContain('02:30 bestaat niet op zondag 29 maart 2026');
    expect(await stored()).toBe(before);
  });

  it('a vacation name longer than a name can be is refused; nothing stored', async () => {
    const long = 'Kerstvakantie '.repeat(20);
    const answer = await slash(`vakantie ${long}2026-12-21 t/m 2027-01-01`);
    expect(answer).toContain('Niet opgeslagen: de tekst is 279 tekens lang, het maximum is 200.');
    expect(answer).toContain('Maak hem korter');
    expect((await h.tdb.db.pool.query('SELECT 1 FROM holiday_periods')).rowCount).toBe(0);
    expect(await slash('vakantie Kerstvakantie 2026-12-21 t/m 2027-01-01')).toContain('Genoteerd');
  });

  it('an agendapunt or actiepunt longer than the maximum: not saved, how long it was, the maximum and what to do', async () => {
    const long = 'Overleg met werkgevers over plaatsingen in de regio. '.repeat(60).slice(0, 2600).trim();
    expect(long).toHaveLength(2600);
    for (const command of ['agendapunt', 'actiepunt']) {
      const answer = await slash(`${command} ${long}`);
      expect(answer, command).toContain(
        'Niet opgeslagen: de tekst is 2.600 tekens lang, het maximum is 500. Maak hem korter en stuur hem opnieuw.',
      );
    }
    expect((await h.tdb.db.pool.query('SELECT 1 FROM agenda_items')).rowCount).toBe(0);
    expect((await h.tdb.db.pool.query('SELECT 1 FROM actiepunten')).rowCount).toBe(0);
  });

  it('checkin-dagen typed wrongly: the usage says what to type after it', async () => {
    expect(await slash('checkin-dagen 1.5')).toContain('Gebruik: /schakel checkin-dagen &lt;1-28&gt;');
  });

  it('an actiepunt due on a day already past is refused; nothing stored', async () => {
    expect(await slash('actiepunt Verslag rondsturen tot 2026-03-01')).toContain(
      '1 maart 2026 ligt in het verleden. Kies een datum vanaf vandaag',
    );
    expect((await h.tdb.db.pool.query('SELECT 1 FROM actiepunten')).rowCount).toBe(0);
    expect(await slash('actiepunt Verslag rondsturen tot vandaag')).toContain('Actiepunt genoteerd');
  });

  it('a date or tertiaal in the year 0, or after 2999, gets a plain answer and changes nothing', async () => {
    const before = await stored();
    for (const typed of [
      'stuurgroep 0000-01-01',
      'vakantie Oud 0000-01-01 t/m 0000-01-02',
      'samenvatting 0000-T1',
      // Its first meeting would fall in the year 10000, which no calendar file can hold.
      'wijzig vanaf 9999-12-31 om 10:00',
    ]) {
      const answer = await slash(typed);
      expect(answer, typed).not.toContain('Er ging iets mis');
      expect(answer, typed).toMatch(
        /Gebruik|Over 0000-T1 kan ik geen samenvatting maken: een jaar heeft drie tertialen/,
      );
    }
    expect(h.app.logs.text).not.toContain('out of range');
    expect(await stored()).toBe(before);
  });
  it('a meeting moved onto a day that already has one is refused: which meeting is there, and what to do', async () => {
    const before = await stored();
    const answer = await slash('verplaats 2026-06-22 naar 2026-07-06');
    expect(answer).toContain('Op maandag 6 juli 2026 staat al een bijeenkomst, om 15:00.');
    expect(answer).toContain(
      'Kies een andere datum, of laat eerst een van de twee vervallen met /schakel annuleer 2026-07-06.',
    );
    expect(answer).not.toContain('verplaatst naar');
    expect(await stored()).toBe(before);
    expect((await slash('volgende')).match(/maandag 6 juli 2026/g)).toHaveLength(1);
    // Another hour on its own day is still a move.
    expect(await slash('verplaats 2026-07-06 naar 2026-07-06 16:00')).toContain(
      'is verplaatst naar maandag 6 juli 2026 om 16:00',
    );
  });
  it('a vacation typed twice is said to be there already; an end before the start shows the right order', async () => {
    const holidays = async () => (await h.tdb.db.pool.query('SELECT 1 FROM holiday_periods')).rowCount;
    expect(await slash('vakantie Kerst 2026-12-24 t/m 2027-01-03')).toContain('Genoteerd');
    const before = await holidays();
    expect(await slash('vakantie kerst 2026-12-24 t/m 2027-01-03')).toContain(
      'Kerst van donderdag 24 december 2026 t/m zondag 3 januari 2027 staat er al.',
    );
    expect(await slash('vakantie Voorjaar 2027-02-26 t/m 2027-02-20')).toContain(
      'De einddatum ligt voor de begindatum. Zet de eerste dag vooraan, zo: /schakel vakantie Voorjaar 2027-02-20 t/m 2027-02-26',
    );
    expect(await holidays()).toBe(before);
  });
  it('vakanties lists the region’s vacations; vakantie weg <naam> removes one, and says so', async () => {
    const list = await slash('vakanties');
    expect(list).toContain('Kerst: donderdag 24 december 2026 t/m zondag 3 januari 2027');
    expect(list).toContain('Kerstvakantie: maandag 21 december 2026 t/m vrijdag 1 januari 2027');
    expect(await slash('vakantie weg kerst')).toContain(
      'Kerst (donderdag 24 december 2026 t/m zondag 3 januari 2027) is weggehaald.',
    );
    expect(await slash('vakanties')).not.toContain('Kerst:');
    expect(await slash('vakantie weg Pasen')).toContain('Er is geen vakantie met de naam Pasen. Typ');
    expect(await slash('vakantie weg kerstvakantie')).toContain('is weggehaald');
    expect(await slash('vakanties')).toContain(
      'Er staan geen vakanties. Voeg er een toe: /schakel vakantie &lt;naam&gt; &lt;datum&gt; t/m &lt;datum&gt;"',
    );
  });
  it('vakantie weg with a client’s details: the privacy refusal, nothing of it repeated', async () => {
    const said = await slash('vakantie weg Sandra de Vries over haar opname bij de GGZ');
    expect(said).toContain(nl.errors.privacyHeading);
    expect(said).not.toMatch(/Sandra|Vries|opname|GGZ/);
  });
  it('vakantie weg with a name used in two years: both listed, removed only with the start date', async () => {
    await slash('vakantie Kerstvakantie 2026-12-19 t/m 2027-01-03');
    await slash('vakantie Kerstvakantie 2027-12-18 t/m 2028-01-02');
    const asked = await slash('vakantie weg kerstvakantie');
    expect(asked).toContain('Er zijn 2 vakanties met de naam Kerstvakantie');
    expect(asked).toContain('zaterdag 19 december 2026 t/m zondag 3 januari 2027');
    expect(asked).toContain('Noem de begindatum, zo: /schakel vakantie weg Kerstvakantie 2026-12-19');
    expect(await slash('vakantie weg Kerstvakantie 2027-12-18')).toContain(
      'Kerstvakantie (zaterdag 18 december 2027 t/m zondag 2 januari 2028) is weggehaald.',
    );
    const left = await slash('vakanties');
    expect(left).toContain('Kerstvakantie: zaterdag 19 december 2026 t/m zondag 3 januari 2027');
    expect(left).not.toContain('2028');
    expect(await slash('vakantie weg Kerstvakantie 2027-12-18')).toContain(
      'Er is geen vakantie met de naam Kerstvakantie die begint op zaterdag 18 december 2027.',
    );
  });
  it('vakantie weg without a name: the usage of vakantie weg, not of adding one', async () => {
    const said = await slash('vakantie weg');
    expect(said).toContain('/schakel vakantie weg &lt;naam&gt; [begindatum]');
    expect(said).not.toContain('t/m');
  });
  it('vakanties: only the projectleider is told how to remove one, with the optional start date', async () => {
    await slash('vakantie Meivakantie 2027-04-24 t/m 2027-05-02');
    expect(await slash('vakanties')).toContain(
      'Een vakantie weghalen: /schakel vakantie weg &lt;naam&gt; [begindatum]',
    );
    const member = await slashInOost(h, SECRET, 'U0RUBEN', 'vakanties');
    expect(member).toContain('Meivakantie: zaterdag 24 april 2027');
    expect(member).not.toContain('weghalen');
  });
  it('volgende: a meeting in a vacation is said to fall in the vacation, by its name', async () => {
    await slash('vakantie Voorjaar 2026-03-28 t/m 2026-04-05');
    expect(await slash('volgende')).toContain(
      'valt in de vakantie Voorjaar (zaterdag 28 maart 2026 t/m zondag 5 april 2026)',
    );
  });
});
