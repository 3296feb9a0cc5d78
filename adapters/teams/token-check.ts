import { verify } from 'node:crypto';
import type { SigningKeys } from './signing-keys.ts';

/** As the SDK allows: five minutes either way for the clocks of Teams and Schakel. */
const CLOCK_TOLERANCE_S = 300;
const MAX_TOKEN_LENGTH = 16_000;

/**
 * Whether an Authorization header carries a token the Bot Framework signed, for this app, now:
 * read before the body, so a request without one costs neither the reading nor the parsing of
 * its body. The SDK checks the token again with the body (the serviceUrl it names); this check
 * only refuses sooner. Signature (RS256, a published key), audience, issuer and time.
 */
export async function tokenLooksValid(
  authorization: string | string[] | undefined,
  expected: { keys: SigningKeys; clientId: string; issuer: string; nowSeconds?: number },
): Promise<boolean> {
  if (typeof authorization !== 'string' || !authorization.startsWith('Bearer ')) return false;
  const token = authorization.slice('Bearer '.length);
  if (token.length > MAX_TOKEN_LENGTH) return false;
  const [head, payload, signature, ...rest] = token.split('.');
  if (!head || !payload || !signature || rest.length > 0) return false;
  const header = decode(head);
  const claims = decode(payload);
  if (!header || !claims || header.alg !== 'RS256' || typeof header.kid !== 'string') return false;
  if (header.kid.length > 200) return false;
  const key = await expected.keys.key(header.kid);
  if (!key) return false;
  const signed = verify(
    'RSA-SHA256',
    Buffer.from(`${head}.${payload}`),
    key,
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) return false;
  const now = expected.nowSeconds ?? Date.now() / 1000;
  const audiences = [expected.clientId, `api://botid-${expected.clientId}`, `api://${expected.clientId}`];
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  return (
    typeof claims.exp === 'number' &&
    claims.exp + CLOCK_TOLERANCE_S > now &&
    (claims.nbf === undefined || (typeof claims.nbf === 'number' && claims.nbf - CLOCK_TOLERANCE_S <= now)) &&
    aud.some((a) => audiences.includes(a as string)) &&
    claims.iss === expected.issuer
  );
}

/**
 * The last moment a token is accepted (its expiry, with the clocks' tolerance), read from a token
 * already found valid; undefined when it names no expiry.
 */
export function tokenAcceptedUntil(authorization: string | string[] | undefined): Date | undefined {
  if (typeof authorization !== 'string') return undefined;
  const exp = decode(authorization.slice('Bearer '.length).split('.')[1] ?? '')?.exp;
  return typeof exp === 'number' && Number.isFinite(exp)
    ? new Date((exp + CLOCK_TOLERANCE_S) * 1000)
    : undefined;
}

function decode(part: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
