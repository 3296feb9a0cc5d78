import type { App, BlockAction } from '@slack/bolt';
import type { PlatformUser } from '../../../../src/domain/members.ts';
import type { Logger } from '../../../../src/logger.ts';
import { buttonAnswerPlace } from '../../../../src/messages/button-answers.ts';
import { CHOOSE_WERKGROEP_ACTION, COMMAND_ACTION } from '../../../../src/messages/commands.ts';
import { LET_BE_ACTION, letBeAnswer } from '../../../../src/messages/let-be.ts';
import { type Message, say } from '../../../../src/messages/model.ts';
import type { Place, TextCommands } from '../../../../src/ports/text-commands.ts';
import { renderModal } from '../../forms/render-modal.ts';
import { renderSlackMessage, repeatedActionId } from '../../render-message.ts';
import { sendFileToMember } from '../../send-file.ts';
import { sentPrivately } from '../../slack-command-replier.ts';
import { buttonAnswer, pressedPrivately, respondToPresser } from './button-answer.ts';

const PREFIX = '/schakel ';

/**
 * Buttons that run a command for the one who pressed them: "Voor welke werkgroep?" answered, a
 * shortcut on the help card, or "Nee, laat maar" (let-be.ts). A form opens as a modal; otherwise the one rule of
 * button-answers.ts: a refusal to the presser alone (ephemeral), a private answer to the member's
 * DM, another answer pressed on a message others read as a new message after it, and where only
 * the presser reads (their DM, an ephemeral message) the message becomes the answer.
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
      const place = refused ? 'presser' : buttonAnswerPlace(answer, !pressedPrivately(pressed));
      if (place === 'presser') return void (await respondToPresser(respond, answer, workspace));
      if (answer.form) {
        // A modal is the member's alone; the message with the button stays as it is.
        await client.views.open({ trigger_id: body.trigger_id, view: renderModal(answer.form) });
        return;
      }
      if (place === 'private-chat') {
        // Personal data only in the member's DM with the app, never in place of a shared message.
        await client.chat.postMessage({ channel: body.user.id, ...renderSlackMessage(answer, workspace) });
        if (answer.file) await sendFileToMember(client, body.user.id, answer.file, logger);
        return void (await respondToPresser(respond, say(sentPrivately()), workspace));
      }
      if (place === 'new-message') {
        // Pressed on a message others read: it stays as it is, the answer follows it.
        return void (await respond({
          response_type: 'in_channel',
          replace_original: false,
          ...renderSlackMessage(answer, workspace),
        }));
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
  app.action(
    repeatedActionId(LET_BE_ACTION),
    answerWith(async () => letBeAnswer(), 'laat maar mislukt'),
  );
}
