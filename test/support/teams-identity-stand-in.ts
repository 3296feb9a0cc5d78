import { createHmac, generateKeyPairSync, type KeyObject, randomUUID, sign, verify } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CloudEnvironment, PUBLIC, withOverrides } from '@microsoft/teams.api';
import type { TeamsIdentity } from '../../adapters/teams/teams-app.ts';

/** The app registration the tests run Schakel as (fictional). */
export const TEAMS_APP_ID = '6f1c2b3a-0d4e-4c5f-9a8b-7e6d5c4b3a21';
export const TEAMS_APP_TENANT = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';

/** Ways a token for an activity can be wrong; each must be refused with a 401. */
export const BAD_TOKENS = [
  'missing',
  'empty',
  'garbage',
  'basic',
  'expired',
  'not-yet-valid',
  'wrong-audience',
  'wrong-issuer',
  'other-key-same-kid',
  'unknown-kid',
  'alg-none',
  'hs256-with-public-key',
  'tampered-payload',
  'other-service-url',
  'no-service-url',
] as const;
export type BadToken = (typeof BAD_TOKENS)[number];

type Claims = Record<string, unknown>;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function rs256(header: Claims, payload: Claims, key: KeyObject): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`;
}

/**
 * The Bot Framework's identity on 127.0.0.1: its OpenID metadata and signing keys (JWKS), one
 * RSA key of its own. It signs the tokens Teams sends with each activity (audience the app's id,
 * issuer the public cloud's token issuer, the activity's serviceUrl as a claim), and makes the
 * bot's own token for what Schakel sends. `identity` is what the composition root is given:
 * the public cloud with only the metadata address pointing here.
 */
export async function startTeamsIdentityStandIn() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const kid = `schakel-test-${randomUUID()}`;
  const jwk = {
    ...publicKey.export({ format: 'jwk' }),
    kid,
    use: 'sig',
    alg: 'RS256',
    endorsements: ['msteams'],
  };
  let keyFetches = 0;
  // What the Bot Framework publishes: its OpenID metadata, and the keys it signs with.
  const documents = new Map<string, () => unknown>([
    [
      '/v1/.well-known/openidconfiguration',
      () => ({
        issuer: PUBLIC.tokenIssuer,
        jwks_uri: `${url}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
      }),
    ],
    [
      '/v1/.well-known/keys',
      () => {
        keyFetches++;
        return { keys: [jwk] };
      },
    ],
  ]);
  const server = createServer((req, res) => {
    const document = req.method === 'GET' ? documents.get((req.url ?? '/').split('?')[0] ?? '/') : undefined;
    res.writeHead(document ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(document ? document() : { error: 'niet gevonden' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const cloud: CloudEnvironment = withOverrides(PUBLIC, {
    openIdMetadataUrl: `${url}/v1/.well-known/openidconfiguration`,
  });
  const botAudience = cloud.botScope.replace(/\/\.default$/, '');
  const issuedBotTokens: string[] = [];

  const now = () => Math.floor(Date.now() / 1000);
  /** What the Bot Framework claims in the token it sends with an activity for `serviceUrl`. */
  const tokenClaims = (serviceUrl: unknown): Claims => ({
    serviceurl: serviceUrl,
    nbf: now() - 60,
    exp: now() + 3600,
    iss: cloud.tokenIssuer,
    aud: TEAMS_APP_ID,
  });
  /** That token, signed with the published key, with claims changed as given. */
  const channelToken = (serviceUrl: unknown, changes: Claims = {}) =>
    rs256({ alg: 'RS256', typ: 'JWT', kid }, { ...tokenClaims(serviceUrl), ...changes }, privateKey);
  const serviceUrlOf = (activity: unknown) =>
    typeof activity === 'object' && activity !== null
      ? (activity as { serviceUrl?: unknown }).serviceUrl
      : undefined;

  const badHeader = (kind: BadToken, serviceUrl: unknown): string | undefined => {
    switch (kind) {
      case 'missing':
        return undefined;
      case 'empty':
        return 'Bearer ';
      case 'garbage':
        return 'Bearer dit.is.geen-token';
      case 'basic':
        return `Basic ${Buffer.from(`${TEAMS_APP_ID}:geheim`).toString('base64')}`;
      case 'expired':
        return `Bearer ${channelToken(serviceUrl, { nbf: now() - 7200, exp: now() - 600 })}`;
      case 'not-yet-valid':
        return `Bearer ${channelToken(serviceUrl, { nbf: now() + 600, exp: now() + 4200 })}`;
      case 'wrong-audience':
        return `Bearer ${channelToken(serviceUrl, { aud: '0a0a0a0a-1b1b-4c2c-8d3d-4e4e4e4e4e4e' })}`;
      case 'wrong-issuer':
        return `Bearer ${channelToken(serviceUrl, { iss: 'https://aanvaller.example' })}`;
      case 'other-key-same-kid':
        return `Bearer ${rs256({ alg: 'RS256', typ: 'JWT', kid }, tokenClaims(serviceUrl), stranger)}`;
      case 'unknown-kid':
        return `Bearer ${rs256({ alg: 'RS256', typ: 'JWT', kid: 'onbekende-sleutel' }, tokenClaims(serviceUrl), stranger)}`;
      case 'alg-none':
        return `Bearer ${b64({ alg: 'none', typ: 'JWT', kid })}.${b64(tokenClaims(serviceUrl))}.`;
      case 'hs256-with-public-key': {
        const input = `${b64({ alg: 'HS256', typ: 'JWT', kid })}.${b64(tokenClaims(serviceUrl))}`;
        const pem = publicKey.export({ format: 'pem', type: 'spki' });
        return `Bearer ${input}.${createHmac('sha256', pem).update(input).digest('base64url')}`;
      }
      case 'tampered-payload': {
        const [head, , signature] = channelToken(serviceUrl, { aud: 'iemand-anders' }).split('.');
        return `Bearer ${head}.${b64(tokenClaims(serviceUrl))}.${signature}`;
      }
      case 'other-service-url':
        return `Bearer ${channelToken('https://smba.aanvaller.example/teams/')}`;
      case 'no-service-url':
        return `Bearer ${channelToken(undefined)}`;
    }
  };
  const identity: TeamsIdentity = {
    cloud,
    botToken: (scope, tenantId) => {
      const token = rs256(
        { alg: 'RS256', typ: 'JWT', kid },
        {
          aud: (Array.isArray(scope) ? scope[0] : scope)?.replace(/\/\.default$/, ''),
          iss: `https://sts.windows.net/${tenantId}/`,
          appid: TEAMS_APP_ID,
          tid: tenantId,
          nbf: now() - 60,
          exp: now() + 3600,
        },
        privateKey,
      );
      issuedBotTokens.push(token);
      return token;
    },
  };

  return {
    url,
    identity,
    /** The settings Schakel is started with: an app id and secret as in production. */
    env: {
      TEAMS_CLIENT_ID: TEAMS_APP_ID,
      // Required with the id; the bot's own token comes from `identity.botToken` instead.
      TEAMS_CLIENT_SECRET: 'teams-geheim-in-test',
      TEAMS_TENANT_ID: TEAMS_APP_TENANT,
    },
    /** How often Schakel fetched the signing keys. */
    get keyFetches() {
      return keyFetches;
    },
    /** The Authorization header Teams sends with this activity. */
    authorization: (activity: unknown, changes: Claims = {}): Record<string, string> => ({
      authorization: `Bearer ${channelToken(serviceUrlOf(activity), changes)}`,
    }),
    /** A wrong Authorization header (or none) for this activity. */
    badAuthorization: (activity: unknown, kind: BadToken): Record<string, string> => {
      const header = badHeader(kind, serviceUrlOf(activity));
      return header === undefined ? {} : { authorization: header };
    },
    /** Whether an outgoing call carried a bot token this identity made, for the Bot Framework. */
    isBotToken(authorization: string | string[] | undefined): boolean {
      if (typeof authorization !== 'string' || !authorization.startsWith('Bearer ')) return false;
      const token = authorization.slice('Bearer '.length);
      const [head, payload, signature] = token.split('.');
      if (!head || !payload || !signature) return false;
      const valid = verify(
        'RSA-SHA256',
        Buffer.from(`${head}.${payload}`),
        publicKey,
        Buffer.from(signature, 'base64url'),
      );
      if (!valid) return false;
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
      return claims.aud === botAudience && claims.appid === TEAMS_APP_ID && issuedBotTokens.includes(token);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type TeamsIdentityStandIn = Awaited<ReturnType<typeof startTeamsIdentityStandIn>>;
