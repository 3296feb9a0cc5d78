import type { FieldProblem } from '../../domain/errors.ts';
import { words } from '../catalogue/words.ts';

/**
 * The platform-neutral form model. A form is defined once here; Slack renders it as a modal,
 * Teams as an Adaptive Card, and both hand the answers back as a flat record of field id → raw
 * value that one parser per form turns into a typed answer (parse.ts).
 */

export const FORM_IDS = [
  'checkin',
  'checklist',
  'progress',
  'reeks',
  'bijeenkomst',
  'samenvatting-tekst',
  'samenvatting-onderdelen',
  'werkgroep',
  'quick_input',
  'klaar',
] as const;
export type FormId = (typeof FORM_IDS)[number];

export function isFormId(value: string): value is FormId {
  return (FORM_IDS as readonly string[]).includes(value);
}

/**
 * What both platforms deliver after the adapter has flattened their payload. Values are what
 * the member typed or picked, untrimmed and unchecked.
 */
export type RawValues = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Small data that travels with the form and comes back with the answers (Slack
 * `private_metadata`, Teams `Action.Execute` data), e.g. the round the answers belong to.
 * Strings only: it round-trips through JSON on both platforms, and the core re-checks it,
 * because on Teams the client sends it back.
 */
export type FormMetadata = Readonly<Record<string, string>>;

/** The most characters of an option's text or second line: Slack cuts off longer ones. */
export const OPTION_TEXT_MAX = 75;

export interface ChoiceOption {
  readonly value: string;
  /** At most OPTION_TEXT_MAX characters (a longer text is shortened, with "…"). */
  readonly label: string;
  /** A second line under the option; at most OPTION_TEXT_MAX characters. */
  readonly description?: string;
}

interface InputBase {
  /** Stable: it is the Slack block_id and action_id, the Teams input id and the parser's key. */
  readonly id: string;
  readonly label: string;
  readonly help?: string;
  readonly required: boolean;
  /** Shown by a client that checks input itself (Teams) when this field is left empty. */
  readonly errorMessage?: string;
  /** Hidden until the member presses the reveal button with this id (see RevealField). */
  readonly revealedBy?: string;
}

export interface ChoiceField extends InputBase {
  readonly kind: 'choice';
  readonly options: readonly ChoiceOption[];
  /**
   * 'expanded': every option visible to tap (Teams radio buttons, Slack radio_buttons), for a
   * few short options; otherwise a menu. At most 10 options when expanded (Slack's limit).
   */
  readonly style?: 'expanded';
  readonly placeholder?: string;
  readonly initial?: string;
}

/** Several choices at once (members of a new werkgroep); nothing chosen is an empty list. */
export interface MultiChoiceField extends InputBase {
  readonly kind: 'multichoice';
  readonly options: readonly ChoiceOption[];
  /** A long list (the region's members): type to filter (Teams style filtered, Slack's menu filters). */
  readonly searchable?: boolean;
  readonly placeholder?: string;
  readonly initial?: readonly string[];
}

export interface TextField extends InputBase {
  readonly kind: 'text';
  /** Text with a fixed shape: a web link. */
  readonly format?: 'url';
  readonly multiline: boolean;
  readonly maxLength: number;
  readonly placeholder?: string;
  readonly initial?: string;
}

export interface NumberField extends InputBase {
  readonly kind: 'number';
  readonly min?: number;
  readonly max?: number;
  /** 1 for whole numbers; anything smaller allows decimals. */
  readonly step: number;
  readonly placeholder?: string;
  readonly initial?: number;
}

/**
 * A calendar date, picked from the platform's own calendar (Teams Input.Date, Slack datepicker);
 * both send it back as JJJJ-MM-DD.
 */
export interface DateField extends InputBase {
  readonly kind: 'date';
  readonly initial?: string;
  /** The earliest date the picker offers, JJJJ-MM-DD (the parser still checks). */
  readonly min?: string;
}

/** A time of day, picked (Teams Input.Time, Slack timepicker); sent back as UU:MM. */
export interface TimeField extends InputBase {
  readonly kind: 'time';
  readonly initial?: string;
}

/** A heading with an optional note between inputs; nothing to fill in. */
export interface SectionField {
  readonly kind: 'section';
  readonly id: string;
  readonly heading: string;
  readonly text?: string;
  readonly revealedBy?: string;
}

/**
 * A button that shows the fields whose `revealedBy` is its id ("Nog een knelpunt"), so a form
 * starts short. Teams toggles them in place (Action.ToggleVisibility); Slack updates the modal.
 * Fields that already hold an answer or a problem are shown from the start.
 */
export interface RevealField {
  readonly kind: 'reveal';
  readonly id: string;
  /** The button text, at most 75 characters. */
  readonly label: string;
  /** A reveal button may itself wait for another ("Nog een knelpunt" for the third slot). */
  readonly revealedBy?: string;
}

export type InputField = ChoiceField | MultiChoiceField | TextField | NumberField | DateField | TimeField;
export type Field = InputField | SectionField | RevealField;

