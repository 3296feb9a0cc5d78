import type { AdaptiveCardActionCardResponse, AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { CardElement, IAdaptiveCard, IChoice, IExecuteAction } from '@microsoft/teams.cards';
import type { FieldProblem } from '../../../src/domain/errors.ts';
import { escapeCardMarkdown as md } from '../../../src/escape.ts';
import { nl } from '../../../src/messages/catalogue/nl.ts';
import { words } from '../../../src/messages/catalogue/words.ts';
import { fitForm } from '../../../src/messages/fit.ts';
import { errorMessageOf } from '../../../src/messages/forms/field-error-message.ts';
import type { ChoiceOption, Field, Form, InputField } from '../../../src/messages/forms/model.ts';
import { refusalNote } from '../../../src/messages/forms/refusal-note.ts';
import { isShown, openReveals } from '../../../src/messages/forms/reveals.ts';
import { adaptiveCard } from '../adaptive-card.ts';
import { withinTeamsBudget } from '../message-budget.ts';
import { backAction, cardActivity } from '../render-message.ts';

/**
 * Keys of the Action.Execute data that carry the form id and its metadata back. Teams merges
 * the input values into the same object, so these must never be a field id.
 */
export const FORM_KEY = 'schakelForm';
export const METADATA_KEY = 'schakelMetadata';
/**
 * On an input Schakel checks itself (shown again with its problem, so without `isRequired`): the
 * field is still required. A card renderer ignores what it does not know; the local chat's page
 * reads it to keep the field's required mark (adapters/local-chat/static/cards.js).
 */
export const REQUIRED_KEY = 'schakelRequired';

/** Says where the problems are in words, not by their colour alone. */
export const ERROR_SUMMARY = nl.adapters.formProblems;

/**
 * A form as an Adaptive Card 1.5. To show a submission again with its problems, pass
 * `withValues(form, values)` and the problems: each message appears in red right under its
 * field, and everything the member filled in stays (a field the guard refused comes back empty,
 * and its message says so).
 */
export function renderFormCard(
  form: Form,
  problems: readonly FieldProblem[] = form.problems ?? [],
): IAdaptiveCard {
  // Within what Teams takes in one message: the check-in asks fewer open knelpunten if need be.
  const fitted = fitForm(form, (f) => withinTeamsBudget(cardActivity('', buildFormCard(f, problems))));
  return buildFormCard(fitted, problems);
}

function buildFormCard(form: Form, problems: readonly FieldProblem[]): IAdaptiveCard {
  const body: CardElement[] = [
    { type: 'TextBlock', text: md(form.title), size: 'Large', weight: 'Bolder', wrap: true },
  ];
  if (problems.length > 0) {
    body.push({
      type: 'TextBlock',
      id: 'problems',
      text: md(words().adapters.formProblems),
      color: 'Attention',
      weight: 'Bolder',
      wrap: true,
    });
  }
  if (form.intro) body.push({ type: 'TextBlock', text: md(form.intro), wrap: true });
  body.push(...renderFields(form, problems));
  const submit: IExecuteAction = {
    type: 'Action.Execute',
    title: form.submitLabel,
    verb: form.id,
    style: 'positive',
    data: { [FORM_KEY]: form.id, [METADATA_KEY]: form.privateMetadata },
  };
  // The form took the place of a message: "Annuleren" shows that message again, unchanged.
  const back = form.back ? [backAction(words().adapters.cancel, form.back) as IExecuteAction] : [];
  return card(body, [submit, ...back]);
}

/**
 * Every field in order. Fields behind a reveal button are in the card from the start, hidden
 * (isVisible: false), each element with an id; the button toggles them and itself with
 * Action.ToggleVisibility, so "Nog een knelpunt" needs no round trip.
 */
function renderFields(form: Form, problems: readonly FieldProblem[]): CardElement[] {
  const open = openReveals(form, problems);
  const rendered = form.fields.map((field) => {
    const elements = renderField(field, form, problems);
    if (!field.revealedBy) return { field, elements };
    const hidden = !isShown(field, open);
    return {
      field,
      elements: elements.map((e, i) => ({
        ...e,
        id: 'id' in e && e.id ? e.id : `${field.id}_${i}`,
        ...(hidden ? { isVisible: false } : {}),
      })) as CardElement[],
    };
  });
  return rendered.flatMap(({ field, elements }) => {
    if (field.kind !== 'reveal') return elements;
    const targets = rendered
      .filter((r) => r.field.revealedBy === field.id)
      .flatMap((r) =>
        r.field.kind === 'reveal' ? [r.field.id] : r.elements.map((e) => ('id' in e ? (e.id ?? '') : '')),
      );
    const button: CardElement = {
      type: 'ActionSet',
      id: field.id,
      ...(isShown(field, open) ? {} : { isVisible: false }),
      actions: [
        { type: 'Action.ToggleVisibility', title: field.label, targetElements: [...targets, field.id] },
      ],
    };
    return [button];
  });
}

function renderField(field: Field, form: Form, problems: readonly FieldProblem[]): CardElement[] {
  if (field.kind === 'reveal') return [];
  if (field.kind === 'section') {
    const heading: CardElement = {
      type: 'TextBlock',
      id: field.id,
      text: md(field.heading),
      size: 'Medium',
      weight: 'Bolder',
      wrap: true,
      separator: true,
      spacing: 'Large',
    };
    if (!field.text) return [heading];
    return [
      heading,
      {
        type: 'TextBlock',
        id: `${field.id}_note`,
        text: md(field.text),
        isSubtle: true,
        wrap: true,
        spacing: 'Small',
      },
    ];
  }
  const own = problems.filter((p) => p.field === field.id);
  // A field emptied because its text was refused says so, once (submissions/form-again.ts).
  const note = refusalNote(form, problems, field.id);
  const messages = [...own.map((p) => p.message), ...(note ? [note] : [])];
  // A field shown with Schakel's problem is checked by Schakel on the next submission: the card's
  // own "required" check would put its message beside the old one instead of replacing it.
  const out: CardElement[] = [renderInput(field, { checkedBySchakel: messages.length > 0 })];
  if (messages.length > 0) {
    out.push({
      type: 'TextBlock',
      id: `${field.id}_problem`,
      text: md(messages.join(' ')),
      color: 'Attention',
      weight: 'Bolder',
      wrap: true,
      spacing: 'None',
    });
  }
  if (field.help) {
    out.push({
      type: 'TextBlock',
      id: `${field.id}_help`,
      text: md(field.help),
      isSubtle: true,
      size: 'Small',
      wrap: true,
      spacing: 'None',
    });
  }
  return out;
}

/** One input as the card shows it; also the choice of a form inside a message (render-message.ts). */
export function renderInput(
  field: InputField,
  opts: { readonly checkedBySchakel?: boolean } = {},
): CardElement {
  const common = {
    id: field.id,
    label: field.label,
    ...(field.required && !opts.checkedBySchakel ? { isRequired: true } : {}),
    ...(field.required && opts.checkedBySchakel ? { [REQUIRED_KEY]: true } : {}),
    errorMessage: errorMessageOf(field),
  };
  switch (field.kind) {
    case 'choice':
      return {
        type: 'Input.ChoiceSet',
        ...common,
        style: field.style ?? 'compact',
        // A long choice (an English samenwerkingsniveau, a member with their organisation) shows
        // whole on more lines instead of ending in an ellipsis on a narrow screen.
        wrap: true,
        choices: field.options.map(choice),
        ...(field.placeholder ? { placeholder: field.placeholder } : {}),
        ...(field.initial !== undefined ? { value: field.initial } : {}),
      };
    case 'multichoice':
      // Teams sends the chosen values back as one text, joined by commas (listOf splits it).
      // A searchable list filters as one types; otherwise tick boxes for a short list.
      return {
        type: 'Input.ChoiceSet',
        ...common,
        style: field.searchable ? 'filtered' : field.options.length <= 10 ? 'expanded' : 'compact',
        isMultiSelect: true,
        wrap: true,
        choices: field.options.map(choice),
        ...(field.placeholder ? { placeholder: field.placeholder } : {}),
        ...(field.initial && field.initial.length > 0 ? { value: field.initial.join(',') } : {}),
      };
    case 'text':
      return {
        type: 'Input.Text',
        ...common,
        isMultiline: field.multiline,
        // No maxLength: Teams' renderer (and the local chat's) would cut a longer paste at it
        // without a word. Schakel refuses it instead, with its length and this field's maximum.
        ...(field.placeholder ? { placeholder: field.placeholder } : {}),
        ...(field.initial !== undefined ? { value: field.initial } : {}),
      };
    case 'date':
      // Teams shows its own calendar and sends the date back as JJJJ-MM-DD.
      return {
        type: 'Input.Date',
        ...common,
        ...(field.min ? { min: field.min } : {}),
        ...(field.initial !== undefined ? { value: field.initial } : {}),
      };
    case 'time':
      return {
        type: 'Input.Time',
        ...common,
        ...(field.initial !== undefined ? { value: field.initial } : {}),
      };
    case 'number':
      return {
        type: 'Input.Number',
        ...common,
        ...(field.min !== undefined ? { min: field.min } : {}),
        ...(field.max !== undefined ? { max: field.max } : {}),
        ...(field.placeholder ? { placeholder: field.placeholder } : {}),
        ...(field.initial !== undefined ? { value: field.initial } : {}),
      };
  }
}

/** Adaptive Card choices have one line only, so a description joins the label in brackets. */
export function choiceTitle(option: ChoiceOption): string {
  return option.description ? `${option.label} (${option.description})` : option.label;
}

function choice(option: ChoiceOption): IChoice {
  return { title: choiceTitle(option), value: option.value };
}

/**
 * The card that replaces a submitted form: the confirmation (confirmationText in
 * src/messages/forms/confirmation.ts) and, when changing is still allowed, a button for that.
 */
export function renderConfirmationCard(
  text: string,
  edit?: { readonly verb: string; readonly data?: Readonly<Record<string, string>>; readonly title?: string },
): IAdaptiveCard {
  const body: CardElement[] = [{ type: 'TextBlock', text: md(text), wrap: true }];
  if (!edit) return card(body, []);
  return card(body, [
    {
      type: 'Action.Execute',
      title: edit.title ?? words().checkin.changeButton,
      verb: edit.verb,
      data: { ...edit.data },
    },
  ]);
}

/** An answer in words in the chat, the card staying as it was. */
export function say(value: string): AdaptiveCardActionResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value };
}

/**
 * `say`, for a press whose typed text Schakel refused: `emptied` names the card's inputs that held
 * it. Teams shows the message and ignores `emptied`; the local chat empties those inputs, as a
 * refused form field comes back empty (submissions/form-again.ts).
 */
export function sayEmptied(
  value: string,
  emptied: readonly string[],
): AdaptiveCardActionResponse & { readonly emptied: readonly string[] } {
  return { ...say(value), emptied };
}

/** The invoke response that makes Teams show `card` in place of the one clicked. */
export function cardActionResponse(value: IAdaptiveCard): AdaptiveCardActionCardResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value };
}

function card(body: CardElement[], actions: IExecuteAction[]): IAdaptiveCard {
  return adaptiveCard(body, actions);
}
