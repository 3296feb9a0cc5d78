import type { App } from '@slack/bolt';
import type { Core } from '../../../../src/core.ts';
import { SchakelError } from '../../../../src/domain/errors.ts';
import type { Logger } from '../../../../src/logger.ts';
import { errorMessage } from '../../../../src/messages/errors.ts';
import { problemsForForm } from '../../../../src/messages/forms/problems.ts';
import { plainText } from '../../../../src/messages/model.ts';
import { flattenSlackState, toSlackErrors } from '../../forms/parse-submission.ts';

const metadataOf = (text: string): Record<string, string> => {
  try {
    const v = JSON.parse(text || '{}');
    return v && typeof v === 'object' ? v : {};
  } catch {
    return {};
  }
};

/**
 * The digest review modals (text, sections left out), submitted: the draft changes and the modal
 * shows the new preview, or the problems (a refused text) stay beside the field and nothing is stored.
 */
export function registerDigestForms(app: App, core: Core, logger: Logger): void {
  app.view(/^samenvatting-(tekst|onderdelen)$/, async ({ ack, view, body }) => {
    const user = { platform: 'slack' as const, workspace: body.team?.id ?? '', userId: body.user.id };
    const metadata = metadataOf(view.private_metadata);
    try {
      const done = await core.submitDigestForm(
        user,
        view.callback_id,
        metadata,
        flattenSlackState(view.state.values),
      );
      await ack({
        response_action: 'update',
        view: {
          type: 'modal',
          title: view.title,
          close: { type: 'plain_text', text: 'Sluiten' },
          blocks: [{ type: 'section', text: { type: 'plain_text', text: plainText(done).slice(0, 2900) } }],
        },
      });
    } catch (err) {
      if (!(err instanceof SchakelError)) {
        logger.error({ err: (err as Error).message }, 'samenvatting-formulier mislukt');
        throw err;
      }
      const form = await core.digestFormFor(user, view.callback_id, metadata).catch(() => null);
      const first = Object.keys(view.state.values)[0] ?? 'samenvatting';
      const problems = (form && problemsForForm(form, err)) ?? [
        { field: first, message: plainText(errorMessage(err)) },
      ];
      await ack(toSlackErrors(problems));
    }
  });
}
