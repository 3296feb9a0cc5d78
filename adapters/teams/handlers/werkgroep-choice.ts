import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Core } from '../../../src/core.ts';
import type { Logger } from '../../../src/logger.ts';
import { errorMessage, isExpected } from '../../../src/messages/errors.ts';
import type { Message } from '../../../src/messages/model.ts';
import { CHOOSE_WERKGROEP_ACTION } from '../../../src/rhythm/chat.ts';
import { cardActionResponse, renderFormCard } from '../forms/render-card.ts';
import { renderTeamsCard } from '../render-message.ts';
import { teamsPlace, teamsUser } from '../teams-user.ts';

/**
 * "Voor welke werkgroep?" answered with a button (Action.Execute): the card turns into the
 * command's answer for that werkgroep, or into its form.
 */
export function registerWerkgroepChoice(app: App, core: Core, logger: Logger): void {
  app.on(
    `card.action.${CHOOSE_WERKGROEP_ACTION}`,
    async ({ activity }): Promise<AdaptiveCardActionResponse> => {
      const data = activity.value.action.data as { value?: unknown } | undefined;
      let answer: Message;
      try {
        answer = await core.chooseWerkgroep(
          teamsUser(activity),
          teamsPlace(activity),
          String(data?.value ?? ''),
          '',
        );
      } catch (err) {
        if (!isExpected(err)) logger.error({ err: (err as Error).message }, 'werkgroepkeuze mislukt');
        answer = errorMessage(err);
      }
      if (answer.form) return cardActionResponse(renderFormCard(answer.form));
      return cardActionResponse(
        renderTeamsCard(answer, teamsUser(activity).workspace) as unknown as IAdaptiveCard,
      );
    },
  );
}
