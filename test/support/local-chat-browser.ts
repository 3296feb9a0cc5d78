import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Clock } from '../../src/clock.ts';
import { HAS_CHROMIUM, sharedChromium } from './chromium.ts';
import { type LocalChatApp, startLocalChatApp } from './local-chat-app.ts';

/** Where the local chat's browser tests leave their screenshots. */
export const LOCAL_CHAT_SHOTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'local-chat');

export interface LocalChatInBrowser {
  readonly chat: LocalChatApp;
  /** The worker's shared browser (sharedChromium): open pages in it, never close it. */
  readonly browser: Browser;
  /** A Dutch desktop-sized page, not yet opened on the chat. */
  readonly page: Page;
  /** Opens `url` (the chat's page unless named) in the page; waits until the page says it is ready. */
  open(url?: string): Promise<void>;
  stop(): Promise<void>;
}

export interface LocalChatInBrowserOptions {
  env?: Record<string, string>;
  clock?: Clock;
  height?: number;
  language?: string;
}

/**
 * The local chat app (startLocalChatApp: the demo region on its own database, `env` added, from
 * `clock`'s time) with a page beside it, `height` tall, in a context of its own in the worker's
 * headless Chromium (sharedChromium); LOCAL_CHAT_SHOTS made.
 * The browser is Dutch, or started in `language` (en-US) with its pages in that language.
 */
export async function localChatInBrowser(
  options: LocalChatInBrowserOptions = {},
): Promise<LocalChatInBrowser> {
  const chat = await startLocalChatApp(options.env, options.clock);
  const browser = await sharedChromium(options.language).catch(async (err: unknown) => {
    await chat.stop();
    throw err;
  });
  // A context of its own: nothing of another file's pages (storage, cookies, clock) reaches it.
  const page = await browser.newPage({
    viewport: { width: 1280, height: options.height ?? 900 },
    locale: options.language ?? 'nl-NL',
  });
  mkdirSync(LOCAL_CHAT_SHOTS, { recursive: true });
  return {
    chat,
    browser,
    page,
    async open(url = chat.url) {
      await page.goto(url);
      await page.locator('body[data-klaar="ja"]').waitFor();
    },
    async stop() {
      await page.context().close();
      await chat.stop();
    },
  };
}

/**
 * For the tests of one describe block: the local chat in a browser (localChatInBrowser with
 * `options`, or what `options()` gives) started before them and stopped after them, when Debian's
 * Chromium is there (without it each test skips itself: SKIP_NOTE). Once started it is handed to
 * `started` (to take its page, or prepare it). What is returned reaches it from inside a test.
 */
export function localChatInBrowserForTests(
  options: LocalChatInBrowserOptions | (() => Promise<LocalChatInBrowserOptions>) = {},
  started?: (local: LocalChatInBrowser) => unknown,
): Omit<LocalChatInBrowser, 'stop'> {
  let local: LocalChatInBrowser | undefined;
  beforeAll(async () => {
    if (!HAS_CHROMIUM) return;
    local = await localChatInBrowser(typeof options === 'function' ? await options() : options);
    await started?.(local);
  }, 60_000);
  afterAll(() => local?.stop());
  const running = () => {
    if (!local) throw new Error('The local chat in a browser was not started (is Chromium there?)');
    return local;
  };
  return {
    get chat() {
      return running().chat;
    },
    get browser() {
      return running().browser;
    },
    get page() {
      return running().page;
    },
    open: (url) => running().open(url),
  };
}

/**
 * The digest's text opened for editing as the played projectleider does it: `samenvatting` in her chat with
 * Schakel, then *Tekst aanpassen* on the answer. Gives the text field of the card that opened.
 */
export async function openDigestTextEdit(page: Page) {
  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();
  await page.locator('nav button', { hasText: 'Chat met Schakel' }).click();
  await page.locator('#titel', { hasText: 'Chat met Schakel' }).waitFor();
  await page.locator('#tekst').fill('samenvatting');
  await page.locator('#tekst').press('Enter');
  await page.locator('.ac-pushButton', { hasText: 'Tekst aanpassen' }).last().waitFor({ timeout: 20_000 });
  await lastCard().locator('.ac-pushButton', { hasText: 'Tekst aanpassen' }).click();
  const field = lastCard().locator('textarea').first();
  await field.waitFor();
  return field;
}

/**
 * What a person does on the page, as the local chat's browser tests write it: play someone (picked by name
 * from the person picker), open a conversation, type and send, read the transcript and Schakel's messages.
 */
export function chatSteps(page: () => Page) {
  const transcript = () => page().locator('#berichten');
  /**
   * The conversation just opened is drawn: its own messages, not still those of the one before (the
   * page marks the list busy from the click until then; a test's next step would find the old ones).
   */
  const drawn = () => page().locator('#berichten[aria-busy="false"]').waitFor({ timeout: 20_000 });
  return {
    async playAs(name: string) {
      const value = await page().locator('#rol option', { hasText: name }).getAttribute('value');
      await page()
        .locator('#rol')
        .selectOption(value ?? '');
      await drawn();
    },
    async open(place: string) {
      await page().locator('nav button', { hasText: place }).click();
      await page().locator('#titel', { hasText: place }).waitFor();
      await drawn();
    },
    /** The werkgroep's meeting is held ("Bijeenkomst afronden" in its channel): the check-in goes out. */
    async finishMeeting(werkgroep = 'Werkgroep GGZ & Werk') {
      await page().locator('nav button', { hasText: werkgroep }).click();
      await page().locator('#volgende', { hasText: werkgroep }).waitFor();
      await page().locator('#afronden').click();
      await page().locator('#tijd-melding', { hasText: 'afgerond' }).waitFor();
      // The clock has moved once its buttons are pressable again: the conversation is drawn anew
      // for the new time by then, so a card typed in afterwards is not redrawn under the hands.
      await page().locator('#afronden:not([aria-disabled])').waitFor();
    },
    async say(text: string) {
      await page().locator('#tekst').fill(text);
      await page().locator('#tekst').press('Enter');
    },
    transcript,
    fromSchakel: () => transcript().locator('.bericht:not(.van-mij)'),
  };
}
