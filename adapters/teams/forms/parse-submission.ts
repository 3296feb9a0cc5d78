import { z } from 'zod';
import type { FormMetadata, RawValues } from '../../../src/messages/forms/model.ts';
import { type FormAnswer, type ParseResult, parseFormValues } from '../../../src/messages/forms/parse.ts';
import { FORM_KEY, METADATA_KEY } from './render-card.ts';

/** What an `adaptiveCard/action` handler needs from the invoke. */
export interface TeamsSubmission {
  readonly formId: string;
  readonly metadata: FormMetadata;
  /** The member's input as sent, to show the card again beside the problems. */
  readonly values: RawValues;
  readonly result: ParseResult<FormAnswer>;
}

/** The part of the invoke `value` we read (AdaptiveCardInvokeValue in @microsoft/teams.api). */
export interface ExecuteInvokeValue {
  readonly action: { readonly verb?: string; readonly data?: unknown };
}

/** The Action.Execute invoke as the form protocol takes it: the form id is the action's verb. */
export function readTeamsSubmission(value: ExecuteInvokeValue): Omit<TeamsSubmission, 'result'> {
  const data = isRecord(value.action.data) ? value.action.data : {};
  const formId = value.action.verb ?? (typeof data[FORM_KEY] === 'string' ? data[FORM_KEY] : '');
  return { formId, metadata: readMetadata(data[METADATA_KEY]), values: flattenTeamsData(data) };
}

/** The Action.Execute invoke through the shared parser. */
export function parseTeamsSubmission(value: ExecuteInvokeValue): TeamsSubmission {
  const submission = readTeamsSubmission(value);
  return { ...submission, result: parseFormValues(submission.formId, submission.values) };
}

/**
 * The Action.Execute data as field id → raw value: Teams merges each input's value into the
 * data under the input's id, as a string (numbers may come as numbers).
 */
export function flattenTeamsData(data: Readonly<Record<string, unknown>>): RawValues {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === FORM_KEY || key === METADATA_KEY) continue;
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) out[key] = String(value);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[key] = value;
  }
  return out;
}

const metadataSchema = z.record(z.string(), z.string());

function readMetadata(value: unknown): FormMetadata {
  const parsed = metadataSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
