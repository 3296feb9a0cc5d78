import { words } from './catalogue/words.ts';
import { type Action, decline } from './model.ts';

/**
 * "Nee, laat maar": the way out of a step that asks first (an action's confirmation in a Teams
 * card, the `vergeet-mij` question) where the platform offers none of its own. It changes nothing,
 * and says so to the one who pressed it alone; the message that asked stays as it was.
 */
export const LET_BE_ACTION = 'laat_maar';

/** What the button sends: nothing that it is about. */
export const LET_BE = { id: LET_BE_ACTION, value: 'nee' } as const;

export function letBeButton(): Action {
  return { ...LET_BE, label: words().answers.choice.letBe };
}

/** The answer: nothing changed (a `declined` message, so it goes to the presser alone). */
export function letBeAnswer() {
  return decline(words().answers.choice.letBeAnswer);
}
