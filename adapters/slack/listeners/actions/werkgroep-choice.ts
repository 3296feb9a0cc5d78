import type { App, BlockAction } from '@slack/bolt';
import type { PlatformUser } from '../../../../src/domain/members.ts';
import type { Logger } from '../../../../src/logger.ts';
import { CHOOSE_WERKGROEP_ACTION, COMMAND_ACTION } from '../../../../src/messages/commands.ts';
import { type Message, say } from '../../../../src/messages/model.ts';
import type { Place, TextCommands } from '../../../../src/ports/text-commands.ts';
import { renderModal } from '../../forms/render-modal.ts';
import { renderSlackMessage, repeatedActionId } from '../../render-message.ts';
import { sendFileToMember } from '../../send-file.ts';
import { sentPrivately } from '../../slack-command-replier.ts';
import { buttonAnswer, pressedPrivately, respondToPresser } from './button-answer.ts';

const PREFIX = '/schakel ';

/**
 * Buttons that run a command for the one who pressed them: "Voor welke werkgroep?" answered, or
 * a shortcut on the help card. The message with the buttons becomes the command's answer; a
 * form opens as a modal; a personal answer goes to the member's DM. A refused press leaves the
 * message as it is and tells the one who pressed it alone (buttonAnswer's `refused`).
 */
export function registerWerkgroepChoice(app: App, textCommands: TextCommands, logger: Logger): void {
  const answerWith =
    (run: (user: PlatformUser, place: Place, value: string) => Promise<Message>, failure: string) =>
    async ({ ack, body, action, respond, client }: Parameters<Parameters<App['action']>[1]>[0]) => {
      await ack();
      if (body.type !== 'block_actions' || action.type !== 'button') return;
      const pressed = body as BlockAction;
      const { answer, workspace, refused } = await buttonAnswer(
        pressed,
        (user, place) => run(user, place, action.value ?? ''),
        logger,
        failure,
      );
      if (refused) return void (await respondToPresser(respond, answer, workspace));
      if (answer.form) {
        // A modal is the member's alone; the message with the button stays as it is.
        await client.views.open({ trigger_id: body.trigger_id, view: renderModal(answer.form) });
        return;
      }
      if (answer.private && !pressedPrivately(pressed)) {
        // Personal data only in the member's DM with the app, never in place of a shared message.
        await client.chat.postMessage({ channel: body.user.id, ...renderSlackMessage(answer, workspace) });
        if (answer.file) await sendFileToMember(client, body.user.id, answer.file, logger);
        return void (await respondToPresser(respond, say(sentPrivately()), workspace));
      }
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
