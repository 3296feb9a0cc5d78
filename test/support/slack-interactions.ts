import type { types } from '@slack/bolt';
import { expect } from 'vitest';
import { slackViewSubmission } from '../adapters/submissions.ts';
import type { RecordedCall } from './recording-server.ts';
import { postToSlack } from './slack-requests.ts';
import type { startSlackStandIn } from './slack-stand-in.ts';

/**
 * Slack's interactive payloads as Slack posts them (form-encoded `payload=<json>`), signed:
 * a button tapped in a message, and a modal submitted with what the member filled in.
 */

export interface SlackActor {
  readonly teamId: string;
  readonly userId: string;
}

/** The payload of `type`, by the actor, with what every interaction carries. */
function payloadBody(type: string, actor: SlackActor, payload: object): string {
  const full = {
    type,
    token: 'legacy-unused',
    api_app_id: 'A0SCHAKEL',
    team: { id: actor.teamId, domain: 'schakel-test' },
    user: { id: actor.userId, team_id: actor.teamId, username: 'testgebruiker' },
    trigger_id: `trigger-${actor.userId}-${Date.now()}`,
    ...payload,
  };
  return new URLSearchParams({ payload: JSON.stringify(full) }).toString();
}

// Each tap its own moment, as on Slack: two taps in one millisecond are two requests, not a replay.
let tapsInThisProcess = 0;
export function blockActionsBody(
  actor: SlackActor,
  button: { actionId: string; value: string; channelId: string; responseUrl: string },
): string {
  return payloadBody('block_actions', actor, {
    response_url: button.responseUrl,
    container: { type: 'message', channel_id: button.channelId, message_ts: '1700000000.000100' },
    channel: { id: button.channelId, name: 'directmessage' },
    actions: [
      {
        type: 'button',
        action_id: button.actionId,
        block_id: 'acties',
        value: button.value,
        text: { type: 'plain_text', text: 'knop' },
        action_ts: ((Date.now() + tapsInThisProcess++ / 1000) / 1000).toFixed(6),
      },
    ],
  });
}

/** A modal as rendered by Schakel, submitted with `filled` (field id → value). */
export function viewSubmissionBody(
  actor: SlackActor,
  view: types.ModalView,
  filled: Readonly<Record<string, string>>,
  opts: { viewId?: string; hash?: string } = {},
): string {
  const submitted = slackViewSubmission(view, filled);
  return payloadBody('view_submission', actor, {
    view: {
      id: opts.viewId ?? 'V0CHECKIN',
      team_id: actor.teamId,
      type: 'modal',
      title: view.title,
      blocks: view.blocks,
      hash: opts.hash ?? '1700000000.abcdef',
      ...submitted,
    },
  });
}

/** A reveal button ("Nog een knelpunt") pressed inside an open modal, with `typed` filled in. */
export function revealBody(
  actor: SlackActor,
  view: types.ModalView,
  typed: Readonly<Record<string, string>>,
  opts: { viewId: string; revealId: string },
): string {
  return payloadBody('block_actions', actor, {
    container: { type: 'view', view_id: opts.viewId },
    view: {
      id: opts.viewId,
      hash: `1700000000.${opts.revealId}`,
      team_id: actor.teamId,
      type: 'modal',
      title: view.title,
      blocks: view.blocks,
      ...slackViewSubmission(view, typed),
    },
    actions: [
      {
        type: 'button',
        action_id: `toon:${opts.revealId}`,
        block_id: opts.revealId,
        value: opts.revealId,
        action_ts: ((Date.now() + tapsInThisProcess++ / 1000) / 1000).toFixed(6),
      },
    ],
  });
}

/** Posts an interactive payload and returns the status and the ack body (JSON when there is one). */
export async function postInteraction(
  url: string,
  secret: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> | null }> {
  const res = await postToSlack(url, secret, body, { headers });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

/**
 * Taps a button in a message and waits for Schakel's answer to it, which comes after the ack:
 * the modal it opened (views.open) or what it told the member alone (a post to response_url).
 */
export async function tapButton(
  target: { url: string; secret: string; slack: Awaited<ReturnType<typeof startSlackStandIn>> },
  actor: SlackActor,
  button: { actionId: string; value: string; channelId: string },
): Promise<RecordedCall> {
  const { slack } = target;
  const after = slack.calls.length;
  const body = blockActionsBody(actor, { ...button, responseUrl: slack.responseUrl });
  expect((await postInteraction(target.url, target.secret, body)).status).toBe(200);
  return slack.waitFor((c) => c.path === '/api/views.open' || c.path.startsWith('/response/'), { after });
}
