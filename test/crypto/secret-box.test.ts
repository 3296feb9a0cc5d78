import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, parseKey, SecretBoxError } from '../../src/crypto/secret-box.ts';

const TOKEN = 'xoxb-1111-2222-geheimtoken';

function refusal(fn: () => unknown): SecretBoxError {
  try {
    fn();
  } catch (err) {
    if (err instanceof SecretBoxError) return err;
    throw err;
  }
  throw new Error('opened without complaint');
}

describe('the secret box (AES-256-GCM)', () => {
  const box = createSecretBox(randomBytes(32));

  it('seals a token so it cannot be read, and opens it again', () => {
    const sealed = box.seal(TOKEN, 'T0GEMEENTE');
    expect(sealed).not.toContain('xoxb');
    expect(sealed.startsWith(`v1.${box.keyId}.`)).toBe(true);
    expect(box.open(sealed, 'T0GEMEENTE')).toBe(TOKEN);
  });

  it('uses a fresh IV every time: the same token never looks the same twice', () => {
    expect(box.seal(TOKEN, 'T0GEMEENTE')).not.toBe(box.seal(TOKEN, 'T0GEMEENTE'));
  });

  it('with another key: says it is the wrong key, naming both key ids', () => {
    const sealed = box.seal(TOKEN, 'T0GEMEENTE');
    const other = createSecretBox(randomBytes(32));
    const err = refusal(() => other.open(sealed, 'T0GEMEENTE'));
    expect(err.reason).toBe('wrong-key');
    expect(err.message).toContain(box.keyId);
    expect(err.message).toContain('SCHAKEL_ENCRYPTION_KEY');
  });

  it('refuses a changed ciphertext, IV or tag', () => {
    const sealed = box.seal(TOKEN, 'T0GEMEENTE');
    const parts = sealed.split('.');
    for (const i of [2, 3, 4]) {
      const changed = [...parts];
      const bytes = Buffer.from(changed[i] ?? '', 'base64url');
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      changed[i] = bytes.toString('base64url');
      expect(refusal(() => box.open(changed.join('.'), 'T0GEMEENTE')).reason).toBe('tampered');
    }
  });

  it("refuses a value moved to another workspace's row", () => {
    const sealed = box.seal(TOKEN, 'T0GEMEENTE');
    expect(refusal(() => box.open(sealed, 'T0GGZ')).reason).toBe('tampered');
  });

  it('refuses something that is no sealed value at all', () => {
    expect(refusal(() => box.open(TOKEN, 'T0GEMEENTE')).reason).toBe('malformed');
  });
});

describe('parseKey', () => {
  const key = randomBytes(32);
  it('reads 32 bytes as base64 or hex', () => {
    expect(parseKey(key.toString('base64'))?.equals(key)).toBe(true);
    expect(parseKey(key.toString('hex'))?.equals(key)).toBe(true);
  });
  it('refuses a key of another length or a pass phrase', () => {
    expect(parseKey(randomBytes(16).toString('base64'))).toBeUndefined();
    expect(parseKey(randomBytes(31).toString('hex'))).toBeUndefined();
    expect(parseKey('mijn-geheime-wachtwoord')).toBeUndefined();
  });
});
