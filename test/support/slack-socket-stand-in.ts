import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { waitFor } from './wait-for.ts';

/**
 * Slack's Socket Mode end on 127.0.0.1: the app connects (to the address apps.connections.open
 * gave it), is greeted with `hello`, and gets events in envelopes it acknowledges by their id.
 */
export async function startSocketModeStandIn() {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const acks: Array<{ envelope_id: string; payload?: unknown }> = [];
  let socket: WebSocket | undefined;
  server.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => acks.push(JSON.parse(String(data))));
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0SCHAKEL' } }));
  });
  let n = 0;
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    /** Once the app is connected. */
    connected: () => waitFor('de app via Socket Mode verbonden', () => socket),
    /** Sends an interactive payload in an envelope; resolves with the app's ack of it. */
    async interactive(payload: object) {
      const id = `envelope-${++n}`;
      (await waitFor('de app via Socket Mode verbonden', () => socket)).send(
        JSON.stringify({ envelope_id: id, type: 'interactive', payload, accepts_response_payload: true }),
      );
      return waitFor(`de ack van ${id}`, () => acks.find((a) => a.envelope_id === id));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of server.clients) c.terminate();
        server.close(() => resolve());
      }),
  };
}
