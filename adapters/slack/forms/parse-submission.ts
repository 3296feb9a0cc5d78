import type { ViewOutput, ViewStateValue } from '@slack/bolt';
import { z } from 'zod';
import type { FieldProblem } from '../../../src/domain/errors.ts';
import type { FormMetadata, RawValues } from '../../../src/messages/forms/model.ts';
import { type FormAnswer, type ParseResult, parseFormValues } from '../../../src/messages/forms/parse.ts';

/** What a Bolt `app.view(...)` listener needs from a `view_submission`. */
export interface SlackSubmission {
  readonly formId: string;
  readonly metadata: FormMetadata;
  readonly values: RawValues;
  readonly result: ParseResult<FormAnswer>;
}

type SubmittedView = Pick<ViewOutput, 'callback_id' | 'private_metadata' | 'state'>;

/** The submitted modal through the shared parser: the form id is the view's callback_id. */
export function parseSlackSubmission(view: SubmittedView): SlackSubmission {
  const values = flattenSlackState(view.state.values);
  return {
    formId: view.callback_id,
    metadata: readMetadata(view.private_metadata),
    values,
    result: parseFormValues(view.callback_id, values),
  };
}

/**
 * Between a field id and a renewed block id (render-modal.ts). Slack fills an input block it
 * already showed with what was typed in it, whatever the update says: a field emptied on purpose
 * gets a block id it has not had, its field id and this mark before it.
 */
const RENEWED = '~';

/** The block id of a field that must come back empty, new for each view (`renewal`: its hash). */
export function renewedBlockId(fieldId: string, renewal: string): string {
  return `${fieldId}${RENEWED}${renewal}`.slice(0, 255);
}

/** The field an input block holds: its block id, without a renewal. */
export function fieldOfBlock(blockId: string): string {
  const at = blockId.indexOf(RENEWED);
  return at < 0 ? blockId : blockId.slice(0, at);
}

/**
 * `view.state.values` (block id → action id → state) as field id → raw value. Our block ids
 * are the field ids (or a renewal of one), each block holding one element.
 */
export function flattenSlackState(state: SubmittedView['state']['values']): RawValues {
  const out: Record<string, string | string[] | undefined> = {};
  for (const [blockId, actions] of Object.entries(state)) {
    for (const value of Object.values(actions)) out[fieldOfBlock(blockId)] = rawValue(value);
  }
  return out;
}

function rawValue(state: ViewStateValue): string | string[] | undefined {
  if (state.selected_options) return state.selected_options.map((o) => o.value);
  if (state.selected_option !== undefined) return state.selected_option?.value;
  // A datepicker sends JJJJ-MM-DD, a timepicker UU:MM; nothing picked is null.
  if (state.selected_date !== undefined) return state.selected_date ?? undefined;
  if (state.selected_time !== undefined) return state.selected_time ?? undefined;
  return state.value ?? undefined;
}

/** The input blocks of a submitted view, in its order: where Slack can show a problem. */
export function inputBlockIds(view: {
  readonly blocks?: ReadonlyArray<{ readonly type: string; readonly block_id?: string }>;
  readonly state: SubmittedView['state'];
}): string[] {
  const shown = (view.blocks ?? []).flatMap((b) => (b.type === 'input' && b.block_id ? [b.block_id] : []));
  return [...new Set([...shown, ...Object.keys(view.state.values)])];
}

const metadataSchema = z.record(z.string(), z.string());

export function readMetadata(text: string): FormMetadata {
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(text || '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * The ack for a submission with problems: Slack shows each message under its block and keeps
 * everything the member typed. Also fits a PrivacyRefusal's problems, which use the same ids.
 * `blockIds`: the view's input blocks, so a problem finds a field's renewed block too. Slack
 * refuses the whole answer for a key that is no input block of the view (the member then reads
 * only that something went wrong): a problem of a field the view does not show goes beside its
 * first input block instead.
 */
export function toSlackErrors(
  problems: readonly FieldProblem[],
  blockIds: readonly string[] = [],
): {
  response_action: 'errors';
  errors: Record<string, string>;
} {
  const blockOf = (field: string) => blockIds.find((b) => fieldOfBlock(b) === field) ?? blockIds[0] ?? field;
  const errors: Record<string, string> = {};
  for (const p of problems) {
    const block = blockOf(p.field);
    errors[block] = errors[block] ? `${errors[block]} ${p.message}` : p.message;
  }
  return { response_action: 'errors', errors };
}
