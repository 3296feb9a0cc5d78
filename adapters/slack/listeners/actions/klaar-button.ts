import type { App } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import { KLAAR_ACTION } from '../../../../src/messages/meeting-messages.ts';
import { type Message, plainText } from '../../../../src/messages/model.ts';
import { SCHRAP_ACTION } from '../../../../src/messages/schrap-buttons.ts';
import type { ButtonCommand, TextCommands } from '../../../../src/ports/text-commands.ts';
import { renderSlackMessage, repeatedActionId } from '../../render-message.ts';
import { buttonAnswer, respondToPresser } from './button-answer.ts';

/**
 * "Klaar #3", and "Schrap #3" once its dialog is confirmed. Under the list of open actiepunten
 * the message is renewed: the actiepunt shown done (or removed), its buttons gone. Elsewhere (a
 * reminder), and when refused, the answer goes to the one who tapped it only and the message
 * stays as it is for the others in the channel.
 */
export function registerKlaarButton(app: App, textCommands: TextCommands, logger: Logger): void {
  const onTap = (actionId: string, run: ButtonCommand, failure: string) =>
    app.action(repeatedActionId(actionId), async ({ ack, body, action, respond }) => {
      await ack();
      if (body.type !== 'block_actions' || action.type !== 'button') return;
      const value = action.value ?? '';
      // Set by the tap's handling: the renewed list, when the button sat under one.
      const list: { renewed: Message | null } = { renewed: null };
      const { answer, workspace, refused } = await buttonAnswer(
        body,
        async (user, place) => {
          const done = await run(user, place, value, '/schakel ');
          if (done.refusal !== undefined) return done;
          list.renewed = await textCommands
            .actiepuntenAfterKlaar(user, place, value, '/schakel ', plainText(done))
            .catch((err: unknown) => {
              // Done all the same: the one who tapped it reads so, the message stays as it was.
              logger.error({ err }, 'actiepuntenlijst vernieuwen mislukt');
              return null;
            });
          return done;
        },
        logger,
        failure,
      );
      if (list.renewed && !refused) {
        return void (await respond({
          replace_original: true,
          ...renderSlackMessage(list.renewed, workspace),
        }));
      }
      await respondToPresser(respond, answer, workspace);
    });
  onTap(KLAAR_ACTION, (...a) => textCommands.finishActiepunt(...a), 'actiepunt afronden mislukt');
  onTap(SCHRAP_ACTION, (...a) => textCommands.removeActiepunt(...a), 'actiepunt schrappen mislukt');
}
