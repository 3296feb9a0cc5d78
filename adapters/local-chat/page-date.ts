import { readerFor } from '../../src/commands/read.ts';
import { withLocale } from '../../src/messages/locale.ts';
import { noSuchDateSaid } from '../../src/messages/no-such-date.ts';
import { todayIn } from '../../src/schedule/local-time.ts';

/**
 * The answer to the page's date field (GET /api/datum): `tekst` read as the commands read a date
 * ("vrijdag 18 dec", "volgende week dinsdag", in English words too: the commands' reader in English
 * reads Dutch first), today in Schakel's time.
 */
export function pageDate(text: string, now: Date, timeZone: string) {
  if (text.length > 100) return { datum: null };
  const reader = readerFor(todayIn(now, timeZone));
  const datum = withLocale('en', () => reader.day(text));
  // A date no calendar has ("31-02-2027") is said as the commands say it, in both languages: the
  // page shows the one of the person it plays.
  const missing = reader.noSuchDate;
  const bestaatNiet = missing && { nl: noSuchDateSaid(missing, 'nl'), en: noSuchDateSaid(missing, 'en') };
  return { datum, ...(datum === null && bestaatNiet ? { bestaatNiet } : {}) };
}
