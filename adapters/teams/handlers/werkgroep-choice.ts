import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Logger } from '../../../src/logger.ts';
import { buttonAnswerPlace } from '../../../src/messages/button-answers.ts';
import { words } from '../../../src/messages/catalogue/words.ts';
import { CHOOSE_WERKGROEP_ACTION, COMMAND_ACTION } from '../../../src/messages/commands.ts';
import { LET_BE_ACTION, letBeAnswer } from '../../../src/messages/let-be.ts';
import { plainText } from '../../../src/messages/model.ts';
import type { ButtonCommand, TextCommands } from '../../../src/ports/text-commands.ts';
import { buttonValue } from '../button-value.ts';
import { fileConsentActivity } from '../file-consent.ts';
import { cardActionResponse, renderFormCard, say } from '../forms/render-card.ts';
import type { PrivateAnswers } from '../private-answers.ts';
import { cardActivity, renderTeamsActivity, renderTeamsCard } from '../render-message.ts';
import { teamsPlace, teamsPrefix, teamsUser } from '../teams-user.ts';
import { buttonPress } from './button-press.ts';

/**
 * Buttons that run a command for the one who pressed them (Action.Execute): "Voor welke
 * werkgroep?" answered, a shortcut on the help card, or "Nee, laat maar" (let-be.ts). Where the answer goes is the one rule of
 * button-answers.ts: a refusal to the presser alone, a private answer pressed for in a channel to
 * the personal chat (private-answers.ts), another answer pressed on a card others read as a new
 * message after it (the card stays), and in the personal chat the card becomes the answer.
 */
export function registerWerkgroepChoice(
  app: App,
  textCommands: TextCommands,
  privately: PrivateAnswers,
  logger: Logger,
): void {
  const answerWith = (verb: string, run: ButtonCommand, failure: string) =>
    app.on(`card.action.${verb}`, ({ activity, send }) =>
      buttonPress(logger, failure, async (): Promise<AdaptiveCardActionResponse> => {
        const user = teamsUser(activity);
        const answer = await run(
          user,
          teamsPlace(activity),
          buttonValue(activity.value.action.data),
          teamsPrefix(activity),
        );
        const shared = activity.conversation.conversationType !== 'personal';
        switch (buttonAnswerPlace(answer, shared)) {
          case 'presser':
            return say(plainText(answer));
          case 'private-chat':
            return say((await privately.shield(activity, answer)) ?? words().adapters.sentPrivately);
          case 'new-message':
            await send(
              answer.form
                ? cardActivity(answer.fallback, renderFormCard(answer.form))
                : renderTeamsActivity(answer, user.workspace),
            );
            return say(words().adapters.answerBelow);
          case 'replace':
            if (answer.form) return cardActionResponse(renderFormCard(answer.form));
            if (answer.file) await send(fileConsentActivity(answer.file));
            return cardActionResponse(renderTeamsCard(answer, user.workspace) as unknown as IAdaptiveCard);
        }
      }),
    );
  answerWith(CHOOSE_WERKGROEP_ACTION, (...a) => textCommands.chooseWerkgroep(...a), 'werkgroepkeuze mislukt');
  answerWith(COMMAND_ACTION, (...a) => textCommands.handleText(...a), 'commandoknop mislukt');
  answerWith(LET_BE_ACTION, async () => letBeAnswer(), 'laat maar mislukt');
}
