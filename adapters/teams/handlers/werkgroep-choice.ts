import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { PlatformUser } from '../../../src/domain/members.ts';
import type { Logger } from '../../../src/logger.ts';
import { CHOOSE_WERKGROEP_ACTION, COMMAND_ACTION } from '../../../src/messages/commands.ts';
import { errorMessage, isExpected } from '../../../src/messages/errors.ts';
import type { Message } from '../../../src/messages/model.ts';
import type { Place, TextCommands } from '../../../src/ports/text-commands.ts';
import { buttonValue } from '../button-value.ts';
import { fileConsentActivity } from '../file-consent.ts';
import { cardActionResponse, renderConfirmationCard, renderFormCard } from '../forms/render-card.ts';
import { renderTeamsCard } from '../render-message.ts';
import { onlyInPrivateChat, teamsPlace, teamsPrefix, teamsUser } from '../teams-user.ts';

type Run = (user: PlatformUser, place: Place, value: string, prefix: string) => Promise<Message>;

/**
 * Buttons that run a command for the one who pressed them (Action.Execute): "Voor welke
 * werkgroep?" answered, or a shortcut on the help card. The card turns into the command's
 * answer, or into its form.
 */
export function registerWerkgroepChoice(app: App, textCommands: TextCommands, logger: Logger): void {
  const answerWith = (verb: string, run: Run, failure: string) =>
    app.on(`card.action.${verb}`, async ({ activity, send }): Promise<AdaptiveCardActionResponse> => {
      let answer: Message;
      try {
        answer = await run(
          teamsUser(activity),
          teamsPlace(activity),
          buttonValue(activity.value.action.data),
          teamsPrefix(activity),
        );
      } catch (err) {
        if (!isExpected(err)) logger.error({ err }, failure);
        answer = errorMessage(err);
      }
      if (answer.private && activity.conversation.conversationType !== 'personal')
        return cardActionResponse(renderConfirmationCard(onlyInPrivateChat()));
      if (answer.form) return cardActionResponse(renderFormCard(answer.form));
      if (answer.file) await send(fileConsentActivity(answer.file));
      return cardActionResponse(
        renderTeamsCard(answer, teamsUser(activity).workspace) as unknown as IAdaptiveCard,
      );
    });
  answerWith(CHOOSE_WERKGROEP_ACTION, (...a) => textCommands.chooseWerkgroep(...a), 'werkgroepkeuze mislukt');
  answerWith(COMMAND_ACTION, (...a) => textCommands.handleText(...a), 'commandoknop mislukt');
}
