import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse.ts';
import type { PlatformUser } from '../../src/domain/members.ts';
import { chooseLanguage, createLanguages, type LocaleStore } from '../../src/members/languages.ts';
import type { Locale } from '../../src/messages/locale.ts';
import { plainText } from '../../src/messages/model.ts';
import type { StoredLocale } from '../../src/store/member-locale-repo.ts';

const RUBEN: PlatformUser = { platform: 'slack', workspace: 'T0OOST', userId: 'U0RUBEN' };
const MEMBER = {
  id: 'm-ruben',
  regionId: 'oost',
  name: 'Ruben Hofstede',
  organisation: 'UWV',
  domain: 'uwv',
  roles: ['lid'],
} as const;

/** A store in memory that records what was written. */
function memoryStore(initial: StoredLocale | null) {
  let stored = initial;
  const writes: string[] = [];
  const store: LocaleStore = {
    stored: async () => stored,
    rememberPlatform: async (_user, locale: Locale) => {
      writes.push(`platform ${locale}`);
      if (stored) stored = { ...stored, locale };
    },
    choose: async (_id, locale: Locale) => {
      writes.push(`chosen ${locale}`);
      stored = { locale, chosen: true };
    },
  };
  return { store, writes, now: () => stored };
}

describe("a member's language", () => {
  it('follows the platform and remembers it on a known member', async () => {
    const { store, writes } = memoryStore({ locale: null, chosen: false });
    expect(await createLanguages(store).localeFor(RUBEN, 'en-US')).toBe('en');
    expect(writes).toEqual(['platform en']);
    expect(await createLanguages(store).localeFor(RUBEN, 'en-GB')).toBe('en');
    expect(writes).toEqual(['platform en']); // unchanged: not written again
  });

  it('asks a costly platform lookup only while nothing is remembered', async () => {
    const { store } = memoryStore({ locale: 'en', chosen: false });
    let asked = 0;
    const lookup = async () => {
      asked++;
      return 'nl-NL';
    };
    expect(await createLanguages(store).localeFor(RUBEN, lookup)).toBe('en');
    expect(asked).toBe(0);
    const fresh = memoryStore({ locale: null, chosen: false });
    expect(await createLanguages(fresh.store).localeFor(RUBEN, lookup)).toBe('nl');
    expect(asked).toBe(1);
  });

  it("keeps the member's own choice over the platform's", async () => {
    const { store, writes } = memoryStore({ locale: 'nl', chosen: true });
    expect(await createLanguages(store).localeFor(RUBEN, 'en-US')).toBe('nl');
    expect(writes).toEqual([]);
  });

  it('is Dutch for someone Schakel does not know, unless their platform says English', async () => {
    const { store, writes } = memoryStore(null);
    expect(await createLanguages(store).localeFor(RUBEN, undefined)).toBe('nl');
    expect(await createLanguages(store).localeFor(RUBEN, 'en-US')).toBe('en');
    expect(writes).toEqual([]);
  });
});

describe('the taal command', () => {
  it('reads "taal en", "language nl", "Taal Engels" and a bare "taal"', () => {
    expect(parseCommand('taal en')).toEqual({ name: 'taal', choice: 'en' });
    expect(parseCommand('language nl')).toEqual({ name: 'taal', choice: 'nl' });
    expect(parseCommand('Taal Engels')).toEqual({ name: 'taal', choice: 'engels' });
    expect(parseCommand('taal')).toEqual({ name: 'taal', choice: null });
    expect(parseCommand('agendapunt taal en cultuur')).toMatchObject({ name: 'agendapunt' });
  });

  it('stores the choice and answers in the chosen language; a language it does not know changes nothing', async () => {
    const { store, writes, now } = memoryStore({ locale: 'nl', chosen: false });
    expect(plainText(await chooseLanguage(store, MEMBER, 'english'))).toContain(
      'from now on I write to you in English',
    );
    expect(now()).toEqual({ locale: 'en', chosen: true });
    expect(plainText(await chooseLanguage(store, MEMBER, 'frans'))).toContain('Die taal ken ik niet.');
    expect(writes).toEqual(['chosen en']);
    expect(plainText(await chooseLanguage(store, null, 'en'))).toContain('Ik ken je nog niet');
    expect(writes).toEqual(['chosen en']);
  });
});
