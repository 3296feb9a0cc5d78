import type { Logger } from '../logger.ts';
import { isExpected } from '../messages/errors.ts';
import { klaarForm } from '../messages/forms/klaar-form.ts';
import { plainText } from '../messages/model.ts';
import type { TextCommands } from '../ports/text-commands.ts';
import type { AnswerOf, FormEntry } from './form-registry.ts';

/**
 * The form `klaar` ("Welk actiepunt is klaar?" in a message): carried out exactly as the Klaar
 * button of the chosen actiepunt, so the same policy, answers and replay handling hold. Under the
 * list of open actiepunten the answer is that list renewed, in the place of the message; under a
 * reminder it is said to the one who sent it, the reminder staying as it is. A refusal too.
 */
export function klaarEntry(
  actiepunten: Pick<TextCommands, 'finishActiepunt' | 'actiepuntenAfterKlaar'>,
  logger: Pick<Logger, 'error'>,
): FormEntry<AnswerOf<'klaar'>> {
  return {
    answerIn: 'chat',
    againOnRefusal: false,
    formFor: async (r) => klaarForm(r.metadata),
    async carryOut(s, answer) {
      const { overleg = '', from } = s.metadata;
      const place = s.where?.place ?? {
        platform: s.user.platform,
        workspace: s.user.workspace,
        channelId: '',
      };
      const prefix = s.where?.prefix ?? '';
      // The Klaar button's value for the chosen actiepunt (meeting-messages.ts, KLAAR_ACTION).
      const value = `${overleg}|${answer.value.number}${from ? `|${from}` : ''}`;
      const done = await actiepunten.finishActiepunt(s.user, place, value, prefix);
      // Done all the same when the list cannot be renewed: then it is said, the message stays,
      // and the failure logged as the Klaar buttons log it.
      const list = await actiepunten
        .actiepuntenAfterKlaar(s.user, place, value, prefix, plainText(done))
        .catch((err: unknown) => {
          if (!isExpected(err)) logger.error({ err }, 'actiepuntenlijst vernieuwen mislukt');
          return null;
        });
      return list ? { answer: list, answerIn: 'form' } : { answer: done, answerIn: 'chat' };
    },
  };
}
