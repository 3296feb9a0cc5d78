import { noSuchDateSaid } from '../../src/messages/no-such-date.ts';
import { dutchDateText, type NoSuchDate, todayIn } from '../../src/schedule/dutch-date.ts';
import { dutchOfEnglishDate } from '../../src/schedule/english-date.ts';

/**
 * The answer to the page's date field (GET /api/datum): `tekst` read as the commands read a date
 * ("vrijdag 18 dec", "volgende week dinsdag", in English words too), today in Schakel's time.
 */
export function pageDate(text: string, now: Date, timeZone: string) {
  if (text.length > 100) return { datum: null };
  const today = todayIn(now, timeZone);
  let missing: NoSuchDate | null = null;
  const read = (t: string) => dutchDateText(t, today, (m) => (missing = m));
  const english = dutchOfEnglishDate(text);
  const datum = read(text) ?? (english ? read(english) : null);
  // A date no calendar has ("31-02-2027") is said as the commands say it, in both languages: the
  // page shows the one of the person it plays.
  const bestaatNiet = missing && { nl: noSuchDateSaid(missing, 'nl'), en: noSuchDateSaid(missing, 'en') };
  return { datum, ...(datum === null && bestaatNiet ? { bestaatNiet } : {}) };
}
