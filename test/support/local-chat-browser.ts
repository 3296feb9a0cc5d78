import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Clock } from '../../src/clock.ts';
import { launchChromium } from './chromium.ts';
import { type LocalChatApp, startLocalChatApp } from './local-chat-app.ts';
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

/** Where the local chat's browser tests leave their screenshots. */
export const LOCAL_CHAT_SHOTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'local-chat');

export interface LocalChatInBrowser {
  readonly chat: LocalChatApp;
  readonly browser: Browser;
  /** A Dutch desktop-sized page, not yet opened on the chat. */
  readonly page: Page;
  stop(): Promise<void>;
}

/** The local chat app (startLocalChatApp) with a headless Chromium page beside it. */
export async function localChatInBrowser(
  env: Record<string, string> = {},
  clock?: Clock,
): Promise<LocalChatInBrowser> {
  const chat = await startLocalChatApp(env, clock);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  mkdirSync(LOCAL_CHAT_SHOTS, { recursive: true });
  return {
    chat,
    browser,
    page,
    async stop() {
      await browser.close();
      await chat.stop();
    },
  };
}
