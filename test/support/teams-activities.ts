import { randomUUID } from 'node:crypto';

interface ActivityOptions {
  serviceUrl: string;
  userId: string;
  tenantId?: string;
  conversationId?: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  /** The language of the member's Teams client; Dutch unless named. */
  locale?: string;
}

/** What every activity from Teams carries: who sent it, where, and which connector to answer on. */
function envelope(opts: ActivityOptions & { conversationId: string; id?: string }) {
  const tenantId = opts.tenantId ?? '7e57c0de-5c4a-4e1e-8a11-00000000a001';
  return {
    id: opts.id ?? randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: opts.serviceUrl,
    from: { id: opts.userId, name: 'Testgebruiker', aadObjectId: randomUUID() },
    recipient: { id: '28:schakel-bot', name: 'Schakel' },
    conversation: {
      id: opts.conversationId,
      conversationType: opts.conversationType ?? 'personal',
      tenantId,
    },
    channelData: { tenant: { id: tenantId } },
    locale: opts.locale ?? 'nl-NL',
  };
}

/** A Bot Framework message activity as Teams posts it to /api/messages. */
export function messageActivity(opts: ActivityOptions & { text: string }) {
  return {
    type: 'message',
    ...envelope({ ...opts, conversationId: opts.conversationId ?? `a:personal-${randomUUID()}` }),
    text: opts.text,
    textFormat: 'plain',
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
  // Pressed on a card in a conversation of its own, unless one is named.
  return invokeActivity({ ...opts, conversationId: opts.conversationId ?? `a:personal-${randomUUID()}` });
}

/** An Action.Execute invoke (adaptiveCard/action) as Teams posts it when a card button is pressed. */
export function invokeActivity(
  opts: ActivityOptions & { verb: string; data: Record<string, unknown>; id?: string },
) {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    ...envelope({ ...opts, conversationId: opts.conversationId ?? `a:dm-${opts.userId}` }),
    value: { action: { type: 'Action.Execute', verb: opts.verb, data: opts.data }, trigger: 'manual' },
  };
}

/**
 * The member's answer to a file consent card (fileConsent/invoke): on "Toestaan" Teams hands
 * over a place in their OneDrive (`uploadUrl`) and where the file will be seen (`contentUrl`).
 */
export function fileConsentInvoke(
  opts: ActivityOptions & {
    action: 'accept' | 'decline';
    context: unknown;
    uploadInfo?: { name: string; uploadUrl: string; contentUrl: string; uniqueId: string; fileType: string };
  },
) {
  return {
    type: 'invoke',
    name: 'fileConsent/invoke',
    ...envelope({ ...opts, conversationId: opts.conversationId ?? `a:dm-${opts.userId}` }),
    value: { type: 'fileUpload', action: opts.action, context: opts.context, uploadInfo: opts.uploadInfo },
  };
}
