import type { Action } from '../domain/authorization.ts';
import { words } from '../messages/catalogue/words.ts';
import type { FormAction } from '../messages/checkin-messages.ts';
import { formMessage } from '../messages/form-message.ts';
import { decline, type WerkgroepCommand } from './command.ts';

type RoundFormName = 'checkin' | 'checklist' | 'checklist-werkgroep' | 'voortgang';

/**
 * A command that opens a form of the werkgroep's latest round: the same form as the button in
 * the invitation (`form` names that button's action). The form holds what the member saved (their
 * own answers), so it is private: typed in a channel, it goes to their personal chat.
 */
export function roundFormCommand<N extends RoundFormName>(
  word: N,
  action: Action,
  form: FormAction,
): WerkgroepCommand<N> {
  return {
    where: 'werkgroep',
    typed: { words: [word], parse: () => ({ name: word }) },
    action,
    // A member of several werkgroepen means the one whose round is open, when only one is.
    fits: (_command, { uses }, werkgroepId) => uses.hasOpenRound(werkgroepId),
    async run(_command, { uses, user }, werkgroepId) {
      const roundId = await uses.latestRoundOf(werkgroepId);
      if (!roundId) return decline(words().answers.roundForm.noRound);
      const found = await uses.rounds.roundFormForButton(user, form, roundId);
      return { ...formMessage(found), private: true };
    },
  };
}
