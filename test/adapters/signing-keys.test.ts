import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SigningKeys, UNKNOWN_KID_COOLDOWN_MS } from '../../adapters/teams/signing-keys.ts';
import { createLogger } from '../../src/logger.ts';

/** The Bot Framework's keys document on 127.0.0.1, counting its fetches; its key ids can change. */
describe('the Bot Framework signing keys: fetched again for an unknown key id at most once per cooldown', () => {
  const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' });
  let kids = ['sleutel-1'];
  let fetches = 0;
  let failing = false;
  let server: Server;
  let uri: string;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      fetches++;
      if (failing) return void res.writeHead(503).end();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: kids.map((kid) => ({ ...jwk, kid, use: 'sig', alg: 'RS256' })) }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    uri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('knows a published key, and asks again for an unknown one only after the cooldown', async () => {
    let now = 1_000_000;
    const keys = new SigningKeys({ uri, logger: createLogger('silent'), now: () => now });
    expect(await keys.key('sleutel-1')).toBeDefined();
    expect(fetches).toBe(1);
    const unknown = await Promise.all(Array.from({ length: 20 }, (_, i) => keys.key(`verzonnen-${i}`)));
    expect(unknown.every((k) => k === undefined)).toBe(true);
    expect(fetches).toBe(1);
    // The Bot Framework rotates: the new key is found on the first request after the cooldown.
    kids = ['sleutel-1', 'sleutel-2'];
    now += UNKNOWN_KID_COOLDOWN_MS - 1;
    expect(await keys.key('sleutel-2')).toBeUndefined();
    now += 1;
    expect(await keys.key('sleutel-2')).toBeDefined();
    expect(fetches).toBe(2);
    expect(await keys.key('verzonnen')).toBeUndefined();
    expect(fetches).toBe(2);
  });

  it('after a failed fetch (the Bot Framework unreachable) asks again after 30 s, not after the cooldown', async () => {
    let now = 5_000_000;
    const keys = new SigningKeys({ uri, logger: createLogger('silent'), now: () => now });
    failing = true;
    const before = fetches;
    expect(await keys.key('sleutel-1')).toBeUndefined();
    expect(await keys.key('sleutel-1')).toBeUndefined();
    expect(fetches - before).toBe(1);
    failing = false;
    now += 30_000;
    expect(await keys.key('sleutel-1')).toBeDefined();
    expect(fetches - before).toBe(2);
  });
});
