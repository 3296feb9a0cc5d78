import type { App } from '@slack/bolt';
import { NEW_WERKGROEP_ACTION } from '../../../../src/home/home.ts';
import type { Logger } from '../../../../src/logger.ts';
import { errorMessage, isExpected } from '../../../../src/messages/errors.ts';
import { plainText } from '../../../../src/messages/model.ts';
import type { FormSubmissions } from '../../../../src/ports/form-submissions.ts';
import { renderModal } from '../../forms/render-modal.ts';
import { noticeView } from '../views/notice-view.ts';

/** "Nieuwe werkgroep" on the App Home: opens the set-up form as a modal (or says why not). */
export function registerWerkgroepButton(app: App, forms: FormSubmissions, logger: Logger): void {
  app.action(NEW_WERKGROEP_ACTION, async ({ ack, body, client }) => {
    await ack();
    if (body.type !== 'block_actions') return;
    const workspace = body.team?.id ?? body.user.team_id ?? '';
    const user = { platform: 'slack' as const, workspace, userId: body.user.id };
    let view: ReturnType<typeof renderModal>;
    try {
      const answer = await forms.newWerkgroepForm(user);
      view = answer.form ? renderModal(answer.form) : noticeView(plainText(answer));
    } catch (err) {
      if (!isExpected(err)) logger.error({ err }, 'nieuwe werkgroep mislukt');
      view = noticeView(plainText(errorMessage(err)));
    }
    await client.views.open({ trigger_id: body.trigger_id, view });
  });
}
