import { expect } from 'vitest';
import { TEAMS_TENANT } from './rhythm-fixture.ts';
import { messageActivity, postActivity } from './teams-activities.ts';
import type { startTeamsConnectorStandIn } from './teams-connector-stand-in.ts';

type TeamsStandIn = Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;

/**
 * A message typed to Schakel in the member's personal chat from a Teams client in `locale`;
 * Schakel's reply, as the JSON text Teams received.
 */
export async function sayInPersonalChat(
  h: { app: { baseUrl: string }; teams: Pick<TeamsStandIn, 'serviceUrl' | 'calls' | 'waitFor'> },
  userId: string,
  text: string,
  locale: string,
  tenantId = TEAMS_TENANT,
): Promise<string> {
  const conversationId = `a:personal-${userId}`;
  const after = h.teams.calls.length;
  const activity = messageActivity({
    serviceUrl: h.teams.serviceUrl,
    userId,
    tenantId,
    conversationId,
    text,
    locale,
  });
  expect((await postActivity(h.app.baseUrl, activity)).status).toBe(200);
  const reply = await h.teams.waitFor((c) => c.path.startsWith(`/v3/conversations/${conversationId}`), {
    after,
  });
  return JSON.stringify(reply.body);
}
