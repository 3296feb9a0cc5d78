import { words } from '../catalogue/words.ts';
import { QUICK_INPUT_MAX_LENGTH, type QuickInput } from '../model.ts';
import type { ParseResult } from './fields.ts';
import type { Form, FormMetadata, RawValues } from './model.ts';
import { single } from './raw-values.ts';

/**
 * One line a member adds right from a message (an agendapunt under the agenda call). Teams shows
 * the input in the card itself; Slack shows a button that opens this form. Either way the answer
 * comes back as the form `quick_input`, with what it is about in the metadata.
 */

/** The one field, on both platforms. */
export const QUICK_INPUT_FIELD = 'tekst';

/** Each quick input's words (the catalogue's): the title is also the button's. */
const quickInputs = () => words().forms.quickInput;
type QuickInputKind = keyof ReturnType<typeof quickInputs>;

export function isQuickInput(input: string): boolean {
  return Object.hasOwn(quickInputs(), input);
}

/** The block in a message that offers the input; `value` says what it is about (the werkgroep). */
export function quickInputBlock(input: QuickInputKind, value: string): QuickInput {
  const d = quickInputs()[input];
  return {
    type: 'quick-input',
    id: input,
    label: d.title,
    placeholder: d.question,
    submitLabel: d.submitLabel,
    maxLength: QUICK_INPUT_MAX_LENGTH,
    value,
  };
}

/** The form of a quick input, as Slack opens it from the message's button. */
export function quickInputForm(metadata: FormMetadata): Form {
  const all = quickInputs();
  const input = metadata.input ?? '';
  const d = isQuickInput(input) ? all[input as QuickInputKind] : all.agendapunt;
  return {
    id: 'quick_input',
    title: d.title,
    submitLabel: d.submitLabel,
    privateMetadata: metadata,
    fields: [
      {
        kind: 'text',
        id: QUICK_INPUT_FIELD,
        label: d.question,
        help: d.help,
        required: true,
        multiline: true,
        maxLength: QUICK_INPUT_MAX_LENGTH,
      },
    ],
  };
}

export interface QuickInputAnswer {
  readonly text: string;
}

/** The typed line as it came; the use case says what is wrong with it (empty, too long, client data). */
export function parseQuickInput(raw: RawValues): ParseResult<QuickInputAnswer> {
  return { ok: true, value: { text: single(raw[QUICK_INPUT_FIELD]) ?? '' } };
}
