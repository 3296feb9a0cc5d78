import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/messages/catalogue/en.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { answerIn, shownIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const CHANNEL = '19:lokaal-werkgroep@thread.tacv2';
const CHAT = 'a:lokaal-pl';
const TYPED = 'agendapunt Mevrouw Jansen heeft een depressie, bespreken hoe we haar kunnen helpen';

/**
 * A refusal in the local chat as the person reads it: where the client data is, in words they
 * can find again (not character numbers), the same in the channel and in the personal chat; in
 * the channel, that their message was taken out for everyone (Teams asks its writer to delete it); and
 * "Schakel bewaart geen gegevens van cliënten" once.
 */
describe('the local chat words a refusal so the person can act on it', () => {
  let local: LocalChatApp;
  const history = (id: string, role = 'pl') => shownIn(local.url, role, id);
  const answerTo = (id: string, text: string, role = 'pl') => answerIn(local.url, role, id, text);
  const count = (text: string, part: string) => text.split(part).length - 1;

  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('in the werkgroep channel and in the personal chat: the same words, by word number, never the text', async () => {
    const channel = await answerTo(CHANNEL, TYPED);
    const chat = await answerTo(CHAT, TYPED);
    for (const said of [channel, chat]) {
      expect(said).toContain(nl.errors.privacyHeading);
      // The name is where it is; that it comes with a health detail is what is refused.
      expect(said).toContain(
        'Dit lijkt een naam (in het 1e en 2e woord) samen met iets over iemands gezondheid of zorg.',
      );
      expect(said).not.toMatch(/teken|Jansen|depressie/);
      expect(count(said, 'Schakel bewaart geen gegevens van cliënten')).toBe(1);
      expect(said).not.toContain('Schakel bewaart nooit');
    }
    // Only the channel is shared: Teams would ask the writer to delete their message there; the
    // local chat took it out (local-chat-refused.browser.test.ts) and says so instead.
    expect(channel).toContain(nl.errors.privacyTakenOut);
    for (const said of [channel, chat]) expect(said).not.toContain(nl.errors.privacyDeleteOwn);
    expect(chat).not.toContain(nl.errors.privacyTakenOut);
  });

  it('a name after a title: the place said runs over the whole name, the surname with its particle too', async () => {
    const said = await answerTo(CHAT, 'agendapunt mevrouw Fatima el Amrani heeft een psychose');
    expect(said).toContain(nl.errors.privacyHeading);
    // "mevrouw Fatima el Amrani": leaving out words 1 to 4 leaves no part of the name behind.
    expect(said).toContain('Dit lijkt een naam (in het 1e t/m 4e woord) samen met');
    expect(said).not.toMatch(/Fatima|Amrani|psychose/);
  });

  it('an actiepunt whose words after "tot" start like a date but name a client: refused and taken out', async () => {
    const typed = 'actiepunt Terugbellen tot 3 decembr Sandra de Vries over haar opname bij de GGZ';
    const channel = await answerTo(CHANNEL, typed);
    expect(channel).toContain(nl.errors.privacyHeading);
    expect(channel).toContain(nl.errors.privacyTakenOut);
    expect(channel).not.toMatch(/kan ik niet lezen|Sandra|opname|GGZ/);
    const typedShown = (await history(CHANNEL)).filter((m) => !m.fromBot).at(-1);
    expect(typedShown?.text).toBe(nl.localChat.refusedTaken);
  });

  it('a bare BSN, no command: the refusal with its advice, not "Dat commando ken ik niet"', async () => {
    const channel = await answerTo(CHANNEL, '123456782');
    const chat = await answerTo(CHAT, '123456782');
    for (const said of [channel, chat]) {
      expect(said).toContain(nl.errors.privacyHeading);
      expect(said).toContain('een burgerservicenummer (BSN) in het 1e woord');
      expect(said).toContain(nl.errors.privacyNote);
      expect(said).not.toContain('Dat commando ken ik niet');
      expect(said).not.toContain('123456782');
    }
    expect(channel).toContain(nl.errors.privacyTakenOut);
    expect(chat).not.toContain(nl.errors.privacyTakenOut);
  });

  it('refused only for a reading-direction sign: says so, never that it looked like client data', async () => {
    const typed = 'agendapunt Verslag \u202etsetnoc\u202c bespreken';
    const channel = await answerTo(CHANNEL, typed);
    const chat = await answerTo(CHAT, typed);
    for (const said of [channel, chat]) {
      expect(said).toContain(nl.errors.directionHeading);
      expect(said).toContain(nl.privacy.directionSign);
      expect(said).not.toMatch(/cliënt|algemener/);
    }
    expect(channel).toContain(nl.errors.privacyTakenOut);
    const typedShown = (await history(CHANNEL)).filter((m) => !m.fromBot).at(-1);
    expect(typedShown?.text).toBe(nl.localChat.directionTaken);
    expect(typedShown?.text).not.toMatch(/cliënt/);
  });

  it('a member who writes in English: the refusal in English, and the message taken out all the same', async () => {
    expect(await answerTo('a:lokaal-ggz1', 'taal en', 'ggz1')).toContain(en.language.set);
    const channel = await answerTo(CHANNEL, TYPED, 'ggz1');
    expect(channel).toContain(en.errors.privacyHeading);
    expect(channel).toContain(en.errors.privacyTakenOut);
    expect(channel).not.toContain(en.errors.privacyDeleteOwn);
    expect(channel).not.toMatch(/Jansen|depressie/);
    const typed = (await history(CHANNEL, 'ggz1')).filter((m) => !m.fromBot).at(-1);
    expect(typed?.text).toBe(en.localChat.refusedTaken);
  });
});
