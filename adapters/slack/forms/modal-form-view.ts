import type { App } from '@slack/bolt';
import { SchakelError } from '../../../src/domain/errors.ts';
import type { PlatformUser } from '../../../src/domain/members.ts';
import type { Logger } from '../../../src/logger.ts';
import { errorMessage } from '../../../src/messages/errors.ts';
import type { Form, FormMetadata, RawValues } from '../../../src/messages/forms/model.ts';
import { problemsForForm } from '../../../src/messages/forms/problems.ts';
import { type Message, plainText } from '../../../src/messages/model.ts';
import { flattenSlackState, toSlackErrors } from './parse-submission.ts';

const metadataOf = (text: string): Record<string, string> => {
  try {
    const v = JSON.parse(text || '{}');
    return v && typeof v === 'object' ? v : {};
  } catch {
    return {};
  }
};

/**
 * A submitted modal carried out by the core: the modal then shows the answer, or the problems
 * stay beside the fields with everything typed kept. Someone who may not use the form cannot
 * have it rebuilt either: then the reason goes beside its first field.
 */
export function registerModalForm(
  app: App,
  callbackIds: RegExp,
  core: {
    submit(user: PlatformUser, formId: string, metadata: FormMetadata, raw: RawValues): Promise<Message>;
    formFor(user: PlatformUser, formId: string, metadata: FormMetadata): Promise<Form>;
  },
  logger: Logger,
): void {
  app.view(callbackIds, async ({ ack, view, body }) => {
    const user = { platform: 'slack' as const, workspace: body.team?.id ?? '', userId: body.user.id };
    const metadata = metadataOf(view.private_metadata);
    try {
      const done = await core.submit(user, view.callback_id, metadata, flattenSlackState(view.state.values));
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
        logger.error({ err, form: view.callback_id }, 'formulier mislukt');
        throw err;
      }
      const form = await core.formFor(user, view.callback_id, metadata).catch(() => null);
      const first = Object.keys(view.state.values)[0] ?? 'form';
      const problems = (form && problemsForForm(form, err)) ?? [
        { field: first, message: plainText(errorMessage(err)) },
      ];
      await ack(toSlackErrors(problems));
    }
  });
}
