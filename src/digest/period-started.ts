import { InvalidInput } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { tertiaalOf } from '../schedule/tertialen.ts';
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
  throw new InvalidInput([
    {
      field: 'periode',
      message: words().answers.digest.periodNotStarted(capitalised(readablePeriod(period)), current),
    },
  ]);
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
