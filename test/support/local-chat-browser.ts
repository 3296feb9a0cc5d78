import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { startTestApp, type TestApp } from './test-app.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface LocalChatBrowser {
  readonly tdb: TestDatabase;
  readonly app: TestApp;
  readonly browser: Browser;
  readonly page: Page;
  stop(): Promise<void>;
}

/** The demo region in "Schakel lokaal" on its own database, a Dutch Chromium page on it, `shots` made. */
export async function openLocalChatBrowser(shots: string, height = 900): Promise<LocalChatBrowser> {
  const tdb = await createTestDatabase();
  const app = await startTestApp(
    { LOCAL_CHAT: 'on', LOCAL_CHAT_PORT: '0', SCHAKEL_SEED_DEMO: 'true' },
    tdb.db,
  );
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height }, locale: 'nl-NL' });
  mkdirSync(shots, { recursive: true });
  return {
    tdb,
    app,
    browser,
    page,
    async stop() {
      await browser.close();
      await app.stop();
      await tdb.drop();
    },
  };
}
