import { createHash } from 'node:crypto';
import type { App } from '@slack/bolt';
import { ROUND_FORMS, roundAnswer } from '../../../../src/checkin/form-commands.ts';
import type { Logger } from '../../../../src/logger.ts';
import { errorMessage, isExpected } from '../../../../src/messages/errors.ts';
import type { RawValues } from '../../../../src/messages/forms/model.ts';
import { plainText } from '../../../../src/messages/model.ts';
import type { FormSubmissions } from '../../../../src/ports/form-submissions.ts';
import { parseSlackSubmission, toSlackErrors } from '../../forms/parse-submission.ts';
import { renderSlackMessage } from '../../render-message.ts';
import { noticeView } from './notice-view.ts';

const FORMS = new RegExp(`^(${ROUND_FORMS.join('|')})$`);

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
 * A submitted check-in, checklist or voortgang modal. The ack waits for the core: problems go
 * beside their fields (nothing stored, the input kept); a saved answer closes the modal and the
 * confirmation, with what may come next, arrives in the member's DM.
 */
export function registerRoundFormSubmissions(app: App, forms: FormSubmissions, logger: Logger): void {
  app.view(FORMS, async ({ ack, body, view, client }) => {
    const workspace = body.team?.id ?? body.user.team_id ?? '';
    const user = { platform: 'slack' as const, workspace, userId: body.user.id };
    const submission = parseSlackSubmission(view);
    if (!submission.result.ok) return ack(toSlackErrors(submission.result.problems));
    const answer = roundAnswer(submission.result.value);
    if (!answer) return ack();
    let confirmation: Parameters<typeof renderSlackMessage>[0];
    try {
      const outcome = await forms.submitRoundForm(user, {
        answer,
        metadata: submission.metadata,
        values: submission.values,
        requestKey: requestKey(view.id, body.user.id, submission.values),
      });
      if (!outcome.ok) return ack(toSlackErrors(outcome.problems));
      confirmation = outcome.confirmation;
    } catch (err) {
      if (!isExpected(err)) logger.error({ err }, 'formulier opslaan mislukt');
      return ack({ response_action: 'update', view: noticeView(plainText(errorMessage(err))) });
    }
    await ack();
    await client.chat
      .postMessage({ channel: body.user.id, ...renderSlackMessage(confirmation, workspace) })
      .catch((err: Error) => logger.warn({ err }, 'bevestiging niet verstuurd'));
  });
}
