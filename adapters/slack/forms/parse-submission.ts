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
 * `view.state.values` (block id → action id → state) as field id → raw value. Our block ids
 * are the field ids, each block holding one element.
 */
export function flattenSlackState(state: SubmittedView['state']['values']): RawValues {
  const out: Record<string, string | string[] | undefined> = {};
  for (const [blockId, actions] of Object.entries(state)) {
    for (const value of Object.values(actions)) out[blockId] = rawValue(value);
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
 */
export function toSlackErrors(problems: readonly FieldProblem[]): {
  response_action: 'errors';
  errors: Record<string, string>;
} {
  const errors: Record<string, string> = {};
  for (const p of problems) errors[p.field] = errors[p.field] ? `${errors[p.field]} ${p.message}` : p.message;
  return { response_action: 'errors', errors };
}
