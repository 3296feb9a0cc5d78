import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIn, pressIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';

/**
 * On a first local start the demo set-up publishes the stuurgroep's digest itself. Femke, the demo
 * projectleider, did nothing: her `logboek` says the demo set-up published it, not she.
 */
describe('the logboek after the demo’s start-up', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('credits the demo’s digest publication to "Schakel (demo)", not to the projectleider', async () => {
    const log = await answerIn(local.url, 'pl', WERKGROEP, 'logboek');
    expect(log).toContain('Schakel (demo): samenvatting gepubliceerd');
    expect(log).not.toContain('Femke Hoogland: samenvatting gepubliceerd');
    expect(log).not.toContain('gewist lid');
  });

  it('what Femke publishes herself afterwards is still hers', async () => {
    // A new version of the same period, through her own review.
    await answerIn(local.url, 'pl', 'a:lokaal-pl', 'samenvatting');
    const pressed = await pressIn(local.url, 'pl', 'a:lokaal-pl', 'digest_publish');
    expect(pressed.status).toBe(200);
    const log = await answerIn(local.url, 'pl', WERKGROEP, 'logboek');
    expect(log).toContain('Femke Hoogland: samenvatting gepubliceerd');
    expect(log).toContain('Schakel (demo): samenvatting gepubliceerd');
  });
});
