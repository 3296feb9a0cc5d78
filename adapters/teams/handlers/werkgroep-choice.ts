import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { PlatformUser } from '../../../src/domain/members.ts';
import type { Logger } from '../../../src/logger.ts';
import { CHOOSE_WERKGROEP_ACTION, COMMAND_ACTION } from '../../../src/messages/commands.ts';
import type { Message } from '../../../src/messages/model.ts';
import type { Place, TextCommands } from '../../../src/ports/text-commands.ts';
import { buttonValue } from '../button-value.ts';
import { fileConsentActivity } from '../file-consent.ts';
import { cardActionResponse, renderFormCard, say } from '../forms/render-card.ts';
import type { PrivateAnswers } from '../private-answers.ts';
import { renderTeamsCard } from '../render-message.ts';
import { teamsPlace, teamsPrefix, teamsUser } from '../teams-user.ts';
import { buttonPress } from './button-press.ts';

type Run = (user: PlatformUser, place: Place, value: string, prefix: string) => Promise<Message>;

/**
 * Buttons that run a command for the one who pressed them (Action.Execute): "Voor welke
 * werkgroep?" answered, or a shortcut on the help card. The card turns into the command's
 * answer, or into its form; a personal answer pressed for in a channel goes to the personal chat
 * (private-answers.ts), and a refused press leaves the card as it is (button-press.ts).
 */
export function registerWerkgroepChoice(
  app: App,
  textCommands: TextCommands,
  privately: PrivateAnswers,
  logger: Logger,
): void {
  const answerWith = (verb: string, run: Run, failure: string) =>
    app.on(`card.action.${verb}`, ({ activity, send }) =>
      buttonPress(logger, failure, async (): Promise<AdaptiveCardActionResponse> => {
        const answer = await run(
          teamsUser(activity),
          teamsPlace(activity),
          buttonValue(activity.value.action.data),
          teamsPrefix(activity),
        );
        const elsewhere = await privately.shield(activity, answer);
        if (elsewhere) return say(elsewhere);
        if (answer.form) return cardActionResponse(renderFormCard(answer.form));
        if (answer.file) await send(fileConsentActivity(answer.file));
        return cardActionResponse(
          renderTeamsCard(answer, teamsUser(activity).workspace) as unknown as IAdaptiveCard,
        );
      }),
    );
  answerWith(CHOOSE_WERKGROEP_ACTION, (...a) => textCommands.chooseWerkgroep(...a), 'werkgroepkeuze mislukt');
  answerWith(COMMAND_ACTION, (...a) => textCommands.handleText(...a), 'commandoknop mislukt');
}
