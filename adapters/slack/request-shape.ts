import { z } from 'zod';
import { platformText } from '../http/platform-text.ts';

// What Slack posts to the events endpoint; the gate (request-gate.ts) refuses anything else before Bolt sees it, so no
// request Bolt cannot handle (`null`, a list, an unknown type, a field of another type than the
// one Bolt reads it as) reaches its receiver.
// Slack's own ids (T0…, U0…, E0…): a letter, then letters, digits or _, nothing a person typed.
const slackId = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{1,39}$/);
// The names Slack hands back as Schakel (or Slack) gave them: a callback id, an action or block
// id, a trigger, a type. Bolt matches listeners on them as text; a number or object there fails
// inside Bolt as a fault instead of being refused.
const name = platformText(3_000);
// Where Bolt answers a command or a button: an address, never text a person typed (which Bolt
// would otherwise fail to parse and log whole).
const responseUrl = z
  .url({ protocol: /^https?$/ })
  .max(2_000)
  .optional();
/** The interactions Slack posts (buttons, forms, shortcuts). */
export const SLACK_INTERACTIONS = [
  'block_actions',
  'block_suggestion',
  'view_submission',
  'view_closed',
  'shortcut',
  'message_action',
] as const;
// What one input of a form holds as Slack sends it (a modal's state, a message's state, the action
// itself): the typed text, the option or options picked, a date or a time, each null or absent when
// nothing was. The form listeners read these as text and lists of options; a list that is text, or an
// option that is null, failed inside them as a fault.
const option = z.looseObject({ value: z.string() });
const input = z.looseObject({
  value: z.string().nullable().optional(),
  selected_option: option.nullable().optional(),
  selected_options: z.array(option).optional(),
  selected_date: z.string().nullable().optional(),
  selected_time: z.string().nullable().optional(),
});
// What was filled in: block id → element id → its state.
const formState = z.looseObject({ values: z.record(z.string(), z.record(z.string(), input)) });
// A modal as Bolt and the form listener read it: its ids, what Schakel gave it to carry, and what
// was filled in (block id → element id → its state). A submitted form always has its state;
// without it (or with a block that is no object) the listener would fail on it as a fault.
const view = z.looseObject({
  id: slackId.optional(),
  callback_id: name.optional(),
  private_metadata: name.optional(),
  hash: name.optional(),
  type: name.optional(),
  team_id: slackId.nullable().optional(),
  app_installed_team_id: slackId.nullable().optional(),
  state: formState.optional(),
});
// The button (or menu) a member used: Slack sends exactly one, as an object naming it. Without
// a list of them Bolt's listeners fail on it (or none acks it and the request hangs to its 404).
const actions = z
  .array(input.extend({ action_id: name, block_id: name.optional(), type: name.optional() }))
  .min(1)
  .max(25);
// Interactions first: a submitted form, the request that waits for its ack, matches the first
// option instead of being tried against three that fail (and build their issues) first. The
// options are loose objects without transforms, so what passes is the same whichever matches.
export const slackBody = z.union([
  z
    .looseObject({
      type: z.enum(SLACK_INTERACTIONS),
      team: z.looseObject({ id: slackId, enterprise_id: slackId.optional() }).nullable().optional(),
      user: z.looseObject({ id: slackId, team_id: slackId.optional() }),
      enterprise: z.looseObject({ id: slackId }).nullable().optional(),
      channel: z.looseObject({ id: slackId }).nullable().optional(),
      api_app_id: slackId.optional(),
      trigger_id: name.optional(),
      callback_id: name.optional(),
      is_enterprise_install: z.boolean().optional(),
      response_url: responseUrl,
      view: view.optional(),
      // A form inside a message (listeners/actions/inline-form.ts): what its inputs hold.
      state: formState.optional(),
      actions: actions.optional(),
    })
    // Bolt matches a form's listener by its callback_id, so a form always names one.
    .refine(
      (b) => !b.type.startsWith('view_') || (b.view?.callback_id !== undefined && b.view.state !== undefined),
    )
    .refine((b) => b.type !== 'block_actions' || b.actions !== undefined),
  // A command's form: every field once, as text (a field sent twice is a list, which the command
  // listener cannot read); the typed text is always there, empty when nothing was typed.
  z
    .object({
      command: z.string(),
      text: z.string(),
      team_id: slackId,
      user_id: slackId,
      channel_id: slackId.optional(),
      // Empty outside an Enterprise Grid.
      enterprise_id: slackId.or(z.literal('')).optional(),
      api_app_id: slackId.optional(),
      trigger_id: name.optional(),
      response_url: responseUrl,
    })
    .catchall(z.string()),
  z.looseObject({ type: z.literal('url_verification'), challenge: z.string() }),
  z.looseObject({
    type: z.literal('event_callback'),
    team_id: slackId.optional(),
    enterprise_id: slackId.nullable().optional(),
    api_app_id: slackId.optional(),
    // Kept as the replay key (handled_requests): Slack's id shape only, so no typed text is stored.
    event_id: slackId.optional(),
    authorizations: z
      .array(
        z.looseObject({
          team_id: slackId.nullable().optional(),
          enterprise_id: slackId.nullable().optional(),
        }),
      )
      .optional(),
    event: z
      .looseObject({
        type: name,
        // The member and the chat, as the events Schakel subscribes to (manifest/slack) name them.
        user: slackId.optional(),
        channel: slackId.optional(),
        channel_id: slackId.optional(),
        bot_id: slackId.optional(),
        // What the listeners and Bolt read further: a direct message's text, kind and times
        // (listeners/messages), the App Home's tab, the revoked tokens (listeners/events), and the
        // objects Bolt looks into for a channel or a user (a reaction's item, a subteam).
        text: z.string().optional(),
        subtype: name.optional(),
        channel_type: name.optional(),
        ts: name.optional(),
        thread_ts: name.optional(),
        event_ts: name.optional(),
        tab: name.optional(),
        tokens: z
          .looseObject({
            bot: z.array(platformText(100)).optional(),
            oauth: z.array(platformText(100)).optional(),
          })
          .optional(),
        item: z.looseObject({ channel: slackId.optional() }).optional(),
        subteam: z.looseObject({ created_by: slackId.optional() }).optional(),
      })
      // A direct message is answered in its channel, the App Home published for its member, and a
      // revocation read for its tokens: without them the listener fails on the event as a fault.
      .refine((e) => e.type !== 'message' || e.subtype !== undefined || e.channel !== undefined)
      .refine((e) => e.type !== 'app_home_opened' || e.user !== undefined)
      .refine((e) => e.type !== 'tokens_revoked' || e.tokens !== undefined),
  }),
]);
