import { InvalidInput } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { currentLocale } from '../messages/locale.ts';
import { tertiaalName } from '../messages/period-words.ts';
import { parseLocalDate } from '../schedule/local-time.ts';
import { previousTertiaal, tertiaalOf } from '../schedule/tertialen.ts';
import { readablePeriod } from './summary-text.ts';

/**
 * A stuurgroep digest is about a period that has begun: one that runs may be drafted and published
 * (its versions say it was still running), one ahead of today may not, as its figures do not exist
 * yet and a published version could never be taken back. Throws the answer that names the current
 * tertiaal; nothing is stored.
 */
export function refuseUnstarted(
  period: { readonly label: string; readonly from: string; readonly to: string },
  today: string,
): void {
  if (period.from <= today) return;
  const current = tertiaalOf(today).label;
  const currentName = tertiaalName(current) ?? current;
  throw new InvalidInput([
    {
      field: 'periode',
      message: words().answers.digest.periodNotStarted(
        capitalised(readablePeriod(period, currentLocale())),
        currentName,
        current,
      ),
    },
  ]);
}

/**
 * Why `samenvatting <arg>` names no period: a date in the shape asked for (JJJJ-MM-DD) that does
 * not exist ("2027-02-29") is named as such, as `stuurgroep` names it; a tertiaal that does not
 * exist ('2026-T4', '9999-T3') gets which ones do; anything else gets how to type one. Each with
 * an example from today's tertialen.
 */
export function periodProblem(label: string | null, today: string): string {
  const w = words().answers;
  if (label && /^\d{4}-\d{2}-\d{2}$/.test(label) && !parseLocalDate(label))
    return w.stuurgroep.noSuchDate(label);
  const current = tertiaalOf(today);
  const previous = previousTertiaal(current).label;
  const running = tertiaalName(current.label) ?? current.label;
  return label && /^\d{4}-T\d$/.test(label)
    ? w.digest.noSuchTertiaal(label, running, previous)
    : w.digest.periodProblem(running, previous);
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
