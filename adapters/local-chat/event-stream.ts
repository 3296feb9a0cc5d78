import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LocalConnector } from './connector.ts';
import { conversationOf, type Role } from './tenant.ts';

/**
 * The page's live stream (server-sent events at /api/gebeurtenissen): what lands in a conversation,
 * as it happens. Each stream is one played person's, and carries only their own chat and channels,
 * by the rule that lists those on the page (conversationOf): a werkgroeplid's browser never
 * receives the stuurgroep's digest. The page opens a new stream when it plays another person.
 */
export function createEventStreams(connector: LocalConnector) {
  const streams = new Map<ServerResponse, Role>();
  connector.listen((e) => {
    const line = `data: ${JSON.stringify(e)}\n\n`;
    for (const [s, role] of streams) if (conversationOf(role, e.activity.conversationId)) s.write(line);
  });
  return {
    /** `role`'s stream on `res`, until the page closes it. */
    open(req: IncomingMessage, res: ServerResponse, role: Role): void {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': verbonden\n\n');
      streams.set(res, role);
      req.on('close', () => streams.delete(res));
    },
    /** `event` to every open page: news for whoever is played (who can still be played). */
    toAll(event: object): void {
      const line = `data: ${JSON.stringify(event)}\n\n`;
      for (const s of streams.keys()) s.write(line);
    },
    /** Ends every stream, when the chat stops. */
    endAll(): void {
      for (const s of streams.keys()) s.end();
    },
  };
}
