import { expect } from 'vitest';
import { interactionBody, postToSlack, slashCommandBody } from './slack-requests.ts';
import { STAND_IN_TEAM, type startSlackStandIn } from './slack-stand-in.ts';

type SlackStandIn = Awaited<ReturnType<typeof startSlackStandIn>>;

/** Types `/schakel <text>` as `userId` in channel C0OOST of the stand-in workspace; the ack, as JSON text. */
export async function slashInOost(
  h: { app: { baseUrl: string }; slack: { responseUrl: string } },
  secret: string,
  userId: string,
  text: string,
): Promise<string> {
  return slashIn(h, secret, userId, text, 'C0OOST');
}

/** Types `/schakel <text>` as `userId` in `channelId` of the stand-in workspace; the ack, as JSON text. */
export async function slashIn(
  h: { app: { baseUrl: string }; slack: { responseUrl: string } },
  secret: string,
  userId: string,
  text: string,
  channelId: string,
): Promise<string> {
  const body = slashCommandBody({
    text,
    userId,
    teamId: STAND_IN_TEAM,
    responseUrl: h.slack.responseUrl,
    channelId,
  });
  const res = await postToSlack(`${h.app.baseUrl}/slack/events`, secret, body);
  expect(res.status).toBe(200);
  return JSON.stringify(await res.json());
}

let presses = 0;

/**
 * What Slack posts when `userId` presses a button of a Schakel message in channel C0OOST, and
 * the path of the response_url it carries (its own for each press). `values`: what the message's
 * inputs hold (Slack's `state.values`, block id → action id → state).
 */
export function pressBody(
  h: { slack: { responseUrl: string } },
  userId: string,
  button: { action_id: string; value: string },
  values?: Record<string, Record<string, unknown>>,
  /** Pressed on a message only the presser sees (an answer to `/schakel`), as Slack's container says. */
  ephemeral = false,
): { body: string; path: string } {
  const path = `/response/press-${++presses}`;
  const payload = {
    type: 'block_actions',
    team: { id: STAND_IN_TEAM },
    user: { id: userId },
    api_app_id: 'A0SCHAKEL',
    trigger_id: `${presses}.1.press`,
    channel: { id: 'C0OOST' },
    ...(ephemeral ? { container: { type: 'message', channel_id: 'C0OOST', is_ephemeral: true } } : {}),
    response_url: h.slack.responseUrl.replace(/\/response\/1$/, path),
    actions: [{ type: 'button', block_id: 'b1', text: { type: 'plain_text', text: 'knop' }, ...button }],
    ...(values ? { state: { values } } : {}),
  };
  return { body: interactionBody(payload), path };
}

/**
 * Presses a button of a Schakel message as `userId` in channel C0OOST (pressBody) and waits for
 * what Schakel sends to the button's response_url: the answer, as Slack received it.
 */
export async function pressInOost(
  h: {
    app: { baseUrl: string };
    slack: { responseUrl: string; waitFor: SlackStandIn['waitFor']; calls: SlackStandIn['calls'] };
  },
  secret: string,
  userId: string,
  button: { action_id: string; value: string },
  values?: Record<string, Record<string, unknown>>,
  ephemeral = false,
) {
  const { body, path } = pressBody(h, userId, button, values, ephemeral);
  // The answer to this press, not one to an earlier press of the same button.
  const after = h.slack.calls.length;
  const res = await postToSlack(`${h.app.baseUrl}/slack/events`, secret, body);
  expect(res.status).toBe(200);
  return (await h.slack.waitFor((c) => c.path === path, { after })).body;
}