export interface Form {
  readonly id: FormId;
  /** At most 24 characters: Slack's limit for a modal title. */
  readonly title: string;
  /** At most 24 characters, for the same reason. */
  readonly submitLabel: string;
  readonly intro?: string;
  readonly fields: readonly Field[];
  readonly privateMetadata: FormMetadata;
  /** What was wrong with a submission, each beside its field (the form shown again). */
  readonly problems?: readonly FieldProblem[];
  /**
   * The way back that changes nothing, where the form takes the place of a message (Teams, the
   * local chat): the button action that shows that message again. Slack's modal has its close button.
   */
  readonly back?: { readonly id: string; readonly value: string };
}

export function inputFields(form: Form): InputField[] {
  return form.fields.filter((f): f is InputField => f.kind !== 'section' && f.kind !== 'reveal');
}

/**
 * The reveal buttons already "pressed": those named in `pressed`, and those whose fields hold an
 * answer or a problem, so nothing the member filled in is ever hidden.
 */
export function openReveals(
  form: Form,
  problems: readonly { readonly field: string }[] = [],
  pressed: readonly string[] = [],
): Set<string> {
  const open = new Set(pressed);
  const withProblem = new Set(problems.map((p) => p.field));
  for (const f of inputFields(form)) {
    const filled = Array.isArray(f.initial) ? f.initial.length > 0 : f.initial !== undefined;
    if (f.revealedBy && (filled || withProblem.has(f.id))) open.add(f.revealedBy);
  }
  // A revealed field may sit behind an earlier button too: open the whole chain.
  const byId = new Map(form.fields.map((f) => [f.id, f]));
  for (const id of [...open]) {
    let parent = byId.get(id)?.revealedBy;
    while (parent && !open.has(parent)) {
      open.add(parent);
      parent = byId.get(parent)?.revealedBy;
    }
  }
  return open;
}

/** Whether `field` shows now: a field behind a closed button does not, a pressed button neither. */
export function isShown(field: Field, open: ReadonlySet<string>): boolean {
  if (field.revealedBy && !open.has(field.revealedBy)) return false;
  return !(field.kind === 'reveal' && open.has(field.id));
}

/**
 * What a client that checks input itself (Teams) announces beside `field` when it is not right:
 * the field's own message, or one that says what the field takes. Every input has one, so a
 * screen reader always hears why the form was not sent.
 */
export function errorMessageOf(field: InputField): string {
  if (field.errorMessage) return field.errorMessage;
  const w = words();
  const number = (n: number) => (w.niveau.decimalComma ? dutchNumber(n) : String(n));
  switch (field.kind) {
    case 'choice':
      return w.fields.notInList;
    case 'multichoice':
      return w.fields.chooseFromList;
    case 'text':
      return field.format === 'url' ? w.forms.series.badUrl : w.fields.tooLong(field.maxLength);
    case 'number':
      return field.min !== undefined && field.max !== undefined
        ? w.fields.numberBetween(number(field.min), number(field.max))
        : w.fields.enterNumber;
    case 'date':
      return w.forms.dateMissing;
    case 'time':
      return w.forms.timeMissing;
  }
}

/**
 * A submitted form shown again (with its problems): withValues, where a text, number, date or time
 * field that was not sent counts as emptied (an Adaptive Card leaves an empty input out), not as
 * still holding the value the form was opened with.
 */
export function asSubmitted(form: Form, raw: RawValues): Form {
  const textual = form.fields.filter((f) => ['text', 'number', 'date', 'time'].includes(f.kind));
  const emptied = Object.fromEntries(textual.filter((f) => !(f.id in raw)).map((f) => [f.id, '']));
  return withValues(form, { ...emptied, ...raw });
}

/**
 * The form with the member's raw input as initial values, e.g. to show it again beside the
 * problems found. A value that cannot be shown (an unknown choice, text in a number field) is
 * left empty rather than guessed.
 */
export function withValues(form: Form, raw: RawValues): Form {
  const fields = form.fields.map((field): Field => {
    if (field.kind === 'section' || field.kind === 'reveal' || !(field.id in raw)) return field;
    const value = single(raw[field.id]);
    switch (field.kind) {
      case 'choice':
        return { ...field, initial: field.options.some((o) => o.value === value) ? value : undefined };
      case 'multichoice': {
        const chosen = listOf(raw[field.id]);
        return {
          ...field,
          initial: field.options.filter((o) => chosen.includes(o.value)).map((o) => o.value),
        };
      }
      case 'text':
      case 'date':
      case 'time':
        return { ...field, initial: value === '' ? undefined : value };
      case 'number':
        return { ...field, initial: toNumber(value) };
    }
    return field;
  });
  return { ...form, fields };
}

/** One value from a raw entry; a list of one counts as that one. */
export function single(value: string | readonly string[] | undefined): string | undefined {
  if (typeof value === 'string') return value;
  return value?.length === 1 ? value[0] : undefined;
}

/**
 * Several values from a raw entry: Slack sends a list, Teams one text with the values joined
 * by commas (the values are ids, never containing a comma).
 */
export function listOf(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  const list = typeof value === 'string' ? value.split(',') : [...value];
  return list.map((v) => v.trim()).filter((v) => v !== '');
}

/** A number as a Dutch or English speaker types it: "3,5" and "3.5" alike. */
export function toNumber(value: string | undefined): number | undefined {
  const text = value?.trim().replace(',', '.');
  if (!text || !/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** "3,5": numbers as a Dutch reader writes them. */
export function dutchNumber(value: number): string {
  return String(value).replace('.', ',');
}
