import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { shownIn, typeInChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';
import { waitFor } from '../support/wait-for.ts';

const CHANNEL = '19:lokaal-werkgroep@thread.tacv2';

/**
 * Two people type in the same channel at the same moment: one a BSN, the other a harmless
 * command. Only the message Schakel refused is taken out; the other stays as it was typed.
 */
describe('the local chat takes out only the refused message, never a neighbour’s', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('pl types a BSN while ggz1 types `volgende` several times: only the BSN is taken out', async () => {
    const harmless = Array.from({ length: 4 }, () => 'volgende');
    await Promise.all([
      typeInChat(local.url, 'pl', CHANNEL, '123456782'),
      ...harmless.map((t) => typeInChat(local.url, 'ggz1', CHANNEL, t)),
    ]);
    const shown = await waitFor('every message answered', async () => {
      const all = await shownIn(local.url, 'pl', CHANNEL);
      return all.filter((m) => m.fromBot).length >= 5 ? all : undefined;
    });
    const typed = shown.filter((m) => !m.fromBot);
    expect(typed.filter((m) => m.text === nl.localChat.refusedTaken)).toHaveLength(1);
    expect(typed.filter((m) => m.text === 'volgende')).toHaveLength(harmless.length);
    expect(JSON.stringify(shown)).not.toContain('123456782');
  });
});
