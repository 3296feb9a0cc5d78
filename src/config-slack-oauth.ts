import { configError } from './config-error.ts';
import type { EnvValues } from './config-schema.ts';
import { parseKey } from './crypto/secret-box.ts';
import type { ConfigWords } from './messages/catalogue/nl-config.ts';

export interface SlackOAuth {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly stateSecret: string;
  /** 32 bytes, base64: the key of the tokens at rest. */
  readonly encryptionKey: string;
}

/** Many workspaces: client id and secret switch it on; then state secret and encryption key are needed. */
export function slackOAuth(e: EnvValues, w: ConfigWords): SlackOAuth | undefined {
  if (!e.SLACK_CLIENT_ID && !e.SLACK_CLIENT_SECRET) return undefined;
  if (!e.SLACK_CLIENT_ID) throw configError(w, 'SLACK_CLIENT_ID', w.slackClientIdMissing);
  if (!e.SLACK_CLIENT_SECRET) {
    throw configError(w, 'SLACK_CLIENT_SECRET', w.slackClientSecretMissing);
  }
  if (e.SLACK_SOCKET_MODE) {
    throw configError(w, 'SLACK_SOCKET_MODE', w.socketModeWithOAuth);
  }
  if (!e.SLACK_STATE_SECRET) {
    throw configError(w, 'SLACK_STATE_SECRET', w.stateSecretMissing);
  }
  const key = e.SCHAKEL_ENCRYPTION_KEY ? parseKey(e.SCHAKEL_ENCRYPTION_KEY) : undefined;
  if (!key) {
    throw configError(w, 'SCHAKEL_ENCRYPTION_KEY', w.encryptionKeyMissing);
  }
  return {
    clientId: e.SLACK_CLIENT_ID,
    clientSecret: e.SLACK_CLIENT_SECRET,
    stateSecret: e.SLACK_STATE_SECRET,
    encryptionKey: key.toString('base64'),
  };
}
