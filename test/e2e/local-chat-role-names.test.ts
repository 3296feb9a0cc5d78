import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

/**
 * The local chat's header calls Ruben "werkgroeplid GGZ"; his own data (`mijn-gegevens`) names his
 * role in the same word, not the bare "lid" it used to; the projectleider is a projectleider in both.
 */
describe('the local chat: a role is named the same in the header and in mijn-gegevens', () => {
  let local: LocalChatApp;

  beforeAll(async () => {
    local = await startLocalChatApp({}, manualClock('2026-12-07T09:00:00Z'));
  });
  afterAll(() => local?.stop());

  /** The "Rollen" fact of the mijn-gegevens card, as the page shows it. */
  const rolesIn = (answer: string) => answer.match(/"title":"Rollen","value":"([^"]*)"/)?.[1];

  const headerRole = async (key: string) => {
    const situation = (await (await fetch(`${local.url}/api/toestand`)).json()) as {
      rollen: { key: string; rol: string }[];
    };
    return situation.rollen.find((r) => r.key === key)?.rol;
  };

  it('werkgroeplid GGZ in the header, werkgroeplid in mijn-gegevens', async () => {
    expect(await headerRole('ggz1')).toBe('werkgroeplid GGZ');
    const own = await answerIn(local.url, 'ggz1', 'a:lokaal-ggz1', 'mijn-gegevens');
    expect(rolesIn(own)).toBe('werkgroeplid');
  });

  it('the projectleider is called projectleider in both', async () => {
    expect(await headerRole('pl')).toBe('projectleider');
    expect(rolesIn(await answerIn(local.url, 'pl', 'a:lokaal-pl', 'mijn-gegevens'))).toContain(
      'projectleider',
    );
  });
});
