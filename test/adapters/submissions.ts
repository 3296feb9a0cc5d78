import type { CardElement, IAdaptiveCard, IExecuteAction } from '@microsoft/teams.cards';
import type { types, ViewStateValue } from '@slack/bolt';
import type { ExecuteInvokeValue } from '../../adapters/teams/forms/parse-submission.ts';
import { invokeActivity } from '../support/teams-activities.ts';

/**
 * What each platform sends back when a member fills in `filled` (field id → value) and presses
 * the button, built from what we rendered, the way the platform does it: Slack reports every
 * input block (empty ones as null), a select as the chosen option object (a multi-select as the
 * list of them); Teams merges every input's value, as a string, into the action's data.
 */
export function slackViewSubmission(view: types.ModalView, filled: Readonly<Record<string, string>>) {
  const values: Record<string, Record<string, ViewStateValue>> = {};
  for (const any of view.blocks) {
    if (any.type !== 'input' || !any.block_id) continue;
    const block = any as types.InputBlock & { block_id: string };
    const element = block.element;
    const value = filled[block.block_id];
    if (element.type === 'static_select' || element.type === 'radio_buttons') {
      const option = (element.options as types.PlainTextOption[] | undefined)?.find((o) => o.value === value);
      if (value !== undefined && !option) throw new Error(`${block.block_id}: no option ${value}`);
      values[block.block_id] = {
        [element.action_id!]: {
          type: element.type,
          selected_option: option
            ? { text: { type: 'plain_text', text: option.text.text }, value: option.value ?? '' }
            : null,
        },
      };
    } else if (element.type === 'multi_static_select') {
      // Several values, filled in as one text joined by commas (as Teams sends them).
      const chosen = (value ?? '').split(',').filter(Boolean);
      const options = (element.options ?? []).filter((o) => chosen.includes(o.value ?? ''));
      if (options.length !== chosen.length) throw new Error(`${block.block_id}: no options ${value}`);
      values[block.block_id] = {
        [element.action_id!]: {
          type: 'multi_static_select',
          selected_options: options.map((o) => ({
            text: { type: 'plain_text', text: o.text.text },
            value: o.value ?? '',
          })),
        },
      };
    } else if (element.type === 'datepicker') {
      values[block.block_id] = {
        [element.action_id!]: { type: 'datepicker', selected_date: value || null },
      };
    } else if (element.type === 'timepicker') {
      values[block.block_id] = {
        [element.action_id!]: { type: 'timepicker', selected_time: value || null },
      };
    } else if (element.type === 'plain_text_input' || element.type === 'number_input') {
      values[block.block_id] = { [element.action_id!]: { type: element.type, value: value ?? null } };
    }
  }
  return {
    callback_id: view.callback_id ?? '',
    private_metadata: view.private_metadata ?? '',
    state: { values },
  };
}

export function teamsInvokeValue(
  card: IAdaptiveCard,
  filled: Readonly<Record<string, string>>,
): ExecuteInvokeValue {
  const action = card.actions?.[0] as IExecuteAction | undefined;
  if (action?.type !== 'Action.Execute') throw new Error('card has no Action.Execute');
  const data: Record<string, unknown> = { ...(action.data as Record<string, unknown>) };
  for (const input of cardInputs(card)) data[input.id] = filled[input.id] ?? '';
  return { action: { verb: action.verb, data } };
}

type Input = Extract<CardElement, { type: `Input.${string}` }> & { id: string };

export function cardInputs(card: IAdaptiveCard): Input[] {
  return card.body.filter((e): e is Input => e.type.startsWith('Input.') && 'id' in e && e.id !== undefined);
}

/** The invoke Teams posts when `card` is filled in with `filled` (input id → value) and its button pressed. */
export function filledCardInvoke(
  card: IAdaptiveCard,
  filled: Readonly<Record<string, string>>,
  opts: Omit<Parameters<typeof invokeActivity>[0], 'verb' | 'data'>,
) {
  const value = teamsInvokeValue(card, filled);
  return invokeActivity({
    ...opts,
    verb: value.action.verb ?? '',
    data: value.action.data as Record<string, unknown>,
  });
}
