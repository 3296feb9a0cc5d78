import { type RecordedCall, type Reply, startRecordingServer } from './recording-server.ts';

/**
 * The Bot Framework connector (serviceUrl) on 127.0.0.1: records what the bot sends. It can be
 * told to answer the next posts to a conversation with a 500; `directTo` and `sentTo` list only
 * what it accepted.
 */
export async function startTeamsConnectorStandIn(
  opts: { roster?: ReadonlyArray<{ id: string; name: string; email: string }> } = {},
) {
  let n = 0;
  const failing = new Map<string, number>();
  const answers = new Map<string, Reply[]>();
  const refused = new Set<RecordedCall>();
  const server = await startRecordingServer((call) => {
    // The roster of a conversation, as the connector lists its members.
    if (call.method === 'GET' && /^\/v3\/conversations\/[^/]+\/members$/.test(call.path)) {
      return {
        status: 200,
        body: (opts.roster ?? []).map((m) => ({
          id: m.id,
          name: m.name,
          email: m.email,
          userPrincipalName: m.email,
        })),
      };
    }
    // A personal chat with one member: the connector gives the same conversation each time.
    if (call.method === 'POST' && call.path === '/v3/conversations') {
      const member = (call.body.members as Array<{ id: string }> | undefined)?.[0]?.id ?? 'onbekend';
      return { status: 201, body: { id: `a:dm-${member}` } };
    }
    const conversation = /^\/v3\/conversations\/([^/]+)\/activities/.exec(call.path)?.[1] ?? '';
    const answer = call.method === 'POST' ? answers.get(conversation)?.shift() : undefined;
    if (answer) {
      refused.add(call);
      return answer;
    }
    const left = failing.get(conversation) ?? 0;
    if (left > 0) {
      failing.set(conversation, left - 1);
      refused.add(call);
      return { status: 500, body: { error: { code: 'ServiceError', message: 'storing' } } };
    }
    return { status: 201, body: { id: `activity-${++n}` } };
  });
  /** Activities the connector accepted for a conversation. */
  const sentTo = (conversationId: string) =>
    server.calls.filter(
      (c) =>
        c.method === 'POST' &&
        !refused.has(c) &&
        c.path.startsWith(`/v3/conversations/${conversationId}/activities`),
    );
  return {
    ...server,
    serviceUrl: server.url,
    /** Answers the next `times` posts to the conversation with a 500. */
    failNext: (conversationId: string, times: number) => {
      failing.set(conversationId, times);
    },
    /** Answers the next post to the conversation with `reply` (a 429 with Retry-After, a 404). */
    answerNext: (conversationId: string, reply: Reply) => {
      answers.set(conversationId, [...(answers.get(conversationId) ?? []), reply]);
    },
    /** Activities the bot sent to the personal chat with one member. */
    directTo: (userId: string) => sentTo(`a:dm-${userId}`),
    sentTo,
  };
}
