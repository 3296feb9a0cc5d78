import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpServer, readBody, startHttpServer } from '../../adapters/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { createMetrics } from '../../src/metrics.ts';

/** Sends `first`, then a byte every 200 ms; resolves with what came back when the server hung up. */
function trickle(port: number, first: string, byte: string) {
  return new Promise<{ answer: string; ms: number }>((resolve) => {
    const started = Date.now();
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(first));
    const drip = setInterval(() => socket.writable && socket.write(byte), 200);
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(drip);
      resolve({ answer: Buffer.concat(chunks).toString('latin1'), ms: Date.now() - started });
    });
  });
}

describe('the HTTP server: a client that sends slowly is cut off', () => {
  let http: HttpServer;

  beforeAll(async () => {
    http = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: [
        {
          method: 'POST',
          path: '/api/messages',
          name: 'body',
          handler: async (req, res) => void res.end(String((await readBody(req)).length)),
        },
      ],
      metrics: createMetrics(),
      logger: createLogger('silent'),
      timeouts: { headersMs: 1_000, requestMs: 1_500, checkEveryMs: 200 },
    });
  });
  afterAll(() => http?.close(100));

  it('headers that never end: 408 and the connection closed after the headers timeout', async () => {
    const { answer, ms } = await trickle(http.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n', 'X');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(3_000);
  });

  it('a body sent a byte at a time: 408 and closed after the request timeout', async () => {
    const head =
      'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{';
    const { ms } = await trickle(http.port, head, ' ');
    expect(ms).toBeLessThan(3_500);
  });
});
