import { createHash } from 'node:crypto';
import type { types } from '@slack/bolt';
import type { RawValues } from '../../../src/messages/forms/model.ts';
import { type InlineForm, shorten } from '../../../src/messages/model.ts';
import { flattenSlackState } from './parse-submission.ts';
import { renderField } from './render-modal.ts';

type KnownBlock = types.KnownBlock;
type StateValues = Parameters<typeof flattenSlackState>[0];

/** The button that sends a form inside its message: this prefix and the form id (listeners/actions/inline-form.ts). */
export const INLINE_FORM_PREFIX = 'send_form:';

/**
 * A form inside a message: its choice as in a modal (an input block, so picking sends nothing
 * yet), then its button, which sends the message's state with the form's metadata as its value.
 * Slack keeps what was picked in a block whose id stays when the message is renewed, so the
 * choice's block id changes with its options (its action id stays the field id).
 */
export function renderInlineForm({ form }: InlineForm): KnownBlock[] {
  const [field] = form.fields;
  const version = createHash('sha256').update(JSON.stringify(field.options)).digest('hex').slice(0, 8);
  const [input, ...rest] = renderField(field);
  return [
    ...(input ? [{ ...input, block_id: `${field.id}.${version}` }] : []),
    ...rest,
    {
      type: 'actions',
      block_id: `${form.id}_send.${version}`,
      elements: [
        {
          type: 'button',
          action_id: `${INLINE_FORM_PREFIX}${form.id}`,
          style: 'primary',
          value: JSON.stringify(form.privateMetadata),
          text: { type: 'plain_text', text: shorten(form.submitLabel, 75) },
        },
      ],
    },
  ];
}

/** What the message's inputs hold, by their action ids (the field ids; the block ids carry a version). */
export function inlineFormValues(state: StateValues): RawValues {
  const byAction = Object.values(state).flatMap((actions) =>
    Object.entries(actions).map(([id, value]) => [id, { [id]: value }] as const),
  );
  return flattenSlackState(Object.fromEntries(byAction));
}
