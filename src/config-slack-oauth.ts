import { ConfigError } from './config-error.ts';
import type { EnvValues } from './config-schema.ts';
import { parseKey } from './crypto/secret-box.ts';

export interface SlackOAuth {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly stateSecret: string;
  /** 32 bytes, base64: the key of the tokens at rest. */
  readonly encryptionKey: string;
}

/** Many workspaces: client id and secret switch it on; then state secret and encryption key are needed. */
export function slackOAuth(e: EnvValues): SlackOAuth | undefined {
  if (!e.SLACK_CLIENT_ID && !e.SLACK_CLIENT_SECRET) return undefined;
  if (!e.SLACK_CLIENT_ID)
    throw new ConfigError('SLACK_CLIENT_ID', 'ontbreekt; hoort bij SLACK_CLIENT_SECRET');
  if (!e.SLACK_CLIENT_SECRET) {
    throw new ConfigError(
      'SLACK_CLIENT_SECRET',
      'ontbreekt; hoort bij SLACK_CLIENT_ID ("Basic Information" → "App Credentials")',
    );
  }
  if (e.SLACK_SOCKET_MODE) {
    throw new ConfigError(
      'SLACK_SOCKET_MODE',
      'kan niet samen met SLACK_CLIENT_ID: installeren in meer werkruimtes gaat via HTTP; zet SLACK_SOCKET_MODE=false',
    );
  }
  if (!e.SLACK_STATE_SECRET) {
    throw new ConfigError(
      'SLACK_STATE_SECRET',
      'ontbreekt; SLACK_CLIENT_ID heeft een eigen geheim voor de installatiepagina nodig (openssl rand -base64 32)',
    );
  }
  const key = e.SCHAKEL_ENCRYPTION_KEY ? parseKey(e.SCHAKEL_ENCRYPTION_KEY) : undefined;
  if (!key) {
    throw new ConfigError(
      'SCHAKEL_ENCRYPTION_KEY',
      'ontbreekt; met SLACK_CLIENT_ID bewaart Schakel bot-tokens versleuteld: maak een sleutel van 32 bytes met openssl rand -base64 32',
    );
  }
  return {
    clientId: e.SLACK_CLIENT_ID,
    clientSecret: e.SLACK_CLIENT_SECRET,
    stateSecret: e.SLACK_STATE_SECRET,
    encryptionKey: key.toString('base64'),
  };
}
