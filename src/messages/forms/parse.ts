import { InvalidInput } from '../../domain/errors.ts';
import { words } from '../catalogue/words.ts';
import type { CheckinAnswer } from './checkin-form.ts';
import { parseCheckin } from './checkin-parse.ts';
import { type ChecklistAnswer, parseChecklist } from './checklist-form.ts';
import {
  type DigestOmitAnswer,
  type DigestTextAnswer,
  parseDigestOmit,
  parseDigestText,
} from './digest-form.ts';
import type { ParseResult } from './fields.ts';
import { type KlaarAnswer, parseKlaar } from './klaar-form.ts';
import { type FormId, isFormId, type RawValues } from './model.ts';
import { type OccurrenceFormAnswer, parseOccurrenceForm } from './occurrence-form.ts';
import { type ProgressAnswer, parseProgress } from './progress-form.ts';
import { parseQuickInput, type QuickInputAnswer } from './quick-input-form.ts';
import { parseSeriesForm, type SeriesFormAnswer } from './series-form.ts';
import { parseWerkgroepForm, type WerkgroepFormAnswer } from './werkgroep-form.ts';

export { parseCheckin } from './checkin-parse.ts';
export { parseChecklist } from './checklist-form.ts';
export type { ParseResult } from './fields.ts';
export { parseProgress } from './progress-form.ts';

/** A parsed answer, tagged with its form: the payload of the core command. */
export type FormAnswer =
  | { readonly form: 'checkin'; readonly value: CheckinAnswer }
  | { readonly form: 'checklist'; readonly value: ChecklistAnswer }
  | { readonly form: 'progress'; readonly value: ProgressAnswer }
  | { readonly form: 'reeks'; readonly value: SeriesFormAnswer }
  | { readonly form: 'bijeenkomst'; readonly value: OccurrenceFormAnswer }
  | { readonly form: 'samenvatting-tekst'; readonly value: DigestTextAnswer }
  | { readonly form: 'samenvatting-onderdelen'; readonly value: DigestOmitAnswer }
  | { readonly form: 'werkgroep'; readonly value: WerkgroepFormAnswer }
  | { readonly form: 'quick_input'; readonly value: QuickInputAnswer }
  | { readonly form: 'klaar'; readonly value: KlaarAnswer };

/**
 * The one entry point both adapters use: the form id (Slack callback_id, Teams verb) and the
 * flattened values in, a typed answer or the problems per field out. An unknown form id is
 * not the member's mistake but a stale or forged payload, so it throws.
 */
export function parseFormValues(formId: string, raw: RawValues): ParseResult<FormAnswer> {
  if (!isFormId(formId)) {
    throw new InvalidInput([{ field: 'form', message: words().forms.unknown }]);
  }
  return parseKnownForm(formId, raw);
}

function parseKnownForm(form: FormId, raw: RawValues): ParseResult<FormAnswer> {
  switch (form) {
    case 'checkin':
      return tag(parseCheckin(raw), (value) => ({ form, value }));
    case 'checklist':
      return tag(parseChecklist(raw), (value) => ({ form, value }));
    case 'progress':
      return tag(parseProgress(raw), (value) => ({ form, value }));
    case 'reeks':
      return tag(parseSeriesForm(raw), (value) => ({ form, value }));
    case 'bijeenkomst':
      return tag(parseOccurrenceForm(raw), (value) => ({ form, value }));
    case 'samenvatting-tekst':
      return tag(parseDigestText(raw), (value) => ({ form, value }));
    case 'samenvatting-onderdelen':
      return tag(parseDigestOmit(raw), (value) => ({ form, value }));
    case 'werkgroep':
      return tag(parseWerkgroepForm(raw), (value) => ({ form, value }));
    case 'quick_input':
      return tag(parseQuickInput(raw), (value) => ({ form, value }));
    case 'klaar':
      return tag(parseKlaar(raw), (value) => ({ form, value }));
  }
}

function tag<T>(result: ParseResult<T>, wrap: (value: T) => FormAnswer): ParseResult<FormAnswer> {
  return result.ok ? { ok: true, value: wrap(result.value) } : result;
}
