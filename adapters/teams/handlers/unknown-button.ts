import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import { words } from '../../../src/messages/catalogue/words.ts';
import { say } from '../forms/render-card.ts';

/**
 * Registered last: a card button none of the handlers before took (a verb of a card an older
 * Schakel sent, or one whose data lacks the action Teams routes on). Without it the invoke got an
 * empty answer, which Teams shows as an error of its own; now the member reads what to do.
 */
export function registerUnknownButton(app: App): void {
  app.on(
    'card.action',
    async (): Promise<AdaptiveCardActionResponse> => say(words().errors.unknownButton('')),
  );
}
