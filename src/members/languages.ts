import type { Member, PlatformUser } from '../domain/members.ts';
import { words } from '../messages/catalogue/words.ts';
import { DEFAULT_LOCALE, type Locale, localeFromTag, withLocale } from '../messages/locale.ts';
import { decline, type Message, say } from '../messages/model.ts';
import type { Languages } from '../ports/languages.ts';
import type { StoredLocale } from '../store/member-locale-repo.ts';

/** Where a member's language is kept (src/store/member-locale-repo.ts, bound to the database). */
export interface LocaleStore {
  stored(user: PlatformUser): Promise<StoredLocale | null>;
  rememberPlatform(user: PlatformUser, locale: Locale): Promise<void>;
  choose(memberId: string, locale: Locale): Promise<void>;
}

/**
 * The member's language: their choice, else the platform's (remembered), else the remembered one,
 * else Dutch. `scope` shares the member read within a request (see Languages.request); by
 * default nothing is shared.
 */
export function createLanguages(
  store: LocaleStore,
  scope: Pick<Languages, 'request' | 'readAhead'> = { request: (fn) => fn(), readAhead: () => undefined },
): Languages {
  return {
    request: scope.request,
    readAhead: scope.readAhead,
    async localeFor(user, platformTag) {
      const stored = await store.stored(user);
      if (stored?.chosen && stored.locale) return stored.locale;
      const tag =
        typeof platformTag === 'function' ? (stored?.locale ? null : await platformTag()) : platformTag;
      const fromPlatform = localeFromTag(tag);
      if (fromPlatform && stored && fromPlatform !== stored.locale) {
        await store.rememberPlatform(user, fromPlatform);
      }
      return fromPlatform ?? stored?.locale ?? DEFAULT_LOCALE;
    },
  };
}

const CHOICES: Readonly<Record<string, Locale>> = {
  nl: 'nl',
  nederlands: 'nl',
  dutch: 'nl',
  en: 'en',
  engels: 'en',
  english: 'en',
};

/**
 * A member chooses the language Schakel writes them in; the platform's language no longer
 * changes it. The answer is in the chosen language. Bad input changes nothing.
 */
export async function chooseLanguage(
  store: LocaleStore,
  member: Member | null,
  choice: string | null,
): Promise<Message> {
  if (choice === null) return say(words().language.current);
  const locale = CHOICES[choice];
  if (!locale) return decline(words().language.unknown);
  if (!member) return decline(words().language.unknownMember);
  await store.choose(member.id, locale);
  return withLocale(locale, () => say(words().language.set));
}
