import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { isRoundForm, roundAnswer } from '../../../src/checkin/form-commands.ts';
import type { Logger } from '../../../src/logger.ts';
import { isFormAction, SENT_TO_PRIVATE_CHAT } from '../../../src/messages/checkin-messages.ts';
import { errorMessage, isExpected } from '../../../src/messages/errors.ts';
import { withValues } from '../../../src/messages/forms/model.ts';
import type { Message } from '../../../src/messages/model.ts';
import { plainText } from '../../../src/messages/model.ts';
import type { FormSubmissions } from '../../../src/ports/form-submissions.ts';
import { parseTeamsSubmission } from '../forms/parse-submission.ts';
import { cardActionResponse, renderConfirmationCard, renderFormCard } from '../forms/render-card.ts';
import { messageCardActions } from '../render-message.ts';
import { teamsDirectNotifier } from '../teams-direct-notifier.ts';
import { teamsUser } from '../teams-user.ts';

const say = (value: string): AdaptiveCardActionResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.activity.message',
  value,
});

/** The confirmation card: the text, and the next steps as buttons (the same ids as on Slack). */
export function savedCard(message: Message) {
  const text = message.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('\n\n');
  const actions = messageCardActions(message) as unknown as NonNullable<IAdaptiveCard['actions']>;
  const card = renderConfirmationCard(text || message.fallback);
  return actions.length > 0 ? { ...card, actions } : card;
}

/**
 * The check-in cards (Action.Execute). A button opens a form: in the personal chat the card
 * becomes the form; from a channel the form goes to the member's personal chat, never shown
 * where others read along. A submitted form is stored through the same core command as on
 * Slack: the card turns into the confirmation, or comes back with the problems beside the fields
 * and everything the member typed still in it.
 */
export function registerRoundForms(app: App, forms: FormSubmissions, logger: Logger): void {
  const direct = teamsDirectNotifier(app);
  app.on('card.action', async ({ activity, next }) => {
    const verb = activity.value.action.verb ?? '';
    if (!isFormAction(verb) && !isRoundForm(verb))
      return (await next()) as AdaptiveCardActionResponse | undefined;
    const user = teamsUser(activity);
    const personal = activity.conversation.conversationType === 'personal';
    try {
      if (isFormAction(verb)) {
        const data = activity.value.action.data as { value?: unknown } | undefined;
        const form = await forms.roundFormForButton(user, verb, String(data?.value ?? ''));
        if (personal) return cardActionResponse(renderFormCard(form));
        const target = { ...user, channelId: user.userId, serviceUrl: activity.serviceUrl ?? null };
        await direct.send(target, { fallback: form.title, blocks: [] }, `open:${activity.id}`, form);
        return say(SENT_TO_PRIVATE_CHAT);
      }
      const submission = parseTeamsSubmission(activity.value);
      const answer = submission.result.ok ? roundAnswer(submission.result.value) : null;
      if (!submission.result.ok || !answer) {
        const problems = submission.result.ok ? [] : submission.result.problems;
        const form = await forms.roundFormFor(user, verb, submission.metadata);
        return cardActionResponse(renderFormCard(withValues(form, submission.values), problems));
      }
      const outcome = await forms.submitRoundForm(user, {
        answer,
        metadata: submission.metadata,
        values: submission.values,
        // Teams sends a resent invoke with the same activity id.
        requestKey: activity.id ? `teams:${activity.id}` : null,
      });
      if (!outcome.ok) {
        return cardActionResponse(
          renderFormCard(withValues(outcome.form, submission.values), outcome.problems),
        );
      }
      return cardActionResponse(savedCard(outcome.confirmation));
    } catch (err) {
      if (!isExpected(err)) logger.error({ err }, 'kaartactie mislukt');
      const text = plainText(errorMessage(err));
      return personal ? cardActionResponse(renderConfirmationCard(text)) : say(text);
    }
  });
}
