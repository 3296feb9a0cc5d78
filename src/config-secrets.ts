import type { Config } from './config.ts';

/** The secret values in a configuration: the logger hides each wherever it would appear. */
export function configSecrets(config: Config): string[] {
  const databasePassword =
    config.database.kind === 'postgres' ? safeUrl(config.database.url)?.password || undefined : undefined;
  return [
    config.slack?.signingSecret,
    config.slack?.botToken,
    config.slack?.appToken,
    config.slack?.oauth?.clientSecret,
    config.slack?.oauth?.stateSecret,
    config.slack?.oauth?.encryptionKey,
    config.teams?.clientSecret,
    config.ai.apiKey,
    databasePassword && decodeURIComponent(databasePassword),
  ].filter((s): s is string => typeof s === 'string' && s.length > 0);
}

function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
