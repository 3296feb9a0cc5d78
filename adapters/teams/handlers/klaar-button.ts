import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { Logger } from '../../../src/logger.ts';
import { errorMessage, isExpected } from '../../../src/messages/errors.ts';
import { KLAAR_ACTION } from '../../../src/messages/meeting-messages.ts';
import { plainText } from '../../../src/messages/model.ts';
import type { TextCommands } from '../../../src/ports/text-commands.ts';
import { buttonValue } from '../button-value.ts';
import { teamsPlace, teamsPrefix, teamsUser } from '../teams-user.ts';

/**
 * "Klaar #3" under the open actiepunten (Action.Execute): the one who tapped it reads the answer;
 * the card with the list stays as it is for the others in the channel.
 */
export function registerKlaarButton(app: App, textCommands: TextCommands, logger: Logger): void {
  app.on(`card.action.${KLAAR_ACTION}`, async ({ activity }): Promise<AdaptiveCardActionResponse> => {
    let text: string;
    try {
      text = plainText(
        await textCommands.finishActiepunt(
          teamsUser(activity),
          teamsPlace(activity),
          buttonValue(activity.value.action.data),
          teamsPrefix(activity),
        ),
      );
    } catch (err) {
      if (!isExpected(err)) logger.error({ err }, 'actiepunt afronden mislukt');
      text = plainText(errorMessage(err));
    }
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text };
  });
}
