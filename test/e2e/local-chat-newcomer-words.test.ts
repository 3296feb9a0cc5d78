import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { shownIn, typeInChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';

/**
 * What a newcomer reads in the local chat, typed as they would: a deadline written the Dutch way,
 * who owns an actiepunt, hints without @Schakel or programmer's notation where nobody types it,
 * and the overleggen in `mijn-gegevens` named by what they are.
 */
describe('the local chat in the words a newcomer uses', () => {
  let local: LocalChatApp;
  /** What Schakel answered `rol` typing `tekst` in conversation `id`: text and cards as JSON text. */
  async function say(rol: string, id: string, tekst: string): Promise<string> {
    const before = (await shownIn(local.url, rol, id)).length;
    expect((await typeInChat(local.url, rol, id, tekst)).status).toBe(200);
    const answers = (await shownIn(local.url, rol, id)).slice(before).filter((a) => a.fromBot);
    expect(answers.length, `Schakel's answer to "${tekst}"`).toBeGreaterThan(0);
    return answers.map((a) => `${a.text} ${JSON.stringify(a.attachments.map((x) => x.content))}`).join('\n');
  }

  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('"voor 15 januari" at the end is the deadline the confirmation shows; "voor de stuurgroep" stays text', async () => {
    const noted = await say('pl', WERKGROEP, 'actiepunt Ruben stuurt de contactlijst rond voor 15 januari');
    expect(noted).toMatch(/"title":"Actiepunt","value":"Ruben stuurt de contactlijst rond"/);
    expect(noted).toMatch(/"title":"Uiterlijk","value":"[a-z]+dag 15 januari \d{4}"/);
    expect(noted).not.toContain(nl.answers.actiepunt.noDue);
    // The owner is whoever typed it, and the card says so rather than leaving "Ruben" to be guessed.
    expect(noted).toContain('"title":"Eigenaar","value":"Femke Hoogland"');
    expect(noted).toContain(nl.answers.actiepunt.ownerIsTypistGiver(''));

    const later = await say(
      'pl',
      WERKGROEP,
      'actiepunt Bellen met de wethouder, uiterlijk volgende week dinsdag',
    );
    expect(later).toMatch(/"title":"Actiepunt","value":"Bellen met de wethouder"/);
    expect(later).toMatch(/"title":"Uiterlijk","value":"dinsdag \d{1,2} [a-z]+ \d{4}"/);

    const text = await say('pl', WERKGROEP, 'actiepunt Agenda voor de stuurgroep maken');
    expect(text).toMatch(/"title":"Actiepunt","value":"Agenda voor de stuurgroep maken"/);
    expect(text).toContain(`"title":"Uiterlijk","value":"${nl.answers.actiepunt.noDue}"`);
  });

  it('in a channel of the local chat the hints name the command as typed there, with an example', async () => {
    const agendapunt = await say('ggz1', WERKGROEP, 'agendapunt');
    expect(agendapunt).toContain('Bijvoorbeeld: agendapunt Evaluatie pilot IPS');
    expect(agendapunt).not.toContain('@Schakel');
    expect(agendapunt).not.toContain('<tekst>');

    const actiepunt = await say('ggz1', WERKGROEP, 'actiepunt');
    expect(actiepunt).toContain('Bijvoorbeeld: actiepunt ');
    expect(actiepunt).not.toContain('@Schakel');
    expect(actiepunt).not.toMatch(/<tekst>|<datum>|\[tot/);

    const card = await say('ggz1', WERKGROEP, 'actiepunt Folder nalezen voor morgen');
    const number = /"title":"Nummer","value":"\\\\#(\d+)"/.exec(card)?.[1];
    expect(number).toBeDefined();
    expect(card).toContain(`Typ klaar ${number} of kies de knop`);
    expect(card).not.toContain('@Schakel');
  });

  it('in the chat with Schakel too: no @Schakel, and a date that does not exist named before the example', async () => {
    const answer = await say('pl', 'a:lokaal-pl', 'agendapunt');
    expect(answer).toContain('Bijvoorbeeld: agendapunt Evaluatie pilot IPS');
    expect(answer).not.toContain('@Schakel');
    const moved = await say('pl', WERKGROEP, 'verplaats 2027-01-19 naar 2027-02-30');
    expect(moved).toContain('30 februari 2027 bestaat niet. Gebruik: verplaats');
    expect(moved).not.toContain('@Schakel');
  });

  it('mijn-gegevens names a stuurgroep as a stuurgroep, not among the werkgroepen', async () => {
    const mine = await say('pl', 'a:lokaal-pl', 'mijn-gegevens');
    expect(mine).toContain('Je gegevens in Schakel');
    const werkgroepen = /"title":"Werkgroepen","value":"([^"]*)"/.exec(mine)?.[1] ?? '';
    expect(werkgroepen).toContain('Werkgroep');
    expect(werkgroepen).not.toContain('Stuurgroep');
    expect(mine).toMatch(/"title":"Stuurgroep","value":"Stuurgroep [^"]+"/);
  });
});
