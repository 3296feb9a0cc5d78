import { expect } from 'vitest';
import { postToSlack, slashCommandBody } from './slack-requests.ts';
import { STAND_IN_TEAM } from './slack-stand-in.ts';

/** Types `/schakel <text>` as `userId` in channel C0OOST of the stand-in workspace; the ack, as JSON text. */
export async function slashInOost(
  h: { app: { baseUrl: string }; slack: { responseUrl: string } },
  secret: string,
  userId: string,
  text: string,
): Promise<string> {
  const body = slashCommandBody({
    text,
    userId,
    teamId: STAND_IN_TEAM,
    responseUrl: h.slack.responseUrl,
    channelId: 'C0OOST',
  });
  const res = await postToSlack(`${h.app.baseUrl}/slack/events`, secret, body);
  expect(res.status).toBe(200);
  return JSON.stringify(await res.json());
}
