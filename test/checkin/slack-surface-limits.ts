import { z } from 'zod';
import { input, plain, slackModalProblems, textBlocks } from '../adapters/slack-limits.ts';

/**
 * Slack's documented Block Kit limits for what the check-in sends besides its forms (those are
 * checked by test/adapters/slack-limits.ts): messages with sections, headers, context, buttons
 * (with Slack's confirmation dialog) and a choice sent with its own button, and a modal that only
 * says something. Sources: api.slack.com reference for
 * chat.postMessage (50 blocks), blocks (section, header, context, actions, input), the button
 * element, the confirmation dialog object and views (modal).
 */
const blockId = z.string().min(1).max(255).optional();

const { section, header, context } = textBlocks(blockId);
/** Slack's own dialog before a button that cannot be undone (the confirmation dialog object). */
const confirm = z
  .object({ title: plain(100), text: plain(300), confirm: plain(30), deny: plain(30) })
  .strict();
const button = z
  .object({
    type: z.literal('button'),
    action_id: z.string().min(1).max(255),
    value: z.string().max(2000),
    text: plain(75),
    style: z.enum(['primary', 'danger']).optional(),
    confirm: confirm.optional(),
  })
  .strict();
const actions = z
  .object({ type: z.literal('actions'), block_id: blockId, elements: z.array(button).min(1).max(25) })
  .strict()
  .refine((a) => new Set(a.elements.map((e) => e.action_id)).size === a.elements.length, {
    message: 'action_id must be unique within a block',
  });

const block = z.union([section, header, context, actions, input]);

export const slackMessageSchema = z.object({ blocks: z.array(block).min(1).max(50) }).strict();

const noticeModal = z
  .object({
    type: z.literal('modal'),
    title: plain(24),
    close: plain(24),
    blocks: z
      .array(z.union([section, header, context]))
      .min(1)
      .max(100),
  })
  .strict();

/** The broken limits of a Slack surface as Schakel writes it: a modal view or {"blocks": [...]}. */
export function slackSurfaceProblems(surface: unknown): string[] {
  const s = surface as { type?: string; submit?: unknown };
  if (s.type === 'modal' && s.submit !== undefined) return slackModalProblems(surface);
  const schema = s.type === 'modal' ? noticeModal : slackMessageSchema;
  const result = schema.safeParse(surface);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
