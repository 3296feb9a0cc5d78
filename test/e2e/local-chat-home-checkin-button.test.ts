import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { answerIn, postToChat, pressIn, shownIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';
import { waitFor } from '../support/wait-for.ts';

const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';
const RUBEN_CHAT = 'a:lokaal-ggz1';

/**
 * Ruben's overview after a meeting, in his own chat with Schakel: a tester read "typ checkin in het
 * kanaal van de werkgroep" there, while `checkin` works right where he was, and the channel is the
 * one place where the others read along. The overview now has the button itself.
 */
describe('the overview with an open check-in: a button to fill it in, here', () => {
  let local: LocalChatApp;
  const clock = manualClock('2026-12-05T00:16:00Z');

  beforeAll(async () => {
    local = await startLocalChatApp({}, clock);
  });
  afterAll(() => local?.stop());

  it('before the meeting, with nothing open: no button', async () => {
    const overview = await answerIn(local.url, 'ggz1', RUBEN_CHAT, 'overzicht');
    expect(overview).toContain('Geen open check-ins');
    expect(overview).not.toContain('"title":"Check-in invullen"');
  });

  it('names the check-in without sending him to the channel, and its button opens the form', async () => {
    const finished = await postToChat(local.url, '/api/klok', {
      rol: 'pl',
      gesprek: WERKGROEP_CHANNEL,
      stap: 'bijeenkomst',
    });
    expect(finished.status).toBe(200);
    const overview = await answerIn(local.url, 'ggz1', RUBEN_CHAT, 'overzicht');
    expect(overview).toContain(
      'Werkgroep GGZ & Werk Achterhoek — invullen kan tot dinsdag 29 december 2026 om 15:30 (typ checkin)',
    );
    expect(overview).not.toContain('kanaal');
    expect(overview).toContain('"title":"Check-in invullen"');
    const before = (await shownIn(local.url, 'ggz1', RUBEN_CHAT)).length;
    expect((await pressIn(local.url, 'ggz1', RUBEN_CHAT, 'schakel_commando')).status).toBe(200);
    const form = await waitFor('the check-in form', async () =>
      (await shownIn(local.url, 'ggz1', RUBEN_CHAT))
        .slice(before - 1)
        .map((m) => JSON.stringify(m.attachments))
        .find((t) => t.includes('Samenwerkingsniveau')),
    );
    expect(form).toContain('bijeenkomst van dinsdag 22 december 2026');
  });
});
