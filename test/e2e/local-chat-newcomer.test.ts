import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONTH_NAMES } from '../../src/schedule/conflicts.ts';
import { postToChat, type ShownMessage, shownIn, typeInChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';
const ISO_DATE = /\b20\d\d-\d\d-\d\d\b/;
/** "maandag 14 december 2026" */
const DUTCH_DATE = '[a-z]+dag \\d{1,2} [a-z]+ \\d{4}';

/**
 * A newcomer's walk through the local chat, typed as they would: the answers of the stuurgroep
 * and landelijk roles, actiepunten with readable (and overdue) dates, the confirmation of a new
 * actiepunt and a second, identical one.
 */
describe('the local chat as a newcomer meets it', () => {
  let local: LocalChatApp;
  const history = (rol: string, id: string): Promise<ShownMessage[]> => shownIn(local.url, rol, id);
  /** The person's overview: the card Schakel put first in their chat with it. */
  async function overview(rol: string): Promise<string> {
    const first = (await history(rol, `a:lokaal-${rol}`)).find((a) => a.fromBot);
    expect(first, `${rol}'s overview`).toBeDefined();
    return JSON.stringify(first?.attachments.map((x) => x.content));
  }
  /** What Schakel answered `rol` typing `tekst` in conversation `id`: its cards as JSON text. */
  async function say(rol: string, id: string, tekst: string): Promise<string> {
    const before = (await history(rol, id)).length;
    const res = await typeInChat(local.url, rol, id, tekst);
    expect(res.status).toBe(200);
    const answers = (await history(rol, id)).slice(before).filter((a) => a.fromBot);
    // An answer there must be: without one, the "not.toContain" checks below would hold of nothing.
    expect(answers.length, `Schakel's answer to "${tekst}"`).toBeGreaterThan(0);
    return answers.map((a) => `${a.text} ${JSON.stringify(a.attachments.map((x) => x.content))}`).join('\n');
  }
  const clock = (stap: string) => postToChat(local.url, '/api/klok', { rol: 'pl', gesprek: WERKGROEP, stap });

  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('a stuurgroeplid sees their stuurgroep and the summary, not "ask to join a werkgroep"', async () => {
    const home = await overview('sg1');
    expect(home).not.toContain('nog niet aan een werkgroep gekoppeld');
    expect(home).toContain('Je stuurgroep');
    expect(home).toContain('samenvatting laatste');
    expect(home).not.toContain('Open check-ins');
  });

  it("a stuurgroeplid's overview names the next stuurgroep meeting that `stuurgroep` lists", async () => {
    const planned = await say('pl', 'a:lokaal-pl', 'stuurgroep');
    const first = new RegExp(DUTCH_DATE).exec(planned)?.[0];
    expect(first, 'a planned stuurgroep date').toBeDefined();
    const home = await overview('sg1');
    expect(home).toContain(`Stuurgroep Achterhoek: volgende bijeenkomst ${first}`);
    expect(home).not.toContain('nog geen bijeenkomst gepland');
  });

  it('a stuurgroeplid typing "volgende" hears the next stuurgroep and when its summary is drafted', async () => {
    const planned = await say('pl', 'a:lokaal-pl', 'stuurgroep');
    const [, meeting, draft] = new RegExp(`(${DUTCH_DATE}): concept op (${DUTCH_DATE})`).exec(planned) ?? [];
    expect(meeting, 'a planned stuurgroep date').toBeDefined();
    const answer = await say('sg1', 'a:lokaal-sg1', 'volgende');
    expect(answer).not.toContain('nog niet aan een werkgroep gekoppeld');
    expect(answer).toContain(`De volgende stuurgroep van je regio is op ${meeting}.`);
    expect(answer).toContain(`Het concept van de samenvatting komt op ${draft};`);
    expect(answer).toContain('samenvatting laatste');
    expect(answer).toContain('"title":"Laatste samenvatting"');
  });

  it('the programme office sees the national overview; help says what they do', async () => {
    const home = await overview('lj1');
    expect(home).not.toContain('nog niet aan een werkgroep gekoppeld');
    expect(home).toContain('Voor het programmabureau');
    expect(home).toContain('landelijk');
    const help = await say('lj1', 'a:lokaal-lj1', 'help');
    expect(help).toContain("Je volgt de samenwerking van alle regio's in het landelijk overzicht.");
    expect(help).not.toContain('nog niet aan een werkgroep gekoppeld');
  });

  it('actiepunten show dates as people write them, never JJJJ-MM-DD', async () => {
    const list = await say('ggz1', WERKGROEP, 'actiepunten');
    expect(list).toContain('Open actiepunten');
    expect(list).toMatch(new RegExp(`\\(uiterlijk ${DUTCH_DATE}\\)`));
    expect(list).not.toMatch(ISO_DATE);
  });

  it('a new actiepunt is confirmed with its number, owner and date; the same one again is not added', async () => {
    const first = await say(
      'ggz1',
      WERKGROEP,
      'actiepunt Wachtlijst IPS bespreken met teamleiders tot 2027-01-29',
    );
    expect(first).toContain('Actiepunt genoteerd, met jou als eigenaar.');
    const number = /"title":"Nummer","value":"\\\\#(\d+)"/.exec(first)?.[1];
    expect(number).toBeDefined();
    expect(first).toContain('Ruben Kleinjan');
    expect(first).toContain('vrijdag 29 januari 2027');
    expect(first).toContain(`Klaar #${number}`);
    expect(first).not.toMatch(ISO_DATE);

    const again = await say(
      'ggz1',
      WERKGROEP,
      'actiepunt wachtlijst IPS bespreken met teamleiders tot 2027-01-29',
    );
    expect(again).toContain(`Dit actiepunt staat al open als #${number}`);
    expect(again).toContain('Ik heb het niet nog een keer genoteerd.');
    const list = await say('ggz1', WERKGROEP, 'actiepunten');
    // Once in the list (its Schrap button's question names it too, in the card's hidden step).
    expect(list.match(/Wachtlijst IPS bespreken met teamleiders —/gi)).toHaveLength(1);
  });

  it('two weeks on, an actiepunt past its date is marked as late in the list', async () => {
    expect((await clock('week')).status).toBe(200);
    expect((await clock('week')).status).toBe(200);
    const list = await say('ggz1', WERKGROEP, 'actiepunten');
    expect(list).toMatch(new RegExp(`\\(uiterlijk ${DUTCH_DATE} — te laat\\)`));
    const mine = await say('ggz1', WERKGROEP, 'actiepunt Folder nalezen tot 2027-02-26');
    expect(mine).not.toContain('te laat');
  });

  it('reeks shows a moved meeting on its new date; logboek speaks local time, not UTC', async () => {
    const next = (await (
      await fetch(`${local.url}/api/volgende?rol=pl&id=${encodeURIComponent(WERKGROEP)}`)
    ).json()) as { tekst: string };
    const [, day, month, year] = /(\d{1,2}) ([a-z]+) (\d{4}),/.exec(next.tekst) ?? [];
    const from = new Date(Date.UTC(Number(year), MONTH_NAMES.indexOf(month ?? ''), Number(day)));
    const to = new Date(from.getTime() + 86_400_000);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    await say('pl', WERKGROEP, `verplaats ${iso(from)} naar ${iso(to)}`);
    const reeks = await say('pl', WERKGROEP, 'reeks');
    expect(reeks).toContain('Volgende bijeenkomst');
    expect(reeks).toMatch(new RegExp(`${DUTCH_DATE}, 14:00–15:30 \\(verplaatst, stond op ${DUTCH_DATE}\\)`));
    expect(reeks).toMatch(
      new RegExp(`"title":"Eerste bijeenkomst","value":"${DUTCH_DATE} om \\d\\d:\\d\\d"`),
    );
    expect(reeks).not.toMatch(ISO_DATE);
    const log = await say('pl', WERKGROEP, 'logboek');
    expect(log).toMatch(new RegExp(`${DUTCH_DATE} om \\d\\d:\\d\\d — Femke Hoogland`));
    expect(log).not.toContain('UTC');
  });

  it('a date that does not exist is named before the usage, in each command that takes a date', async () => {
    const moved = await say('pl', WERKGROEP, 'verplaats 2027-01-19 naar 2027-02-30');
    expect(moved).toContain('30 februari 2027 bestaat niet. Gebruik: verplaats');
    expect(moved).not.toContain('Zo begrijp ik het niet');
    expect(await say('pl', WERKGROEP, 'annuleer 31-04-2027')).toContain(
      '31 april 2027 bestaat niet. Gebruik: annuleer',
    );
    expect(await say('pl', WERKGROEP, 'actiepunt Folder nalezen tot 2027-13-01')).toContain(
      'Maand 13 bestaat niet: een jaar heeft 12 maanden. Gebruik: actiepunt',
    );
    expect(await say('pl', 'a:lokaal-pl', 'stuurgroep 29 februari 2027')).toContain(
      '29 februari 2027 bestaat niet. Gebruik: stuurgroep',
    );
  });

  it('help alles: a projectleider command is one short word beside what it does and how to type it', async () => {
    const all = await say('pl', 'a:lokaal-pl', 'help alles');
    const titles = [...all.matchAll(/"title":"([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(titles).toContain('verplaats');
    expect(titles).toContain('stuurgroep instellingen');
    // Below the member's own commands, no label carries its arguments (they made a narrow column).
    for (const title of titles.slice(titles.indexOf('nieuwe-werkgroep'))) expect(title).not.toMatch(/[<[]/);
    expect(all).toContain(
      '"title":"verplaats","value":"één bijeenkomst verplaatsen — verplaats \\\\<datum\\\\> naar',
    );
  });

  it('a stuurgroeplid typing "samenvatting" is pointed to the published one, one tap away', async () => {
    const answer = await say('sg1', 'a:lokaal-sg1', 'samenvatting');
    expect(answer).toContain(
      'Alleen de projectleider van deze regio stelt het concept van de samenvatting op.',
    );
    expect(answer).toContain('samenvatting laatste');
    expect(answer).toContain('"title":"Laatste samenvatting"');
  });

  it('a summary link that leads nowhere: a Dutch page in a browser, JSON for a program', async () => {
    const link = `${local.app.baseUrl}/digest/${'x'.repeat(24)}.pdf`;
    const page = await fetch(link, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<h1>Dit bestand is er niet meer</h1>');
    expect(html).toContain('samenvatting laatste');
    const program = await fetch(link);
    expect(program.status).toBe(404);
    expect(await program.json()).toEqual({ error: 'Dit bestand bestaat niet (meer).' });
  });

  it('in English: Done buttons, and advice for a Dutch text that names the Dutch words to write', async () => {
    expect(await say('wi1', WERKGROEP, 'taal en')).toContain('from now on I write to you in English');
    const list = await say('wi1', WERKGROEP, 'actiepunten');
    expect(list).toContain('Open action items');
    expect(list).toMatch(/"title":"Done #\d+"/);
    expect(list).not.toContain('Klaar #');
    expect(list).not.toMatch(ISO_DATE);
    const refused = await say('wi1', WERKGROEP, 'agendapunt Mevrouw Jansen heeft een depressie');
    expect(refused).toContain(
      "write 'een cliënt' or 'een collega', 'a client' or 'a colleague' in an English text",
    );
    expect(await say('wi1', WERKGROEP, 'taal nl')).toContain('Nederlands');
  });

  it('"mijn gegevens", "Mijn Gegevens" and "vergeet mij" are understood as the commands they mean', async () => {
    for (const typed of ['mijn gegevens', 'Mijn Gegevens', 'mijngegevens']) {
      expect(await say('ggz1', 'a:lokaal-ggz1', typed)).toContain('Je gegevens in Schakel');
    }
    expect(await say('ggz1', WERKGROEP, 'agenda punt Terugblik op de werkgeversdag')).toContain(
      'Genoteerd voor de bijeenkomst van',
    );
    expect(await say('ggz1', WERKGROEP, 'agenda')).toContain('Terugblik op de werkgeversdag');
    // The first word a command itself: an actiepunt that starts with "en" stays an actiepunt.
    expect(await say('ggz1', WERKGROEP, 'actiepunt en dan de folder ophalen')).toContain(
      'Actiepunt genoteerd',
    );
  });

  it('"vergeet mij" lists what is erased and what stays, actiepunten too, and erases with one tap', async () => {
    const explained = await say('ggz1', 'a:lokaal-ggz1', 'vergeet mij');
    expect(explained).toContain('je check-ins en checklist-antwoorden');
    expect(explained).toContain('je actiepunten, open of afgerond, zonder eigenaar');
    expect(explained).toContain('Dit kan niet ongedaan worden gemaakt.');
    expect(explained).toContain('"title":"Ja, wis mijn gegevens"');
    const card = (await history('ggz1', 'a:lokaal-ggz1')).filter((a) => a.fromBot).at(-1);
    const res = await fetch(`${local.url}/api/actie`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        rol: 'ggz1',
        gesprek: 'a:lokaal-ggz1',
        activiteit: card?.id,
        verb: 'schakel_commando',
        data: { action: 'schakel_commando', value: 'vergeet-mij bevestig' },
      }),
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toContain('Je gegevens zijn gewist.');
    // Ruben's actiepunt stays for the werkgroep, without an owner.
    const list = await say('pl', WERKGROEP, 'actiepunten');
    expect(list).toContain('Wachtlijst IPS bespreken met teamleiders');
    expect(list).not.toContain('Ruben Kleinjan');
  });
});
