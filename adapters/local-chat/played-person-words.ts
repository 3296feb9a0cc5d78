import type { Core } from '../../src/core.ts';
import { DEMO_OVERLEGGEN, DEMO_TENANT } from '../../src/domain/demo-region.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import type { Locale } from '../../src/messages/locale.ts';
import { readableDate } from '../../src/messages/readable-date.ts';
import { epochDayOf } from '../../src/schedule/local-time.ts';
import type { Occurrence } from '../../src/schedule/series.ts';
import type { Role } from './tenant.ts';

type NextMeeting = Awaited<ReturnType<Core['deliveries']['nextMeeting']>>;

/**
 * The page's words that stand in a conversation with Schakel (a file offer, "Bijgewerkt", a card's
 * date and time fields) and the sidebar's, header's and input's fixed words, in each language: the
 * page shows them in the language of the person it plays, as their Teams would.
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
      // The link to the privacy statement beside the chat.
      privacy: words(locale).legal.privacyLink,
      afronden: w.finishMeeting,
      // The page's fixed words (index.html's data-woord), the header's "als …" and the restart note.
      zijbalk: { ...w.sidebar, unread: w.sidebar.unread('{n}') },
      speeltAls: w.playingAs('{naam}', '{rol}'),
      // What each person played is (a role's `soort`), in the header and under the picker.
      rollen: w.playedAs,
      herstart: w.restartNote,
      // The page fills in {datum} (the date written out) and {voorbeeld}/{voluit} (a date near today).
      datum: {
        ...w.date,
        hint: w.date.hint('{voorbeeld}', '{voluit}'),
        notADate: w.date.notADate('{voorbeeld}'),
        noSuchDate: w.date.noSuchDate('{bestaatniet}', '{voorbeeld}'),
        // Which of /api/datum's two wordings of a date that does not exist is this person's.
        taal: locale,
        beforeMin: w.date.beforeMin('{datum}'),
        afterMax: w.date.afterMax('{datum}'),
      },
      tijd: { ...w.time, beforeMin: w.time.beforeMin('{tijd}'), afterMax: w.time.afterMax('{tijd}') },
    };
  };
  return { nl: of('nl'), en: of('en') } satisfies Record<Locale, unknown>;
}

/**
 * The sidebar's line under "Bijeenkomst afronden", in `locale`: the meeting it lets happen, or why
 * none (`role` in no werkgroep of the demo: a stuurgroeplid has no meeting of their own to finish).
 */
export function nextMeetingLine(locale: Locale, next: NextMeeting | null, role: Role): string {
  const w = words(locale).localChat;
  if (next) return w.nextMeeting(next.werkgroep, whenIn(locale, next.occurrence));
  return inAWerkgroep(role) ? w.noMeeting : w.noWerkgroep;
}

const inAWerkgroep = (role: Role) =>
  DEMO_OVERLEGGEN.some((o) => o.kind === 'werkgroep' && o.members.includes(role.key));

/** A meeting's date and time in `locale`: "dinsdag 22 december 2026, 14:00–15:30". */
export function whenIn(locale: Locale, o: Occurrence): string {
  return `${readableDate(epochDayOf(o.start), locale)}, ${o.start.toFormat('HH:mm')}–${o.end.toFormat('HH:mm')}`;
}

/** The language Schakel writes to `role` in (their own choice, `taal en`, else what it last knew). */
export function languageOf(core: Core, role: Role): Promise<Locale> {
  return core.languages.localeFor({ platform: 'teams', workspace: DEMO_TENANT, userId: role.userId }, null);
}
