import { startRecordingServer } from './recording-server.ts';

/** The Bot Framework connector (serviceUrl) on 127.0.0.1: records what the bot sends. */
export async function startTeamsConnectorStandIn() {
  let n = 0;
  const server = await startRecordingServer(() => ({ status: 201, body: { id: `activity-${++n}` } }));
  return {
    ...server,
    serviceUrl: server.url,
    /** Activities the bot sent to a conversation. */
    sentTo: (conversationId: string) =>
      server.calls.filter(
        (c) => c.method === 'POST' && c.path.startsWith(`/v3/conversations/${conversationId}/activities`),
      ),
  };
}
