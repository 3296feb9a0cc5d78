import { z } from 'zod';

/**
 * Slack's documented Block Kit limits for a modal, as far as our forms use Block Kit. Slack
 * refuses a whole view (`views.open` fails, the member sees nothing) when one limit is broken,
 * so every rendered form must pass this. Strict objects also catch a misspelt property.
 * Sources: api.slack.com reference for views (modal), blocks (input, section, header,
 * context), block elements (static_select, multi_static_select, plain_text_input, number_input) and composition
 * objects (text, option).
 */

export const plain = (max: number) =>
  z
    .object({
      type: z.literal('plain_text'),
      text: z.string().min(1).max(max),
      emoji: z.boolean().optional(),
    })
    .strict();
export const mrkdwn = (max: number) =>
  z
    .object({ type: z.literal('mrkdwn'), text: z.string().min(1).max(max), verbatim: z.boolean().optional() })
    .strict();

const blockId = z.string().min(1).max(255);
const actionId = z.string().min(1).max(255);

const option = z
  .object({ text: plain(75), value: z.string().min(1).max(150), description: plain(75).optional() })
  .strict();

const staticSelect = z
  .object({
    type: z.literal('static_select'),
    action_id: actionId,
    options: z.array(option).min(1).max(100),
    initial_option: option.optional(),
    placeholder: plain(150).optional(),
  })
  .strict()
  .refine((s) => !s.initial_option || s.options.some((o) => o.value === s.initial_option?.value), {
    message: 'initial_option must be one of the options',
  });

/** Radio buttons: at most 10 options (Slack's limit for radio_buttons). */
const radioButtons = z
  .object({
    type: z.literal('radio_buttons'),
    action_id: actionId,
    options: z.array(option).min(1).max(10),
    initial_option: option.optional(),
  })
  .strict()
  .refine((s) => !s.initial_option || s.options.some((o) => o.value === s.initial_option?.value), {
    message: 'initial_option must be one of the options',
  });

const multiStaticSelect = z
  .object({
    type: z.literal('multi_static_select'),
    action_id: actionId,
    options: z.array(option).min(1).max(100),
    initial_options: z.array(option).min(1).optional(),
    placeholder: plain(150).optional(),
  })
  .strict()
  .refine((s) => (s.initial_options ?? []).every((i) => s.options.some((o) => o.value === i.value)), {
    message: 'initial_options must be among the options',
  });

const plainTextInput = z
  .object({
    type: z.literal('plain_text_input'),
    action_id: actionId,
    multiline: z.boolean().optional(),
    min_length: z.number().int().min(0).max(3000).optional(),
    max_length: z.number().int().min(1).max(3000).optional(),
    initial_value: z.string().optional(),
    placeholder: plain(150).optional(),
  })
  .strict()
  .refine((t) => t.initial_value === undefined || t.initial_value.length <= (t.max_length ?? 3000), {
    message: 'initial_value longer than max_length',
  });

const numeric = z.string().regex(/^-?\d+(\.\d+)?$/);
const numberInput = z
  .object({
    type: z.literal('number_input'),
    action_id: actionId,
    is_decimal_allowed: z.boolean(),
    min_value: numeric.optional(),
    max_value: numeric.optional(),
    initial_value: numeric.optional(),
    placeholder: plain(150).optional(),
  })
  .strict()
  .refine(
    (n) => n.initial_value === undefined || n.is_decimal_allowed || Number.isInteger(Number(n.initial_value)),
    {
      message: 'a decimal initial_value needs is_decimal_allowed',
    },
  );

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const datepicker = z
  .object({
    type: z.literal('datepicker'),
    action_id: actionId,
    initial_date: localDate.optional(),
    placeholder: plain(150).optional(),
  })
  .strict();
const timepicker = z
  .object({
    type: z.literal('timepicker'),
    action_id: actionId,
    initial_time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .optional(),
    placeholder: plain(150).optional(),
  })
  .strict();

/** An input block: in a modal, and in a message for a choice sent with its own button (inline-form.ts). */
export const input = z
  .object({
    type: z.literal('input'),
    block_id: blockId,
    label: plain(2000),
    hint: plain(2000).optional(),
    optional: z.boolean().optional(),
    element: z.discriminatedUnion('type', [
      staticSelect,
      radioButtons,
      multiStaticSelect,
      plainTextInput,
      numberInput,
      datepicker,
      timepicker,
    ]),
  })
  .strict();

/** Section, header and context blocks with Slack's limits; messages may leave block_id out, modals here set it. */
export function textBlocks(id: z.ZodType<string | undefined>) {
  return {
    section: z
      .object({ type: z.literal('section'), block_id: id, text: z.union([mrkdwn(3000), plain(3000)]) })
      .strict(),
    header: z.object({ type: z.literal('header'), block_id: id, text: plain(150) }).strict(),
    context: z
      .object({
        type: z.literal('context'),
        block_id: id,
        elements: z
          .array(z.union([mrkdwn(3000), plain(3000)]))
          .min(1)
          .max(10),
      })
      .strict(),
  };
}

const { section, header, context } = textBlocks(blockId);

/** A row of buttons ("Nog een knelpunt"): at most 25 elements, button text 75, value 2000. */
const actions = z
  .object({
    type: z.literal('actions'),
    block_id: blockId,
    elements: z
      .array(
        z
          .object({
            type: z.literal('button'),
            action_id: actionId,
            text: plain(75),
            value: z.string().max(2000).optional(),
            style: z.enum(['primary', 'danger']).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(25),
  })
  .strict();

export const slackModalSchema = z
  .object({
    type: z.literal('modal'),
    callback_id: z.string().min(1).max(255),
    title: plain(24),
    submit: plain(24),
    close: plain(24),
    private_metadata: z.string().max(3000),
    blocks: z
      .array(z.discriminatedUnion('type', [input, section, header, context, actions]))
      .min(1)
      .max(100),
  })
  .strict()
  .refine((v) => new Set(v.blocks.map((b) => b.block_id)).size === v.blocks.length, {
    message: 'block_id must be unique in a view',
  });

/** The broken limits of `view`, one line each; empty when Slack will accept it. */
export function slackModalProblems(view: unknown): string[] {
  const result = slackModalSchema.safeParse(view);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
