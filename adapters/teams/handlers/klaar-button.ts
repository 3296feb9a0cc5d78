import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Logger } from '../../../src/logger.ts';
import { isExpected } from '../../../src/messages/errors.ts';
import { KLAAR_ACTION } from '../../../src/messages/meeting-messages.ts';
import { type Message, plainText } from '../../../src/messages/model.ts';
import { SCHRAP_ACTION } from '../../../src/messages/schrap-buttons.ts';
import type { ButtonCommand, TextCommands } from '../../../src/ports/text-commands.ts';
import { buttonValue } from '../button-value.ts';
import { cardActionResponse, say } from '../forms/render-card.ts';
import { renderTeamsCard } from '../render-message.ts';
import { teamsPlace, teamsPrefix, teamsUser } from '../teams-user.ts';
import { buttonPress } from './button-press.ts';

/**
 * "Klaar #3", and "Schrap #3" once its step in the card is confirmed (Action.Execute). Under the
 * list of open actiepunten the card is renewed for everyone: the actiepunt shown done (or
 * removed), its buttons gone. Elsewhere (a reminder) the one who tapped it reads the answer and
 * the card stays as it is; so does a refused tap.
 */
export function registerKlaarButton(app: App, textCommands: TextCommands, logger: Logger): void {
  const onTap = (verb: string, run: ButtonCommand, failure: string) =>
    app.on(`card.action.${verb}`, async ({ activity }): Promise<AdaptiveCardActionResponse> => {
      const user = teamsUser(activity);
      const place = teamsPlace(activity);
      const value = buttonValue(activity.value.action.data);
      const prefix = teamsPrefix(activity);
      let answer: Message | undefined;
      const said = await buttonPress(logger, failure, async () => {
        answer = await run(user, place, value, prefix);
        return say(plainText(answer));
      });
      // Refused (thrown, or an answer the core marks as a refusal): the card stays, the line is the presser's.
      if (answer === undefined || answer.refusal !== undefined) return said;
      const text = plainText(answer);
      try {
        const list = await textCommands.actiepuntenAfterKlaar(user, place, value, prefix, text);
        if (list)
          return cardActionResponse(renderTeamsCard(list, user.workspace) as unknown as IAdaptiveCard);
      } catch (err) {
        // Done all the same: the one who tapped it reads so, the card stays as it was.
        if (!isExpected(err)) logger.error({ err }, 'actiepuntenlijst vernieuwen mislukt');
      }
      return say(text);
    });
  onTap(KLAAR_ACTION, (...a) => textCommands.finishActiepunt(...a), 'actiepunt afronden mislukt');
  onTap(SCHRAP_ACTION, (...a) => textCommands.removeActiepunt(...a), 'actiepunt schrappen mislukt');
}
