import type { App } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import { KLAAR_ACTION } from '../../../../src/messages/meeting-messages.ts';
import type { TextCommands } from '../../../../src/ports/text-commands.ts';
import { repeatedActionId } from '../../render-message.ts';
import { buttonAnswer, respondToPresser } from './button-answer.ts';

/**
 * "Klaar #3" under the open actiepunten: the answer goes to the one who tapped it only, and the
 * message with the list stays as it is for the others in the channel.
 */
export function registerKlaarButton(app: App, textCommands: TextCommands, logger: Logger): void {
  app.action(repeatedActionId(KLAAR_ACTION), async ({ ack, body, action, respond }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button') return;
    const { answer, workspace } = await buttonAnswer(
      body,
      (user, place) => textCommands.finishActiepunt(user, place, action.value ?? '', '/schakel '),
      logger,
      'actiepunt afronden mislukt',
    );
    await respondToPresser(respond, answer, workspace);
  });
}
