import type { App } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import type { FormSubmissions } from '../../../../src/ports/form-submissions.ts';
import { fieldOfBlock, flattenSlackState, readMetadata } from '../../forms/parse-submission.ts';
import { REVEAL_ACTION_PREFIX, renderModal } from '../../forms/render-modal.ts';

const REVEAL = new RegExp(`^${REVEAL_ACTION_PREFIX}`);

/**
 * "Nog een knelpunt" in an open modal: the same form again with the fields behind that button,
 * everything already filled in kept but what the privacy guard refuses (views.update with the
 * view's hash, so a stale click does not overwrite a newer view).
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
      // What the guard refuses comes back empty, beside its problem: never sent back to Slack.
      const typed = flattenSlackState(view.state.values);
      const metadata = readMetadata(view.private_metadata);
      const form = await forms.formAsTyped(user, view.callback_id, metadata, typed);
      const shown = new Set(view.blocks.map((b) => fieldOfBlock(b.block_id ?? '')));
      const pressed = form.fields.flatMap((f) => (f.revealedBy && shown.has(f.id) ? [f.revealedBy] : []));
      await client.views.update({
        view_id: view.id,
        hash: view.hash,
        view: renderModal(form, [...pressed, String(action.value ?? '')], view.hash),
      });
    } catch (err) {
      logger.warn({ err, form: view.callback_id }, 'formulier uitbreiden mislukt');
    }
  });
}
