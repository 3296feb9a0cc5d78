import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import { errorMessage } from '../../../../src/messages/errors.ts';
import { type Message, say } from '../../../../src/messages/model.ts';
import type { FormSubmissions } from '../../../../src/ports/form-submissions.ts';
import { INLINE_FORM_PREFIX, inlineFormValues } from '../../forms/inline-form.ts';
import { readMetadata } from '../../forms/parse-submission.ts';
import { renderSlackMessage } from '../../render-message.ts';
import { buttonUser, respondToPresser } from './button-answer.ts';

/**
 * The button of a form inside a message ("Klaar melden" under "Welk actiepunt is klaar?"): the
 * message's state is the form's answer, the button's value its metadata, submitted through the
 * one form protocol. An answer that belongs in the form's place replaces the message (the list of
 * open actiepunten renewed); anything else, a refusal or what is missing, goes to the presser only.
 */
export function registerInlineForm(app: App, forms: FormSubmissions, logger: Logger): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${INLINE_FORM_PREFIX}`),
    async ({ ack, body, action, respond }) => {
      await ack();
      const { workspace, user } = buttonUser(body);
      const place = { platform: 'slack' as const, workspace, channelId: body.channel?.id ?? '' };
      const formId = action.action_id.slice(INLINE_FORM_PREFIX.length);
      const values = inlineFormValues(body.state?.values ?? {});
      let answer: Message;
      try {
        const outcome = await forms.submit(user, formId, readMetadata(action.value ?? ''), values, null, {
          place,
          prefix: '/schakel ',
        });
        if (outcome.kind === 'replayed') return;
        if (outcome.kind === 'done' && outcome.answerIn === 'form') {
          return void (await respond({
            replace_original: true,
            ...renderSlackMessage(outcome.message, workspace),
          }));
        }
        answer =
          outcome.kind === 'again'
            ? say((outcome.form.problems ?? []).map((p) => p.message).join(' '))
            : outcome.message;
      } catch (err) {
        logger.error({ err }, 'formulier in bericht mislukt');
        answer = errorMessage(err);
      }
      await respondToPresser(respond, answer, workspace);
    },
  );
}
