import type { FieldProblem } from '../../domain/errors.ts';

/**
 * The platform-neutral form model. A form is defined once here; Slack renders it as a modal,
 * Teams as an Adaptive Card, and both hand the answers back as a flat record of field id → raw
 * value that one parser per form turns into a typed answer (parse.ts). Beside it: which fields
 * show (reveals.ts), a field's error message (field-error-message.ts), a submitted form shown
 * again (submitted-values.ts), and reading raw values (raw-values.ts, numbers.ts).
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
  /**
   * The items the section asks about, each as its field ids, the most relevant first: where a
   * platform takes only so much in one message (fit.ts) the first ones are asked, and the
   * section's text becomes `more(hidden)`, saying how many are left out.
   */
  readonly items?: {
    readonly fieldIds: ReadonlyArray<readonly string[]>;
    readonly more: (hidden: number) => string;
  };
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
