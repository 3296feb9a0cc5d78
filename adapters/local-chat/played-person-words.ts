import type { Core } from '../../src/core.ts';
import { DEMO_TENANT } from '../../src/domain/demo-region.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import type { Locale } from '../../src/messages/locale.ts';
import type { Role } from './tenant.ts';

/**
 * The page's words that stand in a conversation with Schakel (a file offer, "Bijgewerkt"), in each
 * language: the page shows them in the language of the person it plays, as their Teams would.
 */
export function wordsOfPlayedPerson() {
  const of = (locale: Locale) => {
    const w = words(locale).localChat;
    return {
      bestand: w.file,
      bestandAanbod: w.bestandAanbod,
      toestaan: w.allow,
      weigeren: w.refuse,
      bijgewerkt: w.updated,
    };
  };
  return { nl: of('nl'), en: of('en') } satisfies Record<Locale, unknown>;
}

/** The language Schakel writes to `role` in (their own choice, `taal en`, else what it last knew). */
export function languageOf(core: Core, role: Role): Promise<Locale> {
  return core.languages.localeFor({ platform: 'teams', workspace: DEMO_TENANT, userId: role.userId }, null);
}
