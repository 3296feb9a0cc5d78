import type pg from 'pg';
import { expect } from 'vitest';
import { TEAMS_CHANNEL, TEAMS_TENANT } from './rhythm-fixture.ts';
import { messageActivity, postActivity } from './teams-activities.ts';
import type { startTeamsConnectorStandIn } from './teams-connector-stand-in.ts';

type TeamsStandIn = Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;

/** Hanneke, the werkgroep's projectleider (`memberId`), on Teams too as 29:hanneke, so she types and presses there. */
export async function linkHannekeOnTeams(pool: Pick<pg.Pool, 'query'>, memberId: string): Promise<void> {
  await pool.query(
    `INSERT INTO platform_identities (platform, workspace, user_id, member_id) VALUES ('teams', $1, '29:hanneke', $2)`,
    [TEAMS_TENANT, memberId],
  );
}

/**
 * `text` typed by Hanneke (29:hanneke, see linkHannekeOnTeams) in Werkgroep Oost's Teams channel;
 * what Schakel sent the channel in answer, each post as the JSON text Teams received.
 */
export async function typeInTeamsChannel(
  h: { app: { baseUrl: string }; teams: Pick<TeamsStandIn, 'serviceUrl' | 'sentTo' | 'waitFor'> },
  text: string,
): Promise<string[]> {
  const before = h.teams.sentTo(TEAMS_CHANNEL).length;
  const activity = messageActivity({
    text,
    serviceUrl: h.teams.serviceUrl,
    userId: '29:hanneke',
    tenantId: TEAMS_TENANT,
    conversationId: TEAMS_CHANNEL,
    conversationType: 'channel',
  });
  expect((await postActivity(h.app.baseUrl, activity)).status).toBe(200);
  await h.teams.waitFor(() => h.teams.sentTo(TEAMS_CHANNEL).length > before);
  return h.teams
    .sentTo(TEAMS_CHANNEL)
    .slice(before)
    .map((c) => JSON.stringify(c.body));
}

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
