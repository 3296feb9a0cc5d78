import type { types } from '@slack/bolt';
import { words } from '../../../src/messages/catalogue/words.ts';
import type { ChoiceOption, Field, Form, InputField } from '../../../src/messages/forms/model.ts';
import { refusalNote } from '../../../src/messages/forms/refusal-note.ts';
import { isShown, openReveals } from '../../../src/messages/forms/reveals.ts';
import { shorten } from '../../../src/messages/model.ts';
import { escapeMrkdwn } from '../render-message.ts';
import { renewedBlockId } from './parse-submission.ts';

type ModalView = types.ModalView;
type KnownBlock = types.KnownBlock;
type PlainTextOption = types.PlainTextOption;

/**
 * A form as a Slack modal. Block ids and action ids are the field ids, so the submission's
 * `view.state.values[fieldId][fieldId]` leads straight back to the field, and Slack's
 * `response_action: 'errors'` can point at it (parse-submission.ts).
 */
export function renderModal(
  form: Form,
  pressed: readonly string[] = [],
  /** New for each update of an open view (its hash): the block id of a field emptied on purpose. */
  renewal = '',
): ModalView {
  const open = openReveals(form, [], pressed);
  const blocks: KnownBlock[] = [];
  if (form.intro) {
    blocks.push({
      type: 'section',
      block_id: 'intro',
      text: { type: 'mrkdwn', text: escapeMrkdwn(form.intro) },
    });
  }
  // Slack has no hidden blocks: what waits behind a reveal button is left out until it is pressed
  // (listeners/actions/form-reveal.ts updates the modal).
  for (const field of form.fields) {
    if (isShown(field, open)) blocks.push(...withProblems(renderField(field), field, form, renewal));
  }
  // Slack refuses a view with a title or button text over its limit: cut rather than fail.
  return {
    type: 'modal',
    callback_id: form.id,
    title: plain(shorten(form.title, 24)),
    submit: plain(shorten(form.submitLabel, 24)),
    close: plain(words().adapters.cancel),
    private_metadata: JSON.stringify(form.privateMetadata),
    blocks,
  };
}

/**
 * A field's blocks with its problems under it (a modal updated while open cannot use Slack's own
 * errors). A field emptied because its text was refused says so, and gets a block id Slack has not
 * shown yet: Slack fills a block it already showed with what was typed there.
 */
function withProblems(blocks: KnownBlock[], field: Field, form: Form, renewal: string): KnownBlock[] {
  const own = (form.problems ?? []).filter((p) => p.field === field.id);
  if (own.length === 0) return blocks;
  const emptied = own.some((p) => p.emptied);
  const note = refusalNote(form, form.problems ?? [], field.id);
  const text = [...own.map((p) => p.message), ...(note ? [note] : [])].join(' ');
  const renewed = emptied && renewal !== '';
  return [
    ...blocks.map((b) =>
      renewed && b.type === 'input' ? { ...b, block_id: renewedBlockId(field.id, renewal) } : b,
    ),
    {
      type: 'context',
      block_id: `${field.id}_problem`,
      elements: [{ type: 'mrkdwn', text: `:warning: ${escapeMrkdwn(shorten(text, 2900))}` }],
    },
  ];
}

/** The action_id of a reveal button: this prefix and the RevealField's id. */
export const REVEAL_ACTION_PREFIX = 'toon:';

/** One field's blocks, as in a modal; also a field of a form inside a message (render-message.ts). */
export function renderField(field: Field): KnownBlock[] {
  if (field.kind === 'reveal') {
    return [
      {
        type: 'actions',
        block_id: field.id,
        elements: [
          {
            type: 'button',
            action_id: `${REVEAL_ACTION_PREFIX}${field.id}`,
            text: plain(shorten(field.label, 75)),
            value: field.id,
          },
        ],
      },
    ];
  }
  if (field.kind === 'section') {
    const heading: KnownBlock = {
      type: 'header',
      block_id: field.id,
      text: plain(shorten(field.heading, 150)),
    };
    if (!field.text) return [heading];
    return [
      heading,
      {
        type: 'context',
        block_id: `${field.id}_note`,
        elements: [{ type: 'mrkdwn', text: escapeMrkdwn(field.text) }],
      },
    ];
  }
  return [
    {
      type: 'input',
      block_id: field.id,
      label: plain(field.label),
      ...(field.help ? { hint: plain(field.help) } : {}),
      optional: !field.required,
      element: renderElement(field),
    },
  ];
}

function renderElement(field: InputField): types.InputBlockElement {
  switch (field.kind) {
    case 'choice': {
      const options = field.options.map(renderOption);
      const initial = options.find((o) => o.value === field.initial);
      if (field.style === 'expanded') {
        return {
          type: 'radio_buttons',
          action_id: field.id,
          options,
          ...(initial ? { initial_option: initial } : {}),
        };
      }
      return {
        type: 'static_select',
        action_id: field.id,
        options,
        ...(initial ? { initial_option: initial } : {}),
        ...(field.placeholder ? { placeholder: plain(field.placeholder) } : {}),
      };
    }
    case 'multichoice': {
      // Slack shows at most 100 options in a static menu.
      const options = field.options.slice(0, 100).map(renderOption);
      const initial = options.filter((o) => field.initial?.includes(o.value ?? ''));
      return {
        type: 'multi_static_select',
        action_id: field.id,
        options,
        ...(initial.length > 0 ? { initial_options: initial } : {}),
        ...(field.placeholder ? { placeholder: plain(field.placeholder) } : {}),
      };
    }
    case 'text':
      return {
        type: 'plain_text_input',
        action_id: field.id,
        multiline: field.multiline,
        max_length: field.maxLength,
        ...(field.initial !== undefined ? { initial_value: field.initial } : {}),
        ...(field.placeholder ? { placeholder: plain(field.placeholder) } : {}),
      };
    case 'date':
      return {
        type: 'datepicker',
        action_id: field.id,
        ...(field.initial !== undefined ? { initial_date: field.initial } : {}),
        placeholder: plain(words().adapters.chooseDate),
      };
    case 'time':
      return {
        type: 'timepicker',
        action_id: field.id,
        ...(field.initial !== undefined ? { initial_time: field.initial } : {}),
        placeholder: plain(words().adapters.chooseTime),
      };
    case 'number':
      return {
        type: 'number_input',
        action_id: field.id,
        is_decimal_allowed: !Number.isInteger(field.step),
        ...(field.min !== undefined ? { min_value: String(field.min) } : {}),
        ...(field.max !== undefined ? { max_value: String(field.max) } : {}),
        ...(field.initial !== undefined ? { initial_value: String(field.initial) } : {}),
        ...(field.placeholder ? { placeholder: plain(field.placeholder) } : {}),
      };
  }
}

function renderOption(option: ChoiceOption): PlainTextOption {
  return {
    text: plain(option.label),
    value: option.value,
    ...(option.description ? { description: plain(option.description) } : {}),
  };
}

function plain(text: string): { type: 'plain_text'; text: string } {
  return { type: 'plain_text', text };
}
