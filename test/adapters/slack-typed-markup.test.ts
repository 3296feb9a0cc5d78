import type { App } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typedWithNames } from '../../adapters/slack/mention-names.ts';
import { slackUserInfo } from '../../adapters/slack/slack-user-info.ts';
import { systemClock } from '../../src/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { withLocale } from '../../src/messages/locale.ts';
import { startSlackStandIn } from '../support/slack-stand-in.ts';

let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
beforeAll(async () => {
  slack = await startSlackStandIn({ names: { U0SANNE: 'Sanne de Wit' } });
});
afterAll(async () => slack?.close());

/** Names as users.info on the Slack stand-in gives them, asked afresh; `asked` counts the calls. */
function withNames() {
  const client = { token: 'xoxb-test-token' } as App['client'];
  const before = slack.callsTo('users.info').length;
  const asked = () =>
    slack
      .callsTo('users.info')
      .slice(before)
      .map((c) => c.body.user);
  const userInfo = slackUserInfo({
    apiUrl: slack.apiUrl,
    clock: systemClock,
    logger: createLogger('silent'),
  });
  return { client, asked, typed: typedWithNames(userInfo) };
}

describe('Slack markup in typed text is stored as the member typed it', () => {
  it.each([
    ['<@U0SANNE> belt', '@Sanne de Wit belt'],
    ['met <@U0PIET|piet>', 'met @piet'],
    ['in <#C0OOST|werkgroep-oost>', 'in #werkgroep-oost'],
    // Slack often sends a channel with an empty label: its id is all there is.
    ['in <#C0OOST|> overleggen', 'in #C0OOST overleggen'],
    ['<!here> en <!channel>', '@here en @channel'],
    ['<!subteam^S0TEAM|@jobcoaches> bellen', '@jobcoaches bellen'],
    ['zie <https://example.nl/a?x=1&amp;y=2|example.nl>', 'zie https://example.nl/a?x=1&y=2'],
    ['zie <https://example.nl>', 'zie https://example.nl'],
    ['mail <mailto:info@example.nl|info@example.nl>', 'mail info@example.nl'],
    ['GGZ &amp; UWV: &lt;@U0SANNE&gt;', 'GGZ & UWV: <@U0SANNE>'],
  ])('%s → %s', async (text, stored) => {
    const { client, typed } = withNames();
    expect(await typed(client, 'T0SCHAKEL', text)).toBe(stored);
  });

  it('asks Slack once for a name, and says "iemand" for one it does not give', async () => {
    const { client, asked, typed: once } = withNames();
    expect(await once(client, 'T1', '<@U0SANNE> en <@U0SANNE> en <@U0NIEMAND>')).toBe(
      '@Sanne de Wit en @Sanne de Wit en @iemand',
    );
    expect(await once(client, 'T1', 'nog eens <@U0SANNE>')).toBe('nog eens @Sanne de Wit');
    expect(asked().filter((u) => u === 'U0SANNE')).toHaveLength(1);
  });

  it('stores "@iemand" in Dutch also when the writer reads English: the text is the werkgroep\'s', async () => {
    const { client, typed } = withNames();
    expect(await withLocale('en', () => typed(client, 'T1', 'bel <@U0NIEMAND>'))).toBe('bel @iemand');
  });
});
