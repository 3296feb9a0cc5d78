import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WAIT_BOUND_MS } from './wait-for.ts';

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  /** Parsed JSON or form body. */
  readonly body: Record<string, unknown>;
  /** The body as it came (an uploaded file's bytes, as text). */
  readonly raw: string;
  readonly at: number;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

export type Responder = (call: RecordedCall) => Reply | Promise<Reply>;

/** A small HTTP server on 127.0.0.1 that records every call and answers as told. */
export async function startRecordingServer(respond: Responder) {
  const calls: RecordedCall[] = [];
  const waiters: Array<{ test: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }> = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: (req.url ?? '/').split('?')[0] ?? '/',
      headers: req.headers,
      body: parseBody(raw, req.headers['content-type'] ?? ''),
      raw,
      at: Date.now(),
    };
    calls.push(call);
    for (const w of [...waiters]) {
      if (w.test(call)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
    const out = await respond(call);
    res.writeHead(out.status ?? 200, { 'content-type': 'application/json', ...out.headers });
    res.end(JSON.stringify(out.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    /**
     * Resolves with the first call (already made or still to come) that passes the test; with
     * `after` (a count of calls taken earlier) only calls made since then count.
     */
    waitFor(
      test: (c: RecordedCall) => boolean,
      opts: { after?: number; timeoutMs?: number } = {},
    ): Promise<RecordedCall> {
      const after = opts.after ?? 0;
      const since = (c: RecordedCall) => calls.indexOf(c) >= after && test(c);
      const seen = calls.slice(after).find(test);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error('De stand-in kreeg de verwachte aanroep niet')),
          opts.timeoutMs ?? WAIT_BOUND_MS,
        );
        waiters.push({
          test: since,
          resolve: (c) => {
            clearTimeout(timer);
            resolve(c);
          },
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  if (contentType.includes('application/x-www-form-urlencoded')) {
    const form = Object.fromEntries(new URLSearchParams(raw));
    // The Slack Web API sends nested values (blocks, attachments) as JSON strings.
    for (const [k, v] of Object.entries(form)) {
      if (/^[[{]/.test(v)) {
        try {
          form[k] = JSON.parse(v);
        } catch {
          /* keep the string */
        }
      }
    }
    return form;
  }
  return { raw };
}
