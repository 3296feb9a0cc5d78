import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Secrets at rest (the Slack bot tokens of installed workspaces): AES-256-GCM with a random
 * 96-bit IV per value. A sealed value names the key that sealed it, so a later key rotation
 * can tell old rows from new ones, and a wrong key is reported as such instead of as damage.
 *
 * Format: `v1.<key id>.<iv>.<auth tag>.<ciphertext>`, the last three base64url.
 */
const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBoxError extends Error {
  readonly reason: 'wrong-key' | 'tampered' | 'malformed';
  constructor(reason: SecretBoxError['reason'], message: string) {
    super(message);
    this.reason = reason;
    this.name = 'SecretBoxError';
  }
}

export interface SecretBox {
  /** A short fingerprint of the key (not the key): stored beside each sealed value. */
  readonly keyId: string;
  /** `context` binds the value to its place (e.g. the team id): opened elsewhere, it is refused. */
  seal(plain: string, context: string): string;
  open(sealed: string, context: string): string;
}

/** The 32-byte key, given as base64 (`openssl rand -base64 32`) or 64 hex characters. */
export function parseKey(text: string): Buffer | undefined {
  const t = text.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(t)
    ? Buffer.from(t, 'hex')
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(t)
      ? Buffer.from(t, 'base64')
      : undefined;
  return bytes?.length === 32 ? bytes : undefined;
}

export function keyIdOf(key: Uint8Array): string {
  return createHash('sha256').update('schakel-key-id:').update(key).digest('hex').slice(0, 12);
}

export function createSecretBox(key: Uint8Array): SecretBox {
  if (key.length !== 32) throw new Error('AES-256 needs a key of 32 bytes');
  const keyId = keyIdOf(key);
  return {
    keyId,
    seal(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url'));
      return [VERSION, keyId, ...parts].join('.');
    },
    open(sealed, context) {
      const [version, sealedKeyId, iv, tag, ciphertext, ...rest] = sealed.split('.');
      if (version !== VERSION || !sealedKeyId || !iv || !tag || ciphertext === undefined || rest.length) {
        throw new SecretBoxError('malformed', 'Versleutelde waarde heeft een onbekende vorm');
      }
      if (sealedKeyId !== keyId) {
        throw new SecretBoxError(
          'wrong-key',
          `Versleuteld met een andere sleutel (sleutel-id ${sealedKeyId}); SCHAKEL_ENCRYPTION_KEY heeft sleutel-id ${keyId}. Zet de sleutel terug waarmee de tokens zijn opgeslagen.`,
        );
      }
      const ivBytes = Buffer.from(iv, 'base64url');
      const tagBytes = Buffer.from(tag, 'base64url');
      if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) {
        throw new SecretBoxError('malformed', 'Versleutelde waarde heeft een onbekende vorm');
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, ivBytes);
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(tagBytes);
        return Buffer.concat([
          decipher.update(Buffer.from(ciphertext, 'base64url')),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new SecretBoxError(
          'tampered',
          'Versleutelde waarde is gewijzigd of beschadigd (de controle faalt); Schakel gebruikt haar niet.',
        );
      }
    },
  };
}
