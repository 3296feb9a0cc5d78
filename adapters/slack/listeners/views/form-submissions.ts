import { createHash } from 'node:crypto';
import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import { words } from '../../../../src/messages/catalogue/words.ts';
import { errorMessage } from '../../../../src/messages/errors.ts';
import { FORM_IDS, type RawValues } from '../../../../src/messages/forms/model.ts';
import { type Message, plainText, shorten } from '../../../../src/messages/model.ts';
import type { FormSubmissions } from '../../../../src/ports/form-submissions.ts';
import {
  flattenSlackState,
  inputBlockIds,
  readMetadata,
  toSlackErrors,
} from '../../forms/parse-submission.ts';
import { renderSlackMessage } from '../../render-message.ts';
import { afterAcks } from './after-acks.ts';
import { noticeView } from './notice-view.ts';

/** Every form's modal has its form id as callback_id. */
const FORMS = new RegExp(`^(${FORM_IDS.join('|')})$`);

/**
 * The same submission again (a retry with X-Slack-Retry-Num, a double click) has the same view
 * and the same values; a corrected one after an error has other values.
 */
function requestKey(viewId: string, userId: string, values: RawValues): string {
  const sorted = Object.keys(values)
    .sort()
    .map((k) => [k, values[k]]);
  const digest = createHash('sha256').update(JSON.stringify(sorted)).digest('base64url');
  return `slack:${viewId}:${userId}:${digest}`;
}

/**
 * Any submitted modal, through the one form protocol: the view becomes (form id, metadata,
 * values), and what comes back is shown. The ack waits for the core. Problems go beside their
 * fields with everything typed kept; an answer that belongs in the chat closes the modal and
 * arrives in the member's DM; any other answer takes the modal's place.
 */
export function registerFormSubmissions(
  app: App,
  forms: FormSubmissions,
  logger: Logger,
  /** Shared with the request gate, which counts every request from its arrival (slack-app.ts). */
  confirmations = afterAcks(),
): void {
  app.view(FORMS, async (args) => {
    // The handler returns right after its ack: the confirmation goes through `later`.
    const acked = confirmations.begin();
    try {
      await handleSubmission(args);
    } finally {
      acked();
    }
  });

  async function handleSubmission({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
    const workspace = body.team?.id ?? body.user.team_id ?? '';
    const user = { platform: 'slack' as const, workspace, userId: body.user.id };
    const values = flattenSlackState(view.state.values);
    const shown = (message: Message) => ({
      response_action: 'update' as const,
      view: {
        type: 'modal' as const,
        title: view.title,
        close: { type: 'plain_text' as const, text: words().adapters.close },
        blocks: [
          { type: 'section', text: { type: 'plain_text' as const, text: shorten(plainText(message), 2900) } },
        ],
      },
    });
    let outcome: Awaited<ReturnType<FormSubmissions['submit']>>;
    try {
      const metadata = readMetadata(view.private_metadata);
      outcome = await forms.submit(
        user,
        view.callback_id,
        metadata,
        values,
        requestKey(view.id, user.userId, values),
      );
    } catch (err) {
      logger.error({ err: (err as Error).message, form: view.callback_id }, 'formulier mislukt');
      return ack({ response_action: 'update', view: noticeView(plainText(errorMessage(err))) });
    }
    // Slack shows errors only beside an input block of the view: without one, the form makes way.
    const inputs = inputBlockIds(view);
    if (outcome.kind === 'again') {
      const problems = outcome.form.problems ?? [];
      if (inputs.length > 0) return ack(toSlackErrors(problems, inputs));
      return ack({ response_action: 'update', view: noticeView(problems.map((p) => p.message).join(' ')) });
    }
    if (outcome.kind === 'refused') {
      if (outcome.answerIn === 'chat' || inputs.length === 0)
        return ack({ response_action: 'update', view: noticeView(plainText(outcome.message)) });
      // The refusal stays on the form, beside its first field.
      return ack(toSlackErrors([{ field: inputs[0] ?? '', message: plainText(outcome.message) }], inputs));
    }
    // A replay of a stored answer: acknowledged as the first was (empty), its confirmation not sent again.
    if (outcome.kind === 'replayed') return ack();
    if (outcome.answerIn === 'form') return ack(shown(outcome.message));
    await ack();
    const message = outcome.message;
    confirmations.later(() => {
      client.chat
        .postMessage({ channel: body.user.id, ...renderSlackMessage(message, workspace) })
        .catch((err: unknown) => logger.warn({ err }, 'bevestiging niet verstuurd'));
    });
  }
}
