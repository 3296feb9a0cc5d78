import type { Clock } from '../../src/clock.ts';
import { startTestApp, type TestApp } from './test-app.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface LocalChatApp {
  readonly tdb: TestDatabase;
  readonly app: TestApp;
  /** The local chat's page, without the trailing slash. */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Schakel in local mode on its own test database: the demo region, the local chat on a free port;
 * with `clock`, the time the chat starts from (the page can only move it ahead).
 */
export async function startLocalChatApp(
  env: Record<string, string> = {},
  clock?: Clock,
): Promise<LocalChatApp> {
  const tdb = await createTestDatabase();
  const app = await startTestApp(
    { LOCAL_CHAT: 'on', LOCAL_CHAT_PORT: '0', SCHAKEL_SEED_DEMO: 'true', ...env },
    tdb.db,
    clock,
  );
  return {
    tdb,
    app,
    url: (app.running.localChatUrl ?? '').replace(/\/$/, ''),
    async stop() {
      await app.stop();
      await tdb.drop();
    },
  };
}
