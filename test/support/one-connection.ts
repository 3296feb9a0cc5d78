import { Agent, request } from 'node:http';

/**
 * Requests over one kept-alive connection, as a proxy in front of Schakel sends them: what one
 * request leaves behind on the connection is what the next one meets.
 */
export function oneConnection(baseUrl: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return {
    send(
      path: string,
      opts: { method?: string; body?: string | Buffer; headers?: Record<string, string> } = {},
    ): Promise<{ status: number; text: string }> {
      return new Promise((resolve, reject) => {
        const req = request(
          `${baseUrl}${path}`,
          { method: opts.method ?? 'GET', agent, headers: opts.headers ?? {} },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (d: string) => {
              text += d;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          },
        );
        req.on('error', reject);
        req.end(opts.body);
      });
    },
    close: () => agent.destroy(),
  };
}
