import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { networkProblem } from '../../src/cli/network-problems.ts';

/** A port on 127.0.0.1 that was just free: nothing listens there now. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

describe('a server the command could not reach', () => {
  it('is one Dutch line naming the address and what to do, not "fetch failed"', async () => {
    const port = await closedPort();
    const err = await fetch(`http://127.0.0.1:${port}/v3/conversations`).catch((e: unknown) => e);
    expect((err as Error).message).toBe('fetch failed');
    expect(networkProblem(err, false)).toBe(
      `Kan 127.0.0.1:${port} niet bereiken: de verbinding werd geweigerd. Controleer de netwerkverbinding en de adressen in de instellingen (schakel doctor).`,
    );
    expect(networkProblem(err, true)).toContain(
      `Cannot reach 127.0.0.1:${port}: the connection was refused.`,
    );
  });

  it('leaves every other error to the general line', () => {
    expect(networkProblem(new Error('iets anders'), false)).toBeNull();
    expect(networkProblem(Object.assign(new Error('x'), { code: 'ENOENT' }), false)).toBeNull();
  });
});
