import type { App, BlockAction } from '@slack/bolt';
import type { PlatformUser } from '../../../../src/domain/members.ts';
import type { Logger } from '../../../../src/logger.ts';
import { CHOOSE_WERKGROEP_ACTION, COMMAND_ACTION } from '../../../../src/messages/commands.ts';
import type { Message } from '../../../../src/messages/model.ts';
import type { Place, TextCommands } from '../../../../src/ports/text-commands.ts';
import { renderModal } from '../../forms/render-modal.ts';
import { renderSlackMessage, repeatedActionId } from '../../render-message.ts';
import { sendFileToMember } from '../../send-file.ts';
import { buttonAnswer } from './button-answer.ts';

const PREFIX = '/schakel ';

/**
 * Buttons that run a command for the one who pressed them: "Voor welke werkgroep?" answered, or
 * a shortcut on the help card. The message with the buttons becomes the command's answer; a
 * form opens as a modal.
 */
export function registerWerkgroepChoice(app: App, textCommands: TextCommands, logger: Logger): void {
  const answerWith =
    (run: (user: PlatformUser, place: Place, value: string) => Promise<Message>, failure: string) =>
    async ({ ack, body, action, respond, client }: Parameters<Parameters<App['action']>[1]>[0]) => {
      await ack();
      if (body.type !== 'block_actions' || action.type !== 'button') return;
      const { answer, workspace } = await buttonAnswer(
        body as BlockAction,
        (user, place) => run(user, place, action.value ?? ''),
        logger,
        failure,
      );
      if (answer.form)
        await client.views.open({ trigger_id: body.trigger_id, view: renderModal(answer.form) });
      await respond({ replace_original: true, ...renderSlackMessage(answer, workspace) });
      if (answer.file) await sendFileToMember(client, body.user.id, answer.file, logger);
    };
  app.action(
    repeatedActionId(CHOOSE_WERKGROEP_ACTION),
    answerWith(
      (user, place, value) => textCommands.chooseWerkgroep(user, place, value, PREFIX),
      'werkgroepkeuze mislukt',
    ),
  );
  app.action(
    repeatedActionId(COMMAND_ACTION),
    answerWith(
      (user, place, value) => textCommands.handleText(user, place, value, PREFIX),
      'commandoknop mislukt',
    ),
  );
}
