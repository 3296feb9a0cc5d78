import type { types } from '@slack/bolt';
import { expect } from 'vitest';
import { postToSlack, slashCommandBody } from './slack-requests.ts';
import { STAND_IN_TEAM, type startSlackStandIn } from './slack-stand-in.ts';

/**
 * `/schakel <text>` by a member of the stand-in workspace, signed and posted to the app: the
 * ack Slack shows (ephemeral), and what Schakel then posted to the member privately.
 */
export async function slashWithDm(
  target: { baseUrl: string; secret: string; slack: Awaited<ReturnType<typeof startSlackStandIn>> },
  command: { userId: string; text: string; channelId: string },
): Promise<{ ack: string; dm: string }> {
  const { slack } = target;
  const before = slack.calls.length;
  const body = slashCommandBody({
    text: command.text,
    userId: command.userId,
    teamId: STAND_IN_TEAM,
    responseUrl: slack.responseUrl,
    channelId: command.channelId,
  });
  const res = await postToSlack(`${target.baseUrl}/slack/events`, target.secret, body);
  expect(res.status).toBe(200);
  const ack = await res.text();
  const dm = slack.calls
    .slice(before)
    .find((c) => c.path === '/api/chat.postMessage' && c.body.channel === command.userId);
  return { ack, dm: dm ? JSON.stringify(dm.body) : '' };
}

let triggers = 0;

/**
 * `/schakel <text>` by `userId` in `channelId`: what Schakel answered (its ack's JSON), or the modal
 * it opened with views.open after an empty ack.
 */
export async function slashOrModal(
  target: { events: string; secret: string; slack: Awaited<ReturnType<typeof startSlackStandIn>> },
  command: { userId: string; text: string; channelId: string },
): Promise<{ modal: types.ModalView | null; said: string }> {
  const triggerId = `trigger-${++triggers}`;
  const body = slashCommandBody({
    ...command,
    teamId: STAND_IN_TEAM,
    responseUrl: target.slack.responseUrl,
    triggerId,
  });
  const said = await (await postToSlack(target.events, target.secret, body)).text();
  if (said) return { modal: null, said };
  const open = await target.slack.waitFor(
    (c) => c.path === '/api/views.open' && c.body.trigger_id === triggerId,
  );
  return { modal: open.body.view as types.ModalView, said };
}
