import { createHmac, randomBytes } from 'node:crypto';

/** Signs a body as Slack does (v0 HMAC-SHA256 over `v0:timestamp:body`). */
export function slackSignature(
  secret: string,
  body: string,
  timestampSeconds: number,
): Record<string, string> {
  const sig = createHmac('sha256', secret).update(`v0:${timestampSeconds}:${body}`).digest('hex');
  return {
    'x-slack-request-timestamp': String(timestampSeconds),
    'x-slack-signature': `v0=${sig}`,
  };
}

export interface SlashCommand {
  readonly text: string;
  readonly userId: string;
  readonly teamId: string;
  readonly responseUrl: string;
  readonly channelId?: string;
  /** Slack's handle for opening a modal in answer to this command. */
  readonly triggerId?: string;
}

export function slashCommandBody(c: SlashCommand): string {
  return new URLSearchParams({
    token: 'legacy-unused',
    team_id: c.teamId,
    team_domain: 'schakel-test',
    channel_id: c.channelId ?? 'C0WERKGROEP',
    channel_name: 'werkgroep',
    user_id: c.userId,
    user_name: 'testgebruiker',
    command: '/schakel',
    text: c.text,
    api_app_id: 'A0SCHAKEL',
    response_url: c.responseUrl,
    // Slack gives every command its own trigger id, so no two real commands have the same body.
    trigger_id: c.triggerId ?? `1337.${randomBytes(6).toString('hex')}`,
  }).toString();
}

/** The headers Slack sends with `body`: its type (a form unless said) and its signature, made now unless a time is given. */
export function signedHeaders(
  secret: string,
  body: string,
  opts: { contentType?: string; timestampSeconds?: number } = {},
): Record<string, string> {
  return {
    'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
    ...slackSignature(secret, body, opts.timestampSeconds ?? Math.floor(Date.now() / 1000)),
  };
}

/** Posts a signed request to a running Bolt receiver. */
export async function postToSlack(
  url: string,
  secret: string,
  body: string,
  opts: { contentType?: string; timestampSeconds?: number; headers?: Record<string, string> } = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { ...signedHeaders(secret, body, opts), ...opts.headers },
    body,
  });
}

export function eventCallbackBody(teamId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy-unused',
    team_id: teamId,
    api_app_id: 'A0SCHAKEL',
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    event,
  });
}

/** An interactivity request (button click, modal submission) as Slack posts it: a form with one `payload`. */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
