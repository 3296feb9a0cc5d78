import { dutchLocalDate } from '../checkin/round-timing.ts';
import { words } from '../messages/catalogue/words.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { parseLocalDate } from '../schedule/local-time.ts';

/** "2026-04-27T14:00" as "maandag 27 april 2026 14:00"; anything else as it is. */
const localWhen = (value: unknown): string =>
  typeof value === 'string' ? `${readableIsoDate(value.slice(0, 10))} ${value.slice(11, 16)}`.trim() : '';

/**
 * What a logboek line says was done: a move or cancellation names the meeting and its dates; a
 * moved meeting cancelled or put back is named where it had moved to (`start`).
 */
export function logLine(e: {
  action: string;
  details: Record<string, unknown> | null;
  werkgroep: string | null;
}): string {
  const w = words().answers.admin;
  const d = e.details ?? {};
  if (e.werkgroep && e.action === 'bijeenkomst_verplaatst' && d.originalStart && d.start)
    return w.logMoved(e.werkgroep, localWhen(d.originalStart), localWhen(d.start));
  if (e.werkgroep && e.action === 'bijeenkomst_geannuleerd' && d.originalStart)
    return w.logCancelled(e.werkgroep, localWhen(d.start ?? d.originalStart));
  if (e.werkgroep && e.action === 'bijeenkomst_hersteld' && d.originalStart)
    return w.logRestored(e.werkgroep, localWhen(d.start ?? d.originalStart));
  // Which vakantie, which version: what the projectleider named and the period, never any text of it.
  if (e.action === 'vakantie_toegevoegd' && typeof d.label === 'string' && isDate(d.from) && isDate(d.to))
    return w.logHoliday(d.label, dutchLocalDate(d.from), dutchLocalDate(d.to));
  if (
    e.action === 'samenvatting_gepubliceerd' &&
    typeof d.period === 'string' &&
    typeof d.version === 'number'
  )
    return w.logPublished(d.period, d.version);
  if (e.werkgroep && e.action === 'actiepunt_geschrapt' && typeof d.nummer === 'number')
    return w.logActiepuntRemoved(e.werkgroep, d.nummer);
  return e.action.replaceAll('_', ' ');
}

const isDate = (v: unknown): v is string => typeof v === 'string' && parseLocalDate(v) !== null;
