import { startRecordingServer } from './recording-server.ts';

/** The Bot Framework connector (serviceUrl) on 127.0.0.1: records what the bot sends. */
export async function startTeamsConnectorStandIn(
  opts: { roster?: ReadonlyArray<{ id: string; name: string; email: string }> } = {},
) {
  let n = 0;
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
    return { status: 201, body: { id: `activity-${++n}` } };
  });
  return {
    ...server,
    serviceUrl: server.url,
    /** Activities the bot sent to the personal chat with one member. */
    directTo: (userId: string) =>
      server.calls.filter(
        (c) => c.method === 'POST' && c.path.startsWith(`/v3/conversations/a:dm-${userId}/activities`),
      ),
    /** Activities the bot sent to a conversation. */
    sentTo: (conversationId: string) =>
      server.calls.filter(
        (c) => c.method === 'POST' && c.path.startsWith(`/v3/conversations/${conversationId}/activities`),
      ),
  };
}
