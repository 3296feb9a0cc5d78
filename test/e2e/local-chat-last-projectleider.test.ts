import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';

/**
 * Femke, the demo region's only projectleider, erases herself: she is warned first; afterwards the
 * werkgroep finishes her actiepunten itself, and a refusal says whom to ask in plain words.
 */
describe('the local chat: the last projectleider erases herself', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('vergeet-mij warns her that the region will have no projectleider, naming the command for the beheerder', async () => {
    const asked = await answerIn(local.url, 'pl', 'a:lokaal-pl', 'vergeet-mij');
    expect(asked).toContain('je bent de enige projectleider van deze regio');
    expect(asked).toContain(
      'Vraag de beheerder eerst een nieuwe projectleider aan te wijzen, op de server met schakel members import',
    );
  });

  it('after her erasure a member of the werkgroep finishes her actiepunt, now without owner', async () => {
    const noted = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt Folder nalopen met de klantmanagers');
    const number = noted.match(/#(\d+)/)?.[1];
    expect(number).toBeDefined();
    await answerIn(local.url, 'pl', 'a:lokaal-pl', 'vergeet-mij bevestig');
    const list = await answerIn(local.url, 'ggz1', WERKGROEP, 'actiepunten');
    expect(list).toContain(`#${number} Folder nalopen met de klantmanagers — zonder eigenaar`);
    const done = await answerIn(local.url, 'ggz1', WERKGROEP, `klaar ${number}`);
    expect(done).toContain('Folder nalopen met de klantmanagers');
    expect(done).not.toContain('Alleen de eigenaar');
  });

  it("a member's refusal says to ask the beheerder, not which command to type", async () => {
    const refused = await answerIn(local.url, 'ggz1', WERKGROEP, 'samenvatting');
    expect(refused).toContain('Deze regio heeft op dit moment geen projectleider');
    expect(refused).not.toContain('schakel members import');
  });
});
