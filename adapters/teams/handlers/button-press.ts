import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { Logger } from '../../../src/logger.ts';
import { errorMessage, isExpected } from '../../../src/messages/errors.ts';
import { plainText } from '../../../src/messages/model.ts';
import { say } from '../forms/render-card.ts';

/**
 * How every card button (Action.Execute) answers a press that is refused or fails: a line for the
 * one who pressed it alone (the invoke's message response), and the card stays as it was for
 * everyone who reads it, in a channel too. Only `press`'s own answer may change the card. An
 * unexpected failure is logged as `failure`.
 */
export async function buttonPress<A extends AdaptiveCardActionResponse | undefined>(
  logger: Logger,
  failure: string,
  press: () => Promise<A>,
): Promise<A | AdaptiveCardActionResponse> {
  try {
    return await press();
  } catch (err) {
    if (!isExpected(err)) logger.error({ err }, failure);
    return say(plainText(errorMessage(err)));
  }
}
