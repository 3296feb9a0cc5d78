import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Clock } from '../../src/clock.ts';
import { launchChromium } from './chromium.ts';
import { type LocalChatApp, startLocalChatApp } from './local-chat-app.ts';

/** Where the local chat's browser tests leave their screenshots. */
export const LOCAL_CHAT_SHOTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'local-chat');

export interface LocalChatInBrowser {
  readonly chat: LocalChatApp;
  readonly browser: Browser;
  /** A Dutch desktop-sized page, not yet opened on the chat. */
  readonly page: Page;
  stop(): Promise<void>;
}

/**
 * The local chat app (startLocalChatApp: the demo region on its own database, `env` added, from
 * `clock`'s time) with a headless Chromium page beside it, `height` tall; LOCAL_CHAT_SHOTS made.
 * The browser is Dutch, or started in `language` (en-US) with its pages in that language.
 */
export async function localChatInBrowser(
  options: { env?: Record<string, string>; clock?: Clock; height?: number; language?: string } = {},
): Promise<LocalChatInBrowser> {
  const chat = await startLocalChatApp(options.env, options.clock);
  const browser = await launchChromium(options.language);
  const page = await browser.newPage({
    viewport: { width: 1280, height: options.height ?? 900 },
    locale: options.language ?? 'nl-NL',
  });
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
