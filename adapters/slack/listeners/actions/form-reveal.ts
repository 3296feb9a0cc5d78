import type { App } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import { withValues } from '../../../../src/messages/forms/submitted-values.ts';
import type { FormSubmissions } from '../../../../src/ports/form-submissions.ts';
import { flattenSlackState, readMetadata } from '../../forms/parse-submission.ts';
import { REVEAL_ACTION_PREFIX, renderModal } from '../../forms/render-modal.ts';

const REVEAL = new RegExp(`^${REVEAL_ACTION_PREFIX}`);

/**
 * "Nog een knelpunt" in an open modal: the same form again with the fields behind that button,
 * everything already filled in kept (views.update with the view's hash, so a stale click does
 * not overwrite a newer view).
 */
export function registerFormReveal(app: App, forms: FormSubmissions, logger: Logger): void {
  app.action(REVEAL, async ({ ack, body, action, client }) => {
    await ack();
    if (body.type !== 'block_actions' || !body.view || !('value' in action)) return;
    const view = body.view;
    const user = {
      platform: 'slack' as const,
      workspace: body.team?.id ?? body.user.team_id ?? '',
      userId: body.user.id,
    };
    try {
      const form = await forms.formFor(user, view.callback_id, readMetadata(view.private_metadata));
      const shown = new Set(view.blocks.map((b) => b.block_id));
      const pressed = form.fields.flatMap((f) => (f.revealedBy && shown.has(f.id) ? [f.revealedBy] : []));
      await client.views.update({
        view_id: view.id,
        hash: view.hash,
        view: renderModal(withValues(form, flattenSlackState(view.state.values)), [
          ...pressed,
          String(action.value ?? ''),
        ]),
      });
    } catch (err) {
      logger.warn({ err, form: view.callback_id }, 'formulier uitbreiden mislukt');
    }
  });
}
