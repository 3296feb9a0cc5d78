import { Writable } from 'node:stream';
import { type RunningSchakel, startSchakel } from '../../adapters/main.ts';
import type { TeamsIdentity } from '../../adapters/teams/teams-app.ts';
import type { Clock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { configSecrets } from '../../src/config-secrets.ts';
import { createLogger } from '../../src/logger.ts';
import type { Database } from '../../src/store/database.ts';

/** Every log line a test app wrote, as text, so tests can assert what was never logged. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

export interface TestApp {
  readonly running: RunningSchakel;
  readonly baseUrl: string;
  readonly logs: LogCapture;
  stop(): Promise<void>;
}

/**
 * Starts the real Schakel on a free port with the given environment and a test database; with
 * `teamsIdentity` (teams-identity-stand-in.ts), Teams tokens are checked against that identity.
 */
export async function startTestApp(
  env: Record<string, string>,
  database: Database,
  clock?: Clock,
  opts: { teamsIdentity?: TeamsIdentity; teamsUploadTimeoutMs?: number } = {},
): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOCAL_CHAT: 'off',
    LOG_LEVEL: 'debug',
    // No test reaches slack.com: without a stand-in of its own, Slack is a port on 127.0.0.1 that
    // refuses (nothing listens on port 1).
    SLACK_API_URL: 'http://127.0.0.1:1/api/',
    ...env,
  });
  const logs = new LogCapture();
  const running = await startSchakel(config, {
    logger: createLogger(config.logLevel, logs, configSecrets(config)),
    database,
    clock,
    // Tests tick the scheduler themselves, with their own clock.
    cron: false,
    teamsIdentity: opts.teamsIdentity,
    teamsUploadTimeoutMs: opts.teamsUploadTimeoutMs,
  });
  return { running, baseUrl: running.url, logs, stop: () => running.stop() };
}
