import { App } from '@microsoft/teams.apps';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamsCommandReplier } from '../../adapters/teams/teams-command-replier.ts';
import type { PendingReply } from '../../src/jobs/command-replier.ts';
import { createLogger } from '../../src/logger.ts';
import type { Message } from '../../src/messages/model.ts';
import { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';

const CHANNEL = '19:werkgroep-oost@thread.tacv2';

/**
 * A slow command's private answer asked for in a Teams channel goes to the member's personal
 * chat, and "Bezig…" in the channel says so. When that last step fails and the scheduler tries
 * again, the member must not get their private answer twice.
 */
describe('Teams: a private answer to a slow command, tried again', () => {
  let connector: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  beforeAll(async () => {
    connector = await startTeamsConnectorStandIn();
  });
  afterAll(async () => {
    await connector?.close();
  });

  it('reaches the personal chat once when updating "Bezig…" in the channel failed', async () => {
    const replier = teamsCommandReplier(new App({ skipAuth: true }), createLogger('silent'));
    const to: PendingReply = {
      platform: 'teams',
      workspace: 'tenant-oost',
      userId: '29:femke',
      replyUrl: null,
      activity: {
        serviceUrl: connector.serviceUrl,
        conversationId: CHANNEL,
        activityId: 'bezig-1',
        personal: false,
      },
    };
    const answer: Message = {
      fallback: 'Concept samenvatting',
      blocks: [{ type: 'text', text: 'Concept samenvatting 2026-T1' }],
      private: true,
    };
    // The channel's connector has a passing outage: the update of "Bezig…" fails once.
    connector.failNext(CHANNEL, 1);
    // As the scheduler does: a reply that threw is tried again (`again`), one that went is done.
    const failed = await replier.reply(to, answer, 'opdracht-1', false).then(
      () => false,
      () => true,
    );
    if (failed) await replier.reply(to, answer, 'opdracht-1', true);

    const private_ = connector.directTo('29:femke').filter((c) => JSON.stringify(c.body).includes('Concept'));
    expect(private_).toHaveLength(1);
    const updates = connector.calls.filter((c) => c.method === 'PUT');
    expect(updates.length).toBeGreaterThan(0);
    expect(JSON.stringify(updates.map((u) => u.body))).not.toContain('Concept');
  });
});
