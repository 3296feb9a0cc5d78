import type { Config } from './config.ts';

/** The secret values in a configuration: the logger hides each wherever it would appear. */
export function configSecrets(config: Config): string[] {
  const url = config.database.kind === 'postgres' ? safeUrl(config.database.url) : undefined;
  // Before the host (percent-encoded there) or in the query string (decoded by URL already).
  const databasePasswords = [url?.password && decodedOrRaw(url.password), url?.searchParams.get('password')];
  return [
    config.slack?.signingSecret,
    config.slack?.botToken,
    config.slack?.appToken,
    config.slack?.oauth?.clientSecret,
    config.slack?.oauth?.stateSecret,
    config.slack?.oauth?.encryptionKey,
    config.teams?.clientSecret,
    config.ai.apiKey,
    ...databasePasswords,
  ].filter((s): s is string => typeof s === 'string' && s.length > 0);
}

function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** "Wacht%40woord" → "Wacht@woord"; a bare "%" ("50%korting") is no encoding: the text as written. */
function decodedOrRaw(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
