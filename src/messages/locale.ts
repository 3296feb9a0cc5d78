import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The languages Schakel speaks: Dutch first (the default), English second. The edge (an adapter
 * handling one request, the scheduler sending one message) runs its work inside `withLocale`, and
 * every message builder below it reads the words of that language; no signature carries it.
 */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

/** The language of a request; `settle` when it is found out later (withLocaleLater). */
interface InLocale {
  locale: Locale;
  settle?: Promise<void> | (() => Promise<Locale>);
}

const current = new AsyncLocalStorage<InLocale>();

/** Runs `fn` (and everything it awaits) in `locale`. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  return current.run({ locale }, fn);
}

/**
 * Runs `fn` in a language found out later: its first words come after `settleLocale()`, which
 * calls `find` once (a submitted check-in reads its member along with storing the answer, and
 * only then knows the language; its ack says nothing). Dutch until then.
 */
export function withLocaleLater<T>(find: () => Promise<Locale>, fn: () => T): T {
  return current.run({ locale: DEFAULT_LOCALE, settle: find }, fn);
}

/** Inside withLocaleLater: finds out the language (once); anywhere else it is known already. */
export async function settleLocale(): Promise<void> {
  const inLocale = current.getStore();
  if (!inLocale?.settle) return;
  if (typeof inLocale.settle === 'function') {
    const find = inLocale.settle;
    inLocale.settle = find().then((locale) => {
      inLocale.locale = locale;
    });
  }
  await inLocale.settle;
}

/** The language of the request or delivery being handled; Dutch outside one. */
export function currentLocale(): Locale {
  return current.getStore()?.locale ?? DEFAULT_LOCALE;
}

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * A platform's language tag ("en-US", "en_GB", "nl-NL", "de-DE") as one of Schakel's languages:
 * English for any English, Dutch for everything else; null when the platform gave none.
 */
export function localeFromTag(tag: string | null | undefined): Locale | null {
  if (!tag?.trim()) return null;
  return tag.trim().toLowerCase().split(/[-_]/)[0] === 'en' ? 'en' : 'nl';
}
