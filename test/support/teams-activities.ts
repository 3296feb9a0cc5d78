import { randomUUID } from 'node:crypto';

/** A Bot Framework message activity as Teams posts it to /api/messages. */
export function messageActivity(opts: {
  text: string;
  serviceUrl: string;
  userId: string;
  tenantId?: string;
  conversationId?: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
}) {
  const tenantId = opts.tenantId ?? 'tenant-schakel-test';
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: opts.serviceUrl,
    from: { id: opts.userId, name: 'Testgebruiker', aadObjectId: randomUUID() },
    recipient: { id: '28:schakel-bot', name: 'Schakel' },
    conversation: {
      id: opts.conversationId ?? `a:personal-${randomUUID()}`,
      conversationType: opts.conversationType ?? 'personal',
      tenantId,
    },
    channelData: { tenant: { id: tenantId } },
    text: opts.text,
    textFormat: 'plain',
    locale: 'nl-NL',
  };
}

export async function postActivity(baseUrl: string, activity: unknown, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
}

/** An Adaptive Card Action.Execute invoke, as Teams sends it when a card button is pressed. */
export function cardActionInvoke(opts: {
  serviceUrl: string;
  userId: string;
  tenantId: string;
  verb: string;
  data: Record<string, unknown>;
  conversationId?: string;
}) {
  const base = messageActivity({ text: '', ...opts });
  return {
    ...base,
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    value: { action: { type: 'Action.Execute', verb: opts.verb, data: opts.data }, trigger: 'manual' },
  };
}

/** An Action.Execute invoke (adaptiveCard/action) as Teams posts it when a card button is pressed. */
export function invokeActivity(opts: {
  verb: string;
  data: Record<string, unknown>;
  serviceUrl: string;
  userId: string;
  tenantId?: string;
  conversationId?: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  id?: string;
}) {
  const tenantId = opts.tenantId ?? 'tenant-schakel-test';
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: opts.id ?? randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: opts.serviceUrl,
    from: { id: opts.userId, name: 'Testgebruiker', aadObjectId: randomUUID() },
    recipient: { id: '28:schakel-bot', name: 'Schakel' },
    conversation: {
      id: opts.conversationId ?? `a:dm-${opts.userId}`,
      conversationType: opts.conversationType ?? 'personal',
      tenantId,
    },
    channelData: { tenant: { id: tenantId } },
    locale: 'nl-NL',
    value: { action: { type: 'Action.Execute', verb: opts.verb, data: opts.data }, trigger: 'manual' },
  };
}
