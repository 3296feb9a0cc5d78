import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (not a downloaded browser), as `.ci/run` installs it. */
export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SKIP_NOTE = `${CHROMIUM} ontbreekt: installeer Debian's chromium (apt-get install -y chromium) voor de browsertest`;

/**
 * Headless, offline as far as Chromium itself goes: no background requests of its own. With
 * `language` (en-US), Chromium started in that language, as a browser set up in it would be
 * (--lang and LANG), instead of the machine's.
 */
export function launchChromium(language?: string): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    ...(language
      ? { env: { ...process.env, LANG: `${language.replace('-', '_')}.UTF-8`, LANGUAGE: language } }
      : {}),
    args: [
      ...(language ? [`--lang=${language}`] : []),
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const shared = new Map<string, Promise<Browser>>();

/**
 * One Chromium per test worker and language (launchChromium), started by the first file that asks
 * and kept for the files after it in the same worker (vitest.config.ts: isolate false), so a file
 * does not pay for starting a browser. A file keeps apart from the others by opening its pages in
 * a context of its own (browser.newPage) and closing that context, never the browser; Playwright
 * ends the browser when the worker process exits. One that crashed is started again.
 */
export async function sharedChromium(language?: string): Promise<Browser> {
  const key = language ?? '';
  const running = shared.get(key);
  if (running) {
    const browser = await running.catch(() => undefined);
    if (browser?.isConnected()) return browser;
  }
  const starting = launchChromium(language);
  shared.set(key, starting);
  return starting;
}

/** An empty Dutch page with Microsoft's Adaptive Cards renderer loaded, a card's width wide. */
export async function cardPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 520, height: 900 }, locale: 'nl-NL' });
  await page.setContent(
    '<!doctype html><html lang="nl"><body style="font-family: sans-serif"></body></html>',
  );
  await page.addScriptTag({
    path: createRequire(import.meta.url).resolve('adaptivecards/dist/adaptivecards.min.js'),
  });
  return page;
}
